export { importInBatches } from './importInBatches';
export { revertImport } from './revertImport';
export { findImportedRows } from './findImportedRows';
export { createIdempotencyKey } from './createIdempotencyKey';
export { readBulkAnswer } from './readBulkAnswer';
export { parseRetryAfter } from './parseRetryAfter';
export { createRedactor } from './createRedactor';
export { DEFAULT_IMPORT_OPTIONS } from './options';
export type {
	BatchResult,
	BatchResultEntry,
	HaltReason,
	ImportBatchItem,
	ImportBatchSummary,
	ImportClock,
	ImportOptions,
	ImportRecord,
	ImportRecordStatus,
	ImportReport,
	ImportRowResult,
	ImportRowStatus,
	ImportRunStatus,
	ImportTransportError,
	ProgressInfo,
	RetryOptions,
	RevertOptions,
	RevertReport,
	RunOptions,
	SendContext,
} from './types';
