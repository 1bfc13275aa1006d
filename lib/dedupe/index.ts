export { scorePair } from './scorePair';
export { findDuplicates } from './findDuplicates';
export { mergeRecords } from './mergeRecords';
export { resolveDuplicates, type ResolveOptions, type Resolution } from './resolveDuplicates';
export { summarizeReasons } from './summarizeReasons';
export { DEFAULT_DEDUPE_OPTIONS, DEDUPE_FIELDS, type ResolvedDedupeOptions } from './options';
export type {
	DedupeField,
	DedupeOptions,
	DedupeReason,
	DuplicatePair,
	DuplicatePolicy,
	DuplicateResult,
	ExistingMatch,
	FieldRule,
	FieldWeight,
	MergePolicy,
	PairScore,
	ResolvedRecord,
	RowOutcome,
} from './types';
