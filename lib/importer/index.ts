export { importInBatches } from './importInBatches';
export { reportFromJournal } from './reportFromJournal';
export type { ImportJournalEntry } from './journalTypes';
export { revertImport } from './revertImport';
export { findImportedRows } from './findImportedRows';
export { createIdempotencyKey } from './createIdempotencyKey';
export { readBulkAnswer } from './readBulkAnswer';
export {
	readRecordAnswer,
	readTargetError,
	type RecordAnswer,
	type RecordOutcome,
	type RecordRequest,
} from './readRecordAnswer';
export { parseRetryAfter } from './parseRetryAfter';
export { createRedactor } from './createRedactor';
export { DEFAULT_IMPORT_OPTIONS } from './options';
export type {
	BatchCounts,
	BatchResult,
	BatchResultEntry,
	HaltReason,
	ImportBatchItem,
	ImportBatchSummary,
	ImportClock,
	ImportIssue,
	ImportOperation,
	ImportOptions,
	ImportRecord,
	ImportRecordSource,
	ImportRecordStatus,
	ImportReport,
	ImportRowResult,
	ImportRowStatus,
	ImportRunStatus,
	ImportStatusTotals,
	ImportTransportError,
	ProgressInfo,
	RetryOptions,
	RevertOptions,
	RevertReport,
	RunContext,
	RunOptions,
	SendContext,
} from './types';
