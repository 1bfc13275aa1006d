/** The comparisons the scorer knows. Each reads one or more canonical fields of a record. */
export type DedupeField =
	| 'firstName'
	| 'lastName'
	| 'email'
	| 'phone'
	| 'street'
	| 'unit'
	| 'city'
	| 'state'
	| 'zip'
	| 'dateOfBirth';

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

/**
 * The kinds of agreement that can make two records one person, as the products
 * users migrate between name them: the same email, the same phone, a similar
 * name (with one more agreeing identifier), and, as such identifiers, the
 * street address and the date of birth.
 */
export type MatchCriterion = 'email' | 'phone' | 'name' | 'address' | 'dateOfBirth';

/**
 * What the match rules make of a pair: one person (`duplicate`), perhaps one
 * person, for a person to decide (`possible`), or two people (`unique`).
 */
export type MatchVerdict = 'duplicate' | 'possible' | 'unique';

/**
 * Which rule decided a verdict, as a person reads it:
 * - duplicates: `same email`; `same phone and name`; `same phone, one side unnamed`;
 *   `similar name and same email` (or `same phone`, `same date of birth`, `same address`, `nearly the same date of birth`);
 *   `same date of birth and address` (or `phone`, `email`, `place`);
 * - possible duplicates: a name or date-of-birth rule above whose evidence falls short of the threshold,
 *   followed by `, but the other fields disagree`; any duplicate rule followed by `, but only one says Jr` (or Sr, III, …, or `, but only one names a generation` for a record that names two);
 *   and `similar name only`;
 * - unique: `different people: Jr and Sr` (any two generations); `different people: different first names and dates of birth`;
 *   `different people: different first names and emails`; `different first names, shared email` (a family mailbox);
 *   `names disagree` (a shared phone or street: a household or an office); `no rule matched`.
 */
export type MatchRule = string;

/** The score of one pair of records. */
export interface PairScore {
	/** 0..1: how sure the scorer is that the two records are one person: the evidence, which the rules weigh */
	score: number;
	/** one reason per compared field, strongest evidence first */
	reasons: DedupeReason[];
	/** what the match rules make of the pair */
	verdict: MatchVerdict;
	/** the rule that decided the verdict, in words */
	rule: MatchRule;
}

/** Options for {@link scorePair} and {@link findDuplicates}. */
export interface DedupeOptions {
	/**
	 * the kinds of agreement that can make two records duplicates; default all five. The same email or phone
	 * makes a duplicate on its own (with the name checks the rules describe); a similar name needs one more
	 * agreeing identifier among those chosen; a date of birth needs the address, phone or email to agree too.
	 */
	matchOn?: readonly MatchCriterion[];
	/** evidence score from which a similar name with one more agreeing identifier is a duplicate (below it, a possible duplicate); default 0.8 */
	threshold?: number;
	/** evidence score from which a similar name with nothing else agreeing is a possible duplicate; default 0.2 */
	reviewThreshold?: number;
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

/** A pair of duplicates, or possible duplicates, within the incoming records (a < b). */
export interface DuplicatePair extends PairScore {
	a: number;
	b: number;
}

/** An incoming record that matches, or may match, an existing one. */
export interface ExistingMatch extends PairScore {
	record: number;
	existing: number;
}

/** What {@link findDuplicates} finds. */
export interface DuplicateResult {
	/** pairs within the records that are duplicates, ordered by a then b */
	pairs: DuplicatePair[];
	/** records that duplicate existing records, ordered by record then score (best first) */
	matches: ExistingMatch[];
	/** groups of two or more record indices that are one person, each ordered, ordered by their first index */
	clusters: number[][];
	/** pairs within the records that are possible duplicates (for a person to decide), ordered by a then b */
	possiblePairs: DuplicatePair[];
	/** records that may match existing records, ordered by record then score (best first) */
	possibleMatches: ExistingMatch[];
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

/** A row or existing record that a row may be the same person as, with the evidence. */
export interface ReviewCandidate {
	/** an earlier input row */
	row?: number;
	/** an existing record */
	existing?: number;
	score: number;
	reasons: DedupeReason[];
	rule: MatchRule;
}

/** What happened to one input row. */
export interface RowOutcome {
	row: number;
	/**
	 * kept: imported as a new record (alone, or with rows merged into it);
	 * merged: folded into row `into`, or into existing record `existing`;
	 * skipped: not imported, as a duplicate of row `into` or existing record `existing`, or as seen in an earlier run (`seenBefore`);
	 * updated: imported as an update of existing record `existing`;
	 * created: imported as a new record although it duplicates row `into` or existing record `existing` (flagged);
	 * review: held back as a possible duplicate of its `candidates`, for a person to decide (with any rows merged into it)
	 */
	action: 'kept' | 'merged' | 'skipped' | 'updated' | 'created' | 'review';
	into?: number;
	existing?: number;
	score?: number;
	reasons?: DedupeReason[];
	/** the rule that made it a duplicate */
	rule?: MatchRule;
	/** skipped because an earlier run passed the same person on (see findSeenRecords) */
	seenBefore?: boolean;
	/** for `review`: what it may duplicate, best first */
	candidates?: ReviewCandidate[];
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
	duplicateOf?: {
		row?: number;
		existing?: number;
		score: number;
		reasons: DedupeReason[];
		rule?: MatchRule;
	};
}

/** A record held back for a person to decide: a possible duplicate of earlier rows or existing records. */
export interface ReviewRecord {
	/** the record as it would be imported (rows that are certainly the same person already merged in, as the policy says) */
	record: Record<string, unknown>;
	/** the input rows it was made from, in order; the first is the one it stands for */
	rows: number[];
	/** what it may duplicate, best first */
	candidates: ReviewCandidate[];
}

/**
 * Random access to records without holding them as objects: an array is one,
 * and so is a list of JSON strings read on demand (`at` parses one each call).
 */
export interface RecordSource {
	readonly length: number;
	at(index: number): Record<string, unknown>;
}

/**
 * Duplicate detection fed one record at a time ({@link createDedupeIndex}):
 * it keeps only what blocking and comparison read of each record, never the
 * record, so a streamed import need not hold its rows as objects.
 */
export interface DedupeIndex {
	/** Adds the next incoming record (its index is the number added before). Keeps only compact keys and fields, never the record. */
	add(record: Record<string, unknown>): void;
	/** Adds an existing record to match against (its index is the number of existing records added before). */
	addExisting(record: Record<string, unknown>): void;
	/** incoming records added */
	readonly size: number;
	/** existing records added */
	readonly existingSize: number;
	/** Finds the pairs and matches: what findDuplicates(records, { existing }) gives for the same records and options. Call once; the index is spent after it. */
	finish(): DuplicateResult;
}
