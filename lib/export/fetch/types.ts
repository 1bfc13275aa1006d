/*
 * The public shapes of fetchAllRecords: its options, what the transport is
 * told, and what a run returns.
 */
import type { RunOptions } from '../../importer/types';
import type { ExportRecord, FilterGroup, FlatFilter } from '../types';

/** What the transport is told about the request it makes. */
export interface FetchContext {
	/** 1 for the first page. */
	page: number;
	signal?: AbortSignal;
}

/** Options of {@link fetchAllRecords}. Requests go one at a time (each page's query depends on the one before). */
export interface FetchOptions extends Omit<RunOptions, 'concurrency' | 'onProgress'> {
	/**
	 * Makes one `GET /api/v1/export/{object}` with these query parameters and
	 * resolves its parsed answer (`{ format, records, total }`). On failure it
	 * throws as an import's `send` does (an {@link ImportTransportError}: `status`,
	 * `code`, `retryAfterMs`), so 429, 5xx and network errors are retried and
	 * 401/403 stop the run.
	 */
	request: (query: Record<string, string>, context: FetchContext) => Promise<unknown>;
	/** Fields to ask for (`fields=a,b`). Default every field. The id and sort fields are asked for too when paging needs them, and left out of the records. */
	fields?: string[];
	/** A FilterGroup (`filters`) or the flat form (`filter_field`, `filter_operator`, `filter_value`). */
	filter?: FilterGroup | FlatFilter;
	/** The field pages are sorted and cut by (`sort_by`). Default `created_at`. */
	sortBy?: string;
	/** `sort_dir`. Default `desc`. */
	sortDir?: 'asc' | 'desc';
	/** Records per page (`limit`), 1 to 10,000. Default 1000. */
	pageSize?: number;
	/** Stop after this many records (`more` is then true if the target had more). Default all. */
	maxRecords?: number;
	/** The most pages asked for, so that a target that never runs out cannot keep the run going. Default 1000. */
	maxPages?: number;
	/** The records' unique id field, which breaks ties on the sort field. Default `id`. */
	idField?: string;
}

/** How {@link fetchAllRecords} ended. */
export type FetchStatus = 'Complete' | 'Halted (time limit)' | 'Error';

/** A problem, as the result reports it: a code and a message already redacted. */
export interface FetchProblem {
	code: string;
	message: string;
}

/** What {@link fetchAllRecords} returns. */
export interface FetchResult {
	/** Every record fetched, in the target's order, each once. */
	records: ExportRecord[];
	/** The target's count of records matching the filter, as its first answer gave it. */
	total?: number;
	/** Pages answered. */
	pages: number;
	status: FetchStatus;
	/** Why the run stopped early; the records fetched before are kept. */
	error?: { code: string; message: string };
	/** Problems that did not stop the run. */
	issues?: Array<{ code: string; message: string }>;
	/** Whether the target has records not fetched (`maxRecords` reached, or the run stopped). */
	more?: boolean;
}
