/** The comparisons the scorer knows. Each reads one or more canonical fields of a record. */
export type DedupeField = 'firstName' | 'lastName' | 'email' | 'phone' | 'street' | 'unit' | 'city' | 'state' | 'zip' | 'dateOfBirth';

/**
 * How much one comparison counts, in points of evidence (log-odds, base 2).
 * Full agreement adds `agree`; full disagreement takes away `disagree`; a
 * partial agreement of s (0..1) adds `s × agree − (1 − s) × disagree`. A field
 * that is empty on either side adds and takes away nothing.
 */
export interface FieldWeight {
	agree: number;
	disagree: number;
}

/** One readable line of why a pair scored as it did. */
export interface DedupeReason {
	/** the comparison: a {@link DedupeField} */
	field: DedupeField;
	/** how alike the two values are, 0 (different) to 1 (the same) */
	score: number;
	/** what a person reads: "identical", "0.93 (Jon ≈ John, nickname)", "differs" */
	detail: string;
}

/** The score of one pair of records. */
export interface PairScore {
	/** 0..1: how sure the scorer is that the two records are one person */
	score: number;
	/** one reason per compared field, strongest evidence first */
	reasons: DedupeReason[];
}

/** Options for {@link scorePair} and {@link findDuplicates}. */
export interface DedupeOptions {
	/** score from which two records count as duplicates; default 0.8 */
	threshold?: number;
	/** the comparisons to make; default all of them */
	fields?: readonly DedupeField[];
	/** weights per comparison: a number sets `agree` and scales `disagree` with it; defaults in DEFAULT_DEDUPE_OPTIONS */
	weights?: Partial<Record<DedupeField, number | Partial<FieldWeight>>>;
	/** prior evidence, in points, before any field is compared; default −8.5 (most pairs are not the same person) */
	prior?: number;
	/** ignore dots and +tags in Gmail addresses (j.o.e+x@gmail.com = joe@gmail.com); default true */
	gmailNormalize?: boolean;
	/** country for phone numbers written without one; default 'US' */
	defaultCountry?: string;
	/** records after each one, in a block's sort order, that it is compared with (a third of that in date and ZIP blocks); default 4 */
	window?: number;
	/** largest group sharing one email or phone that is compared in full; bigger groups are compared by window; default 50 */
	maxBlockSize?: number;
}

/** A pair of duplicates within the incoming records (a < b). */
export interface DuplicatePair extends PairScore {
	a: number;
	b: number;
}

/** An incoming record that matches an existing one. */
export interface ExistingMatch extends PairScore {
	record: number;
	existing: number;
}

/** What {@link findDuplicates} finds. */
export interface DuplicateResult {
	/** pairs within the records at or above the threshold, ordered by a then b */
	pairs: DuplicatePair[];
	/** records matching existing records at or above the threshold, ordered by record then score (best first) */
	matches: ExistingMatch[];
	/** groups of two or more record indices that are one person, each ordered, ordered by their first index */
	clusters: number[][];
}

/** Which value wins a field when two records being merged both have one. An empty value never wins over a filled one. */
export type FieldRule = 'keepExisting' | 'keepIncoming' | 'newest';

/** How {@link mergeRecords} combines records. */
export interface MergePolicy {
	/** the rule for fields without one of their own; default 'keepExisting' (the first record's value) */
	default?: FieldRule;
	/** per-field rules that override `default` */
	fields?: Record<string, FieldRule>;
	/** the field holding each record's date (ISO or any format parseDate reads), for 'newest'; default 'updatedAt' */
	dateField?: string;
	/**
	 * Fields whose distinct values are all kept, each list naming the slots
	 * they fill in order; default [['email', 'email2'], ['phone', 'phone2']].
	 * Values beyond the slots are left out of the merged record.
	 */
	multiValued?: ReadonlyArray<readonly string[]>;
}

/** What to do with a record that duplicates another. */
export type DuplicatePolicy = 'skip' | 'update' | 'createNew' | 'merge';

/** What happened to one input row. */
export interface RowOutcome {
	row: number;
	/**
	 * kept: imported as a new record (alone, or with rows merged into it);
	 * merged: folded into row `into`, or into existing record `existing`;
	 * skipped: not imported, as a duplicate of row `into` or existing record `existing`;
	 * updated: imported as an update of existing record `existing`;
	 * created: imported as a new record although it duplicates row `into` or existing record `existing` (flagged)
	 */
	action: 'kept' | 'merged' | 'skipped' | 'updated' | 'created';
	into?: number;
	existing?: number;
	score?: number;
	reasons?: DedupeReason[];
}

/** A record to import, made from one or more input rows. */
export interface ResolvedRecord {
	record: Record<string, unknown>;
	/** the input rows it was made from, in order; the first is the one it stands for */
	rows: number[];
	/** create a new record, or update existing record `existing` */
	action: 'create' | 'update';
	existing?: number;
	/** set when the record duplicates another but the policy is 'createNew' */
	duplicateOf?: { row?: number; existing?: number; score: number; reasons: DedupeReason[] };
}
