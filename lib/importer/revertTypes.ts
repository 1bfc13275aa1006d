import type { HaltReason, ImportIssue, ImportRunStatus, RunContext, RunOptions } from './types';

/** Options of {@link revertImport}. */
export interface RevertOptions extends RunOptions {
	/**
	 * Deletes one record. Resolves `deleted`, or `notFound` when it is already
	 * gone (so reverting twice is harmless); throws an
	 * {@link ImportTransportError} otherwise.
	 */
	remove: (
		target: { id: string; row?: number },
		context: RunContext,
	) => Promise<'deleted' | 'notFound'>;
	/** The revert report's id. Default a random UUID. */
	revertId?: string;
	/**
	 * Finds the target's records whose `field` equals `value`: for a report
	 * with a `tagField`, the records the import created, found by their tag
	 * even when the target never said their ids. Called again after each round
	 * of deletes until it returns nothing new (deleted records drop out, so
	 * one page at a time is enough). Each record must have its `id` and the
	 * tag field as stored: only a record whose tag equals the import id
	 * exactly is deleted, so a target that ignores the filter deletes nothing
	 * else; a target that leaves the tag field out stops the revert. Throws an
	 * {@link ImportTransportError} when it fails.
	 */
	find?: (
		query: { field: string; value: string },
		context: RunContext,
	) => Promise<ReadonlyArray<Record<string, unknown>>>;
}

/** A revert's own report. */
export interface RevertReport {
	revertId: string;
	importId: string;
	object?: string;
	startedAt: string;
	finishedAt: string;
	durationMs: number;
	status: ImportRunStatus;
	totals: {
		ids: number;
		deleted: number;
		alreadyGone: number;
		failed: number;
		notAttempted: number;
	};
	/** One per id: the report's created ids first, then those the tag search found (`via: 'tag'`). */
	results: Array<{
		id: string;
		row?: number;
		via?: 'tag';
		status: 'deleted' | 'alreadyGone' | 'failed' | 'notAttempted';
		code?: string;
		message?: string;
	}>;
	/** The search for tagged records, when the report has a `tagField` and `find` was given. */
	search?: { field: string; value: string; requests: number; found: number; ignored: number };
	/**
	 * Rows the import changed that this revert did not undo: updates (a revert
	 * never deletes a record the import updated), and records created or
	 * accepted without an id.
	 */
	notReverted: { updated: number; acceptedWithoutId: number };
	haltReason?: HaltReason;
	/** What the user must look at: records it would not delete, … */
	issues?: ImportIssue[];
}
