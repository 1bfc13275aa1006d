import type { ImportJournalEntry } from './journalTypes';

/** What a record does to the target: `create` a new record, or `update` the one it names by id. */
export type ImportOperation = 'create' | 'update';

/** One record to import, with the source row number the user sees in their spreadsheet. */
export interface ImportRecord {
	/** Source row number (1-based, as a spreadsheet shows it). */
	row: number;
	/** The record to send. */
	record: Record<string, unknown>;
	/** `create` (the default) or `update` the target's record `id`. */
	operation?: ImportOperation;
	/** The target's id of the record to update; an update without one fails its row (`IMPORT_UPDATE_NO_ID`) and is never sent as a create. */
	id?: string;
}

/**
 * Random access to the records of an import, so 1M records need not be held
 * as objects: `at(i)` is called as the batches are made (and again for a row
 * whose record a report needs), never all at once. An array is one too.
 */
export interface ImportRecordSource {
	readonly length: number;
	at(index: number): ImportRecord;
}

/** One record as `send` receives it: its row, the record, its idempotency key, and what to do with it. */
export interface ImportBatchItem {
	row: number;
	record: Record<string, unknown>;
	/** The record's idempotency key ({@link ImportOptions.idempotencyKey}). */
	key: string;
	/** Every item of a batch has the same operation ({@link SendContext.operation}). */
	operation: ImportOperation;
	/** For an update: the target's id of the record to update. */
	id?: string;
}

/** What the target said about one record of a batch. */
export type ImportRecordStatus = 'created' | 'updated' | 'duplicate' | 'accepted' | 'failed';

/** One record's answer; `index` is its position in the batch sent. */
export interface BatchResultEntry {
	index: number;
	status: ImportRecordStatus;
	/** The target's id for the record, when it returns one. */
	id?: string;
	code?: string;
	message?: string;
}

/** A target's own counts for a batch, as it gave them. */
export interface BatchCounts {
	created?: number;
	updated?: number;
	duplicates?: number;
	failed?: number;
}

/**
 * What `send` returns for a batch. A target that reports only counts lists
 * only its errors: the records it does not list are worked out from the
 * counts left over (all of one status: each gets it; a mix: each stays
 * `accepted`, and the report's totals share them out as the target counted),
 * or are `accepted` when there are no counts.
 */
export interface BatchResult {
	results: BatchResultEntry[];
	/** The target's own counts for the batch, kept in the report as it gave them. */
	counts?: BatchCounts;
}

/** Where a request is in a run when it is made. */
export interface RunContext {
	/** 1-based number of the request (the batch of an import, the id of a revert). */
	batch: number;
	/** 1-based try of this request. */
	attempt: number;
	/**
	 * A key for the whole request, the same on every try: send it as the
	 * `Idempotency-Key` header, so a retry after a timeout cannot create twice
	 * where the target honours the key.
	 */
	batchKey: string;
	/** Aborts when the run is cancelled. */
	signal?: AbortSignal;
}

/** Where `send` is in the import when it is called, and what the batch does: batches are all creates or all updates. */
export interface SendContext extends RunContext {
	operation: ImportOperation;
}

/**
 * The shape of an error `send` throws for a transport-level failure. `status`
 * is the HTTP status, or undefined for a network error or a timeout. Without
 * a status the outcome is unknown (the target may have acted), unless
 * `notSent` says, or `code` shows (ECONNREFUSED, ENOTFOUND, EAI_AGAIN, a TLS
 * certificate error), that the request never reached the target.
 */
export interface ImportTransportError {
	message: string;
	status?: number;
	/** From a `Retry-After` header, in milliseconds. */
	retryAfterMs?: number;
	/** The target's error code, if its body gave one; for a network error, the system's code (ECONNREFUSED, ETIMEDOUT, …). */
	code?: string;
	/** The request never reached the target (refused connection, unknown host, refused certificate): nothing in it was imported. */
	notSent?: boolean;
}

/** How failed requests are retried: `attempts` tries in all, with exponential backoff and jitter between `baseMs` and `maxMs`. */
export interface RetryOptions {
	/** Tries in all, the first included (1 = no retry). */
	attempts?: number;
	/** The first backoff, in ms; it doubles on each retry. */
	baseMs?: number;
	/** The longest backoff, in ms (a `Retry-After` is honoured up to 15 minutes). */
	maxMs?: number;
}

/** The clock, sleep and randomness the importer uses; injectable, so tests run without waiting. */
export interface ImportClock {
	/** Milliseconds since the epoch. Default `Date.now`. */
	now?: () => number;
	/**
	 * Waits `ms`, or less if `signal` aborts; `sleep(0)` yields to the event
	 * loop. The library has no timers of its own (it runs inside n8n Cloud), so
	 * it is required when anything may wait: more than one try (the default is
	 * 5) or a rate limit. In n8n pass n8n-workflow's `sleepWithAbort`; in Node,
	 * `(ms, signal) => require('node:timers/promises').setTimeout(ms, undefined, { signal }).catch(() => {})`.
	 */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** A number in [0, 1) for backoff jitter. Default `Math.random`. */
	random?: () => number;
}

/** Options shared by {@link importInBatches} and {@link revertImport}. */
export interface RunOptions extends ImportClock {
	/** Requests in flight at once. Default 1. */
	concurrency?: number;
	/** Most requests started per second, across all of them; 0 = no limit. Default 0. */
	maxRequestsPerSecond?: number;
	/** Retry policy for 429, 5xx, network errors and timeouts. */
	retry?: RetryOptions;
	/** After this long no new request starts; the rest is `notAttempted` and the status `Halted (time limit)`. Default no limit. */
	maxDurationMs?: number;
	/** Cancels the run: no new request starts, in-flight ones get the signal. */
	signal?: AbortSignal;
	/** Called after each request: rows settled so far, rows in all, and where the run is. */
	onProgress?: (done: number, total: number, info: ProgressInfo) => void;
	/** The object imported ("clients"), kept in the report and used in messages. */
	object?: string;
	/**
	 * The secrets the transport sends (token, API key, password, a
	 * user:password pair, header values): every text that comes from the
	 * target (codes, messages, ids) has them, in any case and URL-encoded or
	 * base64, replaced by `***` before it enters the report. See {@link createRedactor}.
	 */
	secrets?: string[];
}

/** Where a run is, for progress messages ("batch 12/40, 600 created, 3 failed"). */
export interface ProgressInfo {
	batch: number;
	batches: number;
	totals: Readonly<Record<string, number>>;
}

/** Options of {@link importInBatches}. */
export interface ImportOptions extends RunOptions {
	/** Sends one batch to the target; see {@link BatchResult} and {@link ImportTransportError}. */
	send: (batch: ImportBatchItem[], context: SendContext) => Promise<BatchResult>;
	/** Records per request. Default 50 (the documented bulk API's limit). */
	batchSize?: number;
	/** Records per update request. Default `batchSize`; 1 where the target updates one record per request. */
	updateBatchSize?: number;
	/** `halt`: stop sending at the first failed record; `skip`: log it and go on. Default `halt`. */
	onError?: 'halt' | 'skip';
	/**
	 * A record's idempotency key. Default {@link createIdempotencyKey}: a hash
	 * of its content (for an update, of its content, the operation and the
	 * id), the same in every run.
	 */
	idempotencyKey?: (record: Record<string, unknown>, row: number) => string;
	/** Keys imported by an earlier run: those rows are not sent again. */
	alreadyImported?: Iterable<string>;
	/** An earlier run's report: the rows it imported are not sent again, and keep its ids. */
	resumeFrom?: ImportReport;
	/** The report's id. Default a random UUID. */
	importId?: string;
	/** Where the records came from ("clients.xlsx"), kept in the report. */
	source?: string;
	/**
	 * A field in which every record this import creates carries the import's
	 * id (never an update: a revert would then delete a record that existed
	 * before). Lets {@link revertImport} find, through `find`, the records a
	 * target created without saying their ids. The idempotency key is worked
	 * out before the tag is added.
	 */
	tagField?: string;
	/**
	 * Called synchronously, in order: once at the start, before each batch is
	 * handed to `send`, after each batch settles, and at the end. Append each
	 * entry to a durable journal (one JSON line, flushed before returning):
	 * {@link reportFromJournal} rebuilds the report of a run that was killed.
	 * If it throws, no request starts after it and the run ends `Error`
	 * (`IMPORT_JOURNAL_FAILED`).
	 */
	onJournal?: (entry: ImportJournalEntry) => void;
}

/** How an import run ended; `Interrupted` is a report rebuilt from the journal of a run that was killed. */
export type ImportRunStatus =
	'Complete' | 'Completed with errors' | 'Error' | 'Halted (time limit)' | 'Interrupted';

/** A row's final status in an {@link ImportReport}. */
export type ImportRowStatus = ImportRecordStatus | 'notAttempted';

/** One row's outcome. */
export interface ImportRowResult {
	row: number;
	key?: string;
	status: ImportRowStatus;
	/** `update` for a row that updates a record (a create says nothing). */
	operation?: 'update';
	/** The batch it was sent in (its {@link ImportBatchSummary}), if it was put in one. */
	batch?: number;
	/** The target's id: of the record created, or of the record updated. */
	id?: string;
	code?: string;
	message?: string;
}

/** Something in a run's answers that the user must look at: the target's counts contradict its list, a batch could not be sent again as it was. */
export interface ImportIssue {
	/** `IMPORT_COUNTS_MISMATCH`, `IMPORT_RESUME_REBATCHED`, … */
	code: string;
	message: string;
	/** The batch it is about. */
	batch?: number;
}

/** Rows per final status: a batch's, or a whole run's. */
export interface ImportStatusTotals {
	created: number;
	updated: number;
	duplicate: number;
	accepted: number;
	failed: number;
}

/** One batch as sent. */
export interface ImportBatchSummary {
	batch: number;
	/** The source row numbers of its first and last records. */
	rows: [number, number];
	size: number;
	operation: ImportOperation;
	/**
	 * The batch's Idempotency-Key. A fresh batch's comes from the run's import
	 * id and its records' keys, so another import of the same records is never
	 * replayed; a batch sent again by a resume keeps the key it had.
	 */
	key: string;
	/** The value its created records carry in the report's `tagField`. */
	tag?: string;
	/**
	 * No answer came, or none that could be read, after the target may have
	 * acted (a timeout, a lost answer, a 5xx): what it did is unknown. A resume
	 * sends these rows again as this same batch (same records, order, key and
	 * tag), so a target that honours the key answers as it did the first time
	 * instead of creating them again.
	 */
	outcomeUnknown?: true;
	/** For a batch whose outcome is unknown: a hash of the body sent, so a resume can tell it would send exactly the same. */
	bodyHash?: string;
	/** A batch a resume sent again as it was: the import and batch that first sent it. */
	replayOf?: { importId: string; batch: number };
	attempts: number;
	/** `answered`: the target gave per-record results; `failed`: the request failed in the end; `notSent`: a halt came first. */
	outcome: 'answered' | 'failed' | 'notSent';
	/** The target's own counts, as it gave them. */
	counts?: BatchCounts;
	/**
	 * The batch's rows by status once answered, with what the target counted
	 * among the rows it did not list: those rows stay `accepted` one by one
	 * when the counts are a mix, but the totals count them as the target did.
	 */
	totals?: ImportStatusTotals;
	/** Where the answer contradicts itself (`IMPORT_COUNTS_MISMATCH`). */
	issues?: ImportIssue[];
}

/** Why a run stopped early. */
export interface HaltReason {
	code: string;
	message: string;
	/** The row whose failure halted the import. */
	row?: number;
	/** The batch that halted it, when no single row did (the target counted a failure without saying which row). */
	batch?: number;
}

/** The import history record: a plain JSON object, one per run. */
export interface ImportReport {
	importId: string;
	object?: string;
	source?: string;
	startedAt: string;
	finishedAt: string;
	durationMs: number;
	status: ImportRunStatus;
	onError: 'halt' | 'skip';
	/**
	 * Rows by status. `created + updated + duplicate + accepted + failed +
	 * notAttempted === rows` always. Where a target gave only counts for a mix
	 * of rows it did not list, those rows are `accepted` one by one, and these
	 * totals count them as the target did (so `created` can exceed the rows
	 * whose own status is `created`).
	 */
	totals: { rows: number } & ImportStatusTotals & { notAttempted: number };
	/** The sum of the counts the target gave, over the batches that gave any. */
	targetCounts?: Required<BatchCounts>;
	/** Everything the user must look at before trusting or resuming the report (every batch's issues, and the run's own). */
	issues?: ImportIssue[];
	results: ImportRowResult[];
	/** The target's ids of the records this run created, in row order: what a revert deletes. */
	createdIds: string[];
	/** Every failed row, with its record, to fix and import again. */
	exceptions: Array<{
		row: number;
		code: string;
		message: string;
		record: Record<string, unknown>;
	}>;
	batches: ImportBatchSummary[];
	haltReason?: HaltReason;
	/** The import this run resumed. */
	resumedFrom?: string;
	/** The field in which every record this import created carries its id ({@link ImportOptions.tagField}). */
	tagField?: string;
}

export type { RevertOptions, RevertReport } from './revertTypes';
