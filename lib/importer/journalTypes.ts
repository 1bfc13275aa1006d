import type {
	HaltReason,
	ImportBatchSummary,
	ImportIssue,
	ImportReport,
	ImportRowResult,
	ImportRunStatus,
} from './types';

/**
 * One line of an import's journal ({@link ImportOptions.onJournal}), in the
 * order the run writes them:
 * - `start`, once, before anything is sent (`issues`: what a resume could not
 *   replay as it was);
 * - `sent`, before a batch is handed to `send` (its summary carries the key
 *   and the `bodyHash` a resume needs to send it again exactly as it was);
 *   a resume also writes one up front for each earlier batch it will replay,
 *   so a run killed before the replay still owes it;
 * - `settled`, after a batch settles, with its rows' results and failures. A
 *   `settled` entry whose `batch.batch` is 0 carries rows settled without a
 *   request: rows an earlier run imported, repeats in the file, rows that
 *   failed their check, and at the end the rows never sent;
 * - `end`, once, when the run returns its report (with when it finished and
 *   why it stopped early, if it did).
 *
 * A resume's start-up (its `start`, then the rows imported before and a
 * `sent` for each replay, `preamble` entries in all) is written before its
 * first request: a journal cut inside it sent nothing, and
 * {@link reportFromJournal} refuses it (resume from the earlier report).
 *
 * `issues` and `preamble` on `start`, and `finishedAt`, `durationMs`,
 * `haltReason` on `end`, are additions to the issue's contract, all optional.
 */
export type ImportJournalEntry =
	| {
			type: 'start';
			importId: string;
			object?: string;
			source?: string;
			onError: 'halt' | 'skip';
			tagField?: string;
			startedAt: string;
			rows: number;
			resumedFrom?: string;
			issues?: ImportIssue[];
			/** How many entries after this one are the resume's start-up (see above). */
			preamble?: number;
	  }
	| {
			type: 'sent';
			batch: ImportBatchSummary;
			items: Array<{ row: number; key: string; id?: string }>;
	  }
	| {
			type: 'settled';
			batch: ImportBatchSummary;
			results: ImportRowResult[];
			exceptions: ImportReport['exceptions'];
	  }
	| {
			type: 'end';
			status: ImportRunStatus;
			finishedAt?: string;
			durationMs?: number;
			haltReason?: HaltReason;
	  };
