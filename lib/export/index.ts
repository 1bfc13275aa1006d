export type { ExportRecord, FilterOperator, FilterCondition, FilterGroup, FlatFilter, SortKey, ExportFormat, JsonShape, ExportOptions, ExportResult, ArchiveEntry, ArchiveOptions, ArchiveResult } from './types';
export { exportRecords } from './exportRecords';
export { exportRecordStream } from './exportRecordStream';
export { filterRecords, DEFAULT_FILTER_RECORDS_OPTIONS, type FilterRecordsOptions } from './filterRecords';
export { describeFilter } from './describeFilter';
export { selectFields, type SelectedFields } from './selectFields';
export { sortRecords, type SortRecordsOptions } from './sortRecords';
export { escapeFormula } from './escapeFormula';
export { DEFAULT_EXPORT_OPTIONS } from './options';
