export type {
	ExportRecord,
	FilterOperator,
	FilterCondition,
	FilterGroup,
	FlatFilter,
	SortKey,
	ExportFormat,
	JsonShape,
	ExportOptions,
	ExportResult,
	ArchiveEntry,
	ArchiveOptions,
	ArchiveResult,
} from './types';
export { exportRecords } from './exportRecords';
export { exportRecordStream } from './exportRecordStream';
export {
	filterRecords,
	DEFAULT_FILTER_RECORDS_OPTIONS,
	type FilterRecordsOptions,
} from './filterRecords';
export { describeFilter } from './describeFilter';
export { selectFields, type SelectedFields } from './selectFields';
export { sortRecords, type SortRecordsOptions } from './sortRecords';
export { escapeFormula } from './escapeFormula';
export { DEFAULT_EXPORT_OPTIONS } from './options';
export { createArchive, MAX_IN_MEMORY_ARCHIVE_BYTES } from './createArchive';
export { createArchiveStream, type ArchiveStreamOptions } from './createArchiveStream';
export { DEFAULT_ARCHIVE_OPTIONS, type ArchiveFile } from './createArchiveBuilder';
export {
	createBulkExport,
	DEFAULT_BULK_EXPORT_OPTIONS,
	type BulkExportOptions,
	type BulkExportSet,
} from './createBulkExport';
export { sanitizeEntryName } from './sanitizeEntryName';
export {
	fetchAllRecords,
	DEFAULT_FETCH_OPTIONS,
	type FetchContext,
	type FetchOptions,
	type FetchResult,
	type FetchStatus,
} from './fetchAllRecords';
