import type { DedupeOptions, DuplicatePolicy } from '../dedupe/types';
import type { ResolveOptions } from '../dedupe/resolveDuplicates';
import type { ImportOptions, ImportReport } from '../importer/types';
import type { ColumnMapping, MappingProfile } from '../map/types';
import type { ReadOptions } from '../read/options';
import type { Schema } from '../schema/types';
import type { ReadIssue } from '../types';
import type {
	MappingLike,
	RowResult,
	TransformDecisions,
	TransformOptions,
} from '../validate/types';

/** The stages of {@link runImport}, in order. */
export type PipelineStage = 'read' | 'transform' | 'dedupe' | 'import' | 'write';

/** Where a run is: rows done in a stage (and of how many, when known); bytes of the file read so far. */
export interface PipelineProgress {
	stage: PipelineStage;
	done: number;
	total?: number;
	bytes?: number;
	totalBytes?: number;
}

/** What became of one data row: exactly one of these. */
export type PipelineRowOutcome =
	| 'written'
	| 'created'
	| 'updated'
	| 'duplicate'
	| 'possibleDuplicate'
	| 'skipped'
	| 'invalid'
	| 'failed'
	| 'notAttempted';

/** A row that did not make a clean record, or was not imported: to fix and import again. */
export interface PipelineException {
	/** Source row number, as the spreadsheet shows it. */
	row: number;
	/** The worksheet, when every sheet is read (`read.sheet: '*'`). */
	sheet?: string;
	outcome: 'invalid' | 'failed' | 'skipped' | 'possibleDuplicate' | 'notAttempted';
	/** The first error's code (`EMAIL_INVALID`, `VALUE_REQUIRED`, `ROW_SKIPPED`, the target's code…). */
	code: string;
	/** Every error of the row, joined "; ". */
	message: string;
	/**
	 * For `invalid` and `skipped` rows, the row as read (header → text). For
	 * `possibleDuplicate`, `failed` and `notAttempted` rows, the clean record
	 * (the source row is not kept once a row is clean: it would cost memory in
	 * proportion to the file).
	 */
	source: Record<string, unknown>;
}

/** The dedupe settings of {@link runImport}: findDuplicates' and resolveDuplicates' options, and the existing records. */
export type PipelineDedupeOptions = DedupeOptions & {
	/** What to do with duplicates; default `'merge'`. */
	policy?: DuplicatePolicy;
	/** Records already in the target to match against (each with its id in `idField`). */
	existing?: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>;
	/** The field of an existing record that holds the target's id, for updates. Default `'id'`. */
	idField?: string;
} & Omit<ResolveOptions, 'existing' | 'policy'>;

/** Replaces the in-thread transform of a batch (the command line runs it on worker threads). */
export type TransformBatch = (
	rows: ReadonlyArray<Record<string, unknown>>,
	firstIndex: number,
	decisions: TransformDecisions,
	mapping: MappingLike,
) => Promise<RowResult[]>;

/** Options of {@link runImport}. */
export interface RunImportOptions {
	/** A built-in schema's name (`'clients'`, `'contacts'`, `'cases'`) or a schema from `defineSchema`. */
	schema: string | Schema;
	/** Options of `openSpreadsheet`; `maxBytes` defaults to `Infinity` here. */
	read?: ReadOptions;
	/** A saved mapping: its columns are used for the headers it knows (the rest are mapped automatically) and its options are the transform's base. */
	profile?: MappingProfile;
	/** Transform options; they win over the profile's. */
	transform?: TransformOptions;
	/** Rows read before mapping and deciding the column orders (per sheet). Default 10,000. */
	sampleRows?: number;
	/** Finds and resolves duplicates; off when absent. */
	dedupe?: PipelineDedupeOptions;
	/** When given, records are imported (created, or updated for dedupe's updates). */
	import?: Omit<ImportOptions, 'onProgress'>;
	/** When given (with or without import), the clean records in row order, each with its row number. */
	write?: (
		records: AsyncIterable<{ row: number; record: Record<string, unknown> }>,
	) => Promise<void>;
	/** Each row that did not make a clean record or was not imported, as soon as it is known (awaited). */
	onException?: (e: PipelineException) => void | Promise<void>;
	/** Progress of each stage, at most about every 1,000 rows. */
	onProgress?: (p: PipelineProgress) => void;
	/** Replaces the in-thread transform; same contract as RecordTransformer.transform, given the decisions. */
	transformBatch?: TransformBatch;
	/** Stops the run: no more rows are read and nothing more is sent. */
	signal?: AbortSignal;
	/** The clock for the stage timings. Default `Date.now`. */
	now?: () => number;
}

/** What {@link runImport} returns: every row accounted for. */
export interface PipelineReport {
	status: 'Complete' | 'Completed with errors' | 'Halted' | 'Error';
	schema: string;
	file: {
		format: string;
		encoding?: string;
		delimiter?: string;
		sheet?: string;
		headerRow?: number;
		headers: string[];
	};
	/** The mapping used (of the first sheet; with `sheet: '*'` every sheet's, in turn). */
	mapping: ColumnMapping[];
	/** The column orders decided (of the first sheet). */
	decisions: TransformDecisions;
	/**
	 * Rows by outcome: `written + created + updated + importedBefore + duplicates + possibleDuplicates + skipped + invalid + failed + notAttempted = rows`.
	 * An import's rows follow the importer's totals, which follow the target's own counts: a target that answers with
	 * counts only ("27 created, 1 duplicate") is counted as it counted (rows it accepted without a word count as created).
	 */
	totals: {
		rows: number;
		valid: number;
		invalid: number;
		skipped: number;
		duplicates: number;
		possibleDuplicates: number;
		created: number;
		updated: number;
		/** rows the import this run resumed had already imported (not sent again) */
		importedBefore: number;
		failed: number;
		notAttempted: number;
		written: number;
		warnings: number;
	};
	stages: Partial<Record<PipelineStage, { ms: number; rows: number }>>;
	readIssues: ReadIssue[];
	/**
	 * The rows counted as duplicates: `merged` or `skipped` by dedupe (into
	 * `intoRow` or the existing record `existingId`), or `importDuplicate`
	 * when the importer or the target found the record the same as one
	 * already sent (`rule` holds its code).
	 */
	duplicates: Array<{
		row: number;
		sheet?: string;
		intoRow?: number;
		existingId?: string;
		action: string;
		rule?: string;
		why?: string;
		score?: number;
	}>;
	/** The rows held as possible duplicates, each with what it may duplicate, best first. */
	review: Array<{
		row: number;
		sheet?: string;
		candidates: Array<{
			row?: number;
			existingId?: string;
			score: number;
			rule?: string;
			why?: string;
		}>;
	}>;
	/** The importer's report, when imported. */
	import?: ImportReport;
	durationMs: number;
}
