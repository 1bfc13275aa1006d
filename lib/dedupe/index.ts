export { scorePair } from './scorePair';
export { findDuplicates } from './findDuplicates';
export { createDedupeIndex } from './createDedupeIndex';
export { mergeRecords } from './mergeRecords';
export { resolveDuplicates, type ResolveOptions, type Resolution } from './resolveDuplicates';
export { summarizeReasons } from './summarizeReasons';
export { createMatchKeys } from './createMatchKeys';
export { findSeenRecords, type SeenRecords } from './findSeenRecords';
export {
	DEFAULT_DEDUPE_OPTIONS,
	DEDUPE_FIELDS,
	MATCH_CRITERIA,
	type ResolvedDedupeOptions,
} from './options';
export type {
	DedupeField,
	DedupeIndex,
	DedupeOptions,
	DedupeReason,
	DuplicatePair,
	DuplicatePolicy,
	DuplicateResult,
	ExistingMatch,
	FieldRule,
	FieldWeight,
	MatchCriterion,
	MatchRule,
	MatchVerdict,
	MergePolicy,
	PairScore,
	RecordSource,
	ResolvedRecord,
	ReviewCandidate,
	ReviewRecord,
	RowOutcome,
} from './types';
