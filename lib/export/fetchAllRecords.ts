import { IntakeError, invalidOption, isIntakeError } from '../errors';
import { resolveRunOptions, type ResolvedRunOptions } from '../importer/options';
import { runRequests, type Failure, type RequestOutcome } from '../importer/runRequests';
import type { HaltReason, RunOptions } from '../importer/types';
import type { ExportRecord, FilterCondition, FilterGroup, FlatFilter } from './types';

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

/** The defaults of {@link FetchOptions}. */
export const DEFAULT_FETCH_OPTIONS = Object.freeze({
	sortBy: 'created_at',
	sortDir: 'desc' as const,
	pageSize: 1000,
	maxPages: 1000,
	idField: 'id',
	/** The most ids excluded on one page's cursor (records sharing the last sort value); past it, sort by a unique field. */
	maxTiedIds: 500,
});

/** The documented API's most records per request. */
const MAX_PAGE_SIZE = 10_000;
const OPERATORS = new Set([
	'eq',
	'neq',
	'contains',
	'not_contains',
	'starts_with',
	'ends_with',
	'gt',
	'gte',
	'lt',
	'lte',
	'in',
	'not_in',
	'is_empty',
	'is_not_empty',
]);

function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('FETCH_INVALID_OPTION', name, expected, got);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFlat(filter: FilterGroup | FlatFilter): filter is FlatFilter {
	return 'filter_field' in filter;
}

function checkGroup(group: unknown, path: string, depth: number): void {
	if (
		!isPlainObject(group) ||
		(group.operator !== 'and' && group.operator !== 'or') ||
		!Array.isArray(group.conditions)
	) {
		throw invalid(
			path,
			'a FilterGroup { operator: "and" | "or", conditions: [...] } or { filter_field, filter_operator, filter_value }',
			group,
		);
	}
	if (depth > 32) throw invalid(path, 'groups nested at most 32 deep', '(deeper)');
	group.conditions.forEach((c, i) => {
		if (isPlainObject(c) && 'conditions' in c)
			return checkGroup(c, `${path}.conditions[${i}]`, depth + 1);
		if (!isPlainObject(c) || typeof c.field !== 'string' || c.field === '')
			throw invalid(`${path}.conditions[${i}]`, 'a condition { field, operator, value }', c);
		if (!OPERATORS.has(c.operator as string))
			throw invalid(
				`${path}.conditions[${i}].operator`,
				`one of ${[...OPERATORS].join(', ')}`,
				c.operator,
			);
	});
}

interface ResolvedFetch {
	run: ResolvedRunOptions;
	request: FetchOptions['request'];
	fields?: string[];
	filter?: FilterGroup | FlatFilter;
	sortBy: string;
	sortDir: 'asc' | 'desc';
	pageSize: number;
	maxRecords: number;
	maxPages: number;
	idField: string;
}

function whole(name: string, value: unknown, fallback: number, min: number, max: number): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
		throw invalid(name, `a whole number from ${min} to ${max}`, value);
	return value;
}

function text(name: string, value: unknown, fallback: string): string {
	if (value === undefined) return fallback;
	if (typeof value !== 'string' || value.trim() === '')
		throw invalid(name, 'a non-empty string', value);
	return value;
}

function resolveFetchOptions(options: FetchOptions): ResolvedFetch {
	if (!isPlainObject(options))
		throw invalid('options', 'an object with a `request` function', options);
	if (typeof options.request !== 'function')
		throw invalid(
			'request',
			'a function (query, { page, signal }) => Promise<answer>',
			options.request,
		);
	if (
		options.fields !== undefined &&
		(!Array.isArray(options.fields) ||
			options.fields.some((f) => typeof f !== 'string' || f.trim() === ''))
	) {
		throw invalid('fields', 'a list of field names', options.fields);
	}
	if (options.filter !== undefined) {
		if (isPlainObject(options.filter) && 'filter_field' in options.filter) {
			const f = options.filter as FlatFilter;
			if (typeof f.filter_field !== 'string' || f.filter_field === '')
				throw invalid('filter.filter_field', 'a field name', f.filter_field);
			if (!OPERATORS.has(f.filter_operator))
				throw invalid(
					'filter.filter_operator',
					`one of ${[...OPERATORS].join(', ')}`,
					f.filter_operator,
				);
		} else checkGroup(options.filter, 'filter', 0);
	}
	const sortDir = options.sortDir ?? DEFAULT_FETCH_OPTIONS.sortDir;
	if (sortDir !== 'asc' && sortDir !== 'desc') throw invalid('sortDir', '"asc" or "desc"', sortDir);
	let run: ResolvedRunOptions;
	try {
		run = resolveRunOptions({ ...options, concurrency: 1, onProgress: undefined });
	} catch (error) {
		// the shared run options are checked by the importer's code; the caller asked to fetch
		if (isIntakeError(error) && error.code === 'IMPORT_INVALID_OPTION')
			throw new IntakeError('FETCH_INVALID_OPTION', error.message, error.details);
		throw error;
	}
	return {
		run,
		request: options.request,
		fields: options.fields?.map((f) => f.trim()),
		filter: options.filter,
		sortBy: text('sortBy', options.sortBy, DEFAULT_FETCH_OPTIONS.sortBy),
		sortDir,
		pageSize: whole('pageSize', options.pageSize, DEFAULT_FETCH_OPTIONS.pageSize, 1, MAX_PAGE_SIZE),
		maxRecords: whole(
			'maxRecords',
			options.maxRecords,
			Number.MAX_SAFE_INTEGER,
			1,
			Number.MAX_SAFE_INTEGER,
		),
		maxPages: whole('maxPages', options.maxPages, DEFAULT_FETCH_OPTIONS.maxPages, 1, 1_000_000),
		idField: text('idField', options.idField, DEFAULT_FETCH_OPTIONS.idField),
	};
}

/** A field by dotted path (`client.name`), as the API names fields. */
function valueAt(record: Record<string, unknown>, path: string): unknown {
	if (Object.hasOwn(record, path)) return record[path];
	let v: unknown = record;
	for (const key of path.split('.')) {
		if (!isPlainObject(v)) return undefined;
		v = v[key];
	}
	return v;
}

function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A query value: text as is, anything else as JSON (a list for `in`). */
function queryValue(value: unknown): string {
	return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** Orders two sort values the way a target compares them, when that is certain: as numbers, or as dates; undefined for text. */
function compareKnown(a: unknown, b: unknown): number | undefined {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (
		typeof a === 'string' &&
		typeof b === 'string' &&
		/^\d{4}-\d\d-\d\d/.test(a) &&
		/^\d{4}-\d\d-\d\d/.test(b)
	) {
		const [x, y] = [Date.parse(a), Date.parse(b)];
		if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
	}
	return undefined;
}

/** A transport failure in a reader's words: the importer's texts speak of importing. */
function forReading(
	failure: Failure,
	object: string | undefined,
): { code: string; message: string } {
	const code = failure.code.replace(/^IMPORT_/, 'FETCH_');
	let message = failure.message
		.replace(
			/^The API token lacks permission to import[^(]*\(admin rights required\)\./,
			`The API token lacks permission to read ${object ?? 'these records'} through the export API: give it read access to them.`,
		)
		.replace(
			/, so nothing in it was imported: it is safe to run again\./,
			'; fetching again is safe.',
		)
		.replace(/;? ?the target may have taken the request\.?/, '.')
		.replace(/: lower the batch size\./, ': lower the page size.');
	if (failure.status === 400)
		message +=
			' Check the fields, the filter and the sort field: the target may not know one of them.';
	return { code, message };
}

/** A page's answer, or what is wrong with it. */
type PageAnswer = { records: unknown[]; total?: number } | { bad: string };

function readAnswer(answer: unknown): PageAnswer {
	const body = typeof answer === 'string' ? safeParse(answer) : answer;
	if (Array.isArray(body)) return { records: body };
	if (!isPlainObject(body) || !Array.isArray(body.records)) {
		return {
			bad: `expected { format, records, total }, got ${Array.isArray(body) ? 'a list' : body === null ? 'null' : typeof body === 'object' ? `an object with ${Object.keys(body).slice(0, 5).join(', ') || 'no keys'}` : typeof body}`,
		};
	}
	const total =
		typeof body.total === 'number' && Number.isInteger(body.total) && body.total >= 0
			? body.total
			: undefined;
	return total === undefined ? { records: body.records } : { records: body.records, total };
}

function safeParse(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * Reads every record of an object through the documented export API
 * (`GET /api/v1/export/{object}`, answering `{ format, records, total }`),
 * page after page, with the importer's retries and backoff (429, 5xx,
 * network errors; `Retry-After` honoured), its time limit, and a stop at the
 * first 401 or 403. The HTTP call is injected.
 *
 * The API has no offset, so pages are cut by their sort field (keyset
 * paging): each page after the first asks, besides the caller's filter, for
 * records at or past the last sort value seen (`gte`/`lte`), leaving out by
 * id those at that value already fetched (`not_in`); with `sortBy` the id
 * field, a plain `gt`/`lt`. Records are kept once each, by id. The run stops
 * when a page comes back short, empty, or with nothing new, and after
 * `maxPages` pages at most: a target that ignores the filter or returns the
 * same page forever ends the run with an error, never a loop. Every text
 * from the target is redacted (`secrets`) before it enters the result.
 *
 * @param options - see {@link FetchOptions}; `request` is required, and `sleep` when retries may wait
 * @returns the records, the target's total, pages read, and how it ended
 * @throws IntakeError `FETCH_INVALID_OPTION` for bad options (nothing is requested)
 *
 * @example
 * const result = await fetchAllRecords({
 *   request: (query) => api.get('/api/v1/export/clients', { query }),
 *   filter: { filter_field: 'status', filter_operator: 'eq', filter_value: 'open' },
 *   sleep: (ms, signal) => sleepWithAbort(ms, signal),
 * });
 * [result.status, result.records.length, result.total]
 * //=> ['Complete', 2500, 2500]
 */
export async function fetchAllRecords(options: FetchOptions): Promise<FetchResult> {
	const o = resolveFetchOptions(options);
	const { run } = o;
	const start = run.now();
	const records: ExportRecord[] = [];
	const seen = new Set<string>();
	const issues: Array<{ code: string; message: string }> = [];
	const keyset = o.sortBy === o.idField;
	const asked = o.fields ? [...o.fields] : undefined;
	// paging reads the id and the sort field of every record: ask for them, and take them out again
	const added = asked
		? [o.idField, o.sortBy].filter((f, i, all) => all.indexOf(f) === i && !asked.includes(f))
		: [];
	if (asked) asked.push(...added);
	const userGroup: FilterGroup | FilterCondition | undefined =
		o.filter === undefined
			? undefined
			: isFlat(o.filter)
				? {
						field: o.filter.filter_field,
						operator: o.filter.filter_operator,
						value: o.filter.filter_value,
					}
				: o.filter;

	let page = 0;
	let pages = 0;
	let total: number | undefined;
	let cursor: { value: unknown; ids: string[] } | undefined;
	let done = false;
	let more = false;
	let error: { code: string; message: string } | undefined;
	let lastValue: unknown;
	let withoutId = 0;
	let notObjects = 0;
	let repeated = 0;

	const queryFor = (): Record<string, string> => {
		const q: Record<string, string> = {
			format: 'json',
			sort_by: o.sortBy,
			sort_dir: o.sortDir,
			limit: String(o.pageSize),
		};
		if (asked) q.fields = asked.join(',');
		if (cursor === undefined) {
			if (o.filter !== undefined && isFlat(o.filter)) {
				q.filter_field = o.filter.filter_field;
				q.filter_operator = o.filter.filter_operator;
				if (o.filter.filter_value !== undefined) q.filter_value = queryValue(o.filter.filter_value);
			} else if (o.filter !== undefined) q.filters = JSON.stringify(o.filter);
			return q;
		}
		const conditions: Array<FilterCondition | FilterGroup> = userGroup ? [userGroup] : [];
		const desc = o.sortDir === 'desc';
		if (keyset)
			conditions.push({ field: o.sortBy, operator: desc ? 'lt' : 'gt', value: cursor.value });
		else {
			conditions.push({ field: o.sortBy, operator: desc ? 'lte' : 'gte', value: cursor.value });
			if (cursor.ids.length > 0)
				conditions.push({ field: o.idField, operator: 'not_in', value: cursor.ids });
		}
		q.filters = JSON.stringify({ operator: 'and', conditions });
		return q;
	};

	const fail = (code: string, message: string): HaltReason => {
		error ??= { code, message: run.redact(message) };
		more = true;
		return error;
	};

	const takePage = (answer: { records: unknown[]; total?: number }): HaltReason | undefined => {
		pages++;
		if (page === 1) total = answer.total;
		const list = answer.records;
		let fresh = 0;
		for (const r of list) {
			if (!isPlainObject(r)) {
				notObjects++;
				continue;
			}
			const id = idOf(valueAt(r, o.idField));
			if (id === undefined) withoutId++;
			const key = id === undefined ? `json:${JSON.stringify(r)}` : `id:${id}`;
			if (seen.has(key)) {
				repeated++;
				continue;
			}
			seen.add(key);
			fresh++;
			if (records.length >= o.maxRecords) {
				more = true;
				done = true;
				continue;
			}
			const out = { ...r };
			for (const f of added) delete out[f];
			records.push(out);
		}
		if (done || list.length === 0) return ((done = true), undefined);
		if (fresh === 0) {
			if (total !== undefined && records.length >= total) return ((done = true), undefined);
			return fail(
				'FETCH_PAGING_IGNORED',
				`Page ${page} brought only records already fetched (${records.length}${total === undefined ? '' : ` of ${total}`} so far): the target seems to ignore the filter that pages through the records (${o.sortBy} ${o.sortDir === 'desc' ? 'at or before' : 'at or after'} the last one, other ids). Check that its export API supports the "filters" parameter with gte/lte and not_in, or fetch one page with a limit of up to ${MAX_PAGE_SIZE}.`,
			);
		}
		if (records.length >= o.maxRecords) {
			more =
				list.length >= o.pageSize || (answer.total !== undefined && answer.total > list.length);
			return ((done = true), undefined);
		}
		// a short page is the last, unless the target counts more than it sent (it caps pages below the limit asked)
		if (list.length < o.pageSize && (answer.total === undefined || answer.total <= list.length))
			return ((done = true), undefined);
		if (page >= o.maxPages)
			return fail(
				'FETCH_PAGE_LIMIT',
				`Stopped after ${o.maxPages} pages (${records.length} records${total === undefined ? '' : ` of ${total}`}), the most \`maxPages\` allows: raise it, or the page size (up to ${MAX_PAGE_SIZE}).`,
			);
		// the next cursor: the last record's sort value, and the ids of the records at that value
		const objects = list.filter(isPlainObject);
		const last = objects[objects.length - 1];
		const value = last === undefined ? undefined : valueAt(last, o.sortBy);
		if (value === undefined || value === null || value === '' || typeof value === 'object') {
			return fail(
				'FETCH_NO_SORT_VALUE',
				`The last record of page ${page} has no ${o.sortBy}, so the next page cannot start after it: sort by a field every record has (\`sortBy\`, e.g. "${o.idField}").`,
			);
		}
		for (let i = 1; i < objects.length; i++) {
			const c = compareKnown(valueAt(objects[i - 1], o.sortBy), valueAt(objects[i], o.sortBy));
			if (c !== undefined && (o.sortDir === 'desc' ? c < 0 : c > 0)) {
				return fail(
					'FETCH_NOT_SORTED',
					`Page ${page} is not sorted by ${o.sortBy} ${o.sortDir}, so pages cut by it would miss records: check that the target honours sort_by and sort_dir, or sort by another field.`,
				);
			}
		}
		if (lastValue !== undefined) {
			const c = compareKnown(lastValue, valueAt(objects[0], o.sortBy));
			if (c !== undefined && (o.sortDir === 'desc' ? c < 0 : c > 0)) {
				return fail(
					'FETCH_PAGING_IGNORED',
					`Page ${page} starts before where page ${page - 1} ended (${o.sortBy}): the target seems to ignore the filter that pages through the records. Check that its export API supports the "filters" parameter with gte/lte and not_in.`,
				);
			}
		}
		lastValue = value;
		const sameAsLast = (r: Record<string, unknown>): boolean =>
			String(valueAt(r, o.sortBy)) === String(value);
		const tied = keyset ? [] : objects.filter(sameAsLast);
		const ids = tied.map((r) => idOf(valueAt(r, o.idField)));
		if (ids.some((id) => id === undefined)) {
			return fail(
				'FETCH_NO_ID',
				`Records of page ${page} have no ${o.idField}, so the next page cannot leave them out: make the target return the id field (\`idField\`), or fetch one page with a limit of up to ${MAX_PAGE_SIZE}.`,
			);
		}
		// records at the cursor's value from earlier pages stay left out too
		const carried =
			cursor !== undefined && String(cursor.value) === String(value) ? cursor.ids : [];
		const tiedIds = [...new Set([...carried, ...(ids as string[])])];
		if (tiedIds.length > DEFAULT_FETCH_OPTIONS.maxTiedIds) {
			return fail(
				'FETCH_TOO_MANY_TIES',
				`More than ${DEFAULT_FETCH_OPTIONS.maxTiedIds} records share ${o.sortBy} = ${String(value)}, too many to leave out by id on the next page: sort by a unique field (\`sortBy: "${o.idField}"\`).`,
			);
		}
		cursor = { value, ids: tiedIds };
		return undefined;
	};

	const stop = await runRequests<PageAnswer>(run, start, {
		next: () => (done || error ? undefined : ++page),
		call: async (p) => readAnswer(await o.request(queryFor(), { page: p, signal: run.signal })),
		settle: (p, outcome: RequestOutcome<PageAnswer>) => {
			if (outcome.kind === 'notSent') return undefined;
			if (outcome.kind === 'failed') {
				const f = forReading(outcome.failure, run.object);
				return fail(f.code, `Page ${p}: ${f.message}`);
			}
			if ('bad' in outcome.value)
				return fail(
					'FETCH_BAD_ANSWER',
					`Page ${p}: the target's answer is not the export API's: ${outcome.value.bad}. Check the path (/api/v1/export/{object}) and format=json.`,
				);
			return takePage(outcome.value);
		},
		describe: (p) => `page ${p}`,
	});

	if (notObjects > 0)
		issues.push({
			code: 'FETCH_NOT_RECORDS',
			message: `${notObjects} entries of the target's answers were not records (objects) and were left out.`,
		});
	if (withoutId > 0)
		issues.push({
			code: 'FETCH_NO_ID',
			message: `${withoutId} records came without ${o.idField}; they were told apart by their content.`,
		});
	if (repeated > 0 && error === undefined)
		issues.push({
			code: 'FETCH_REPEATED',
			message: `${repeated} records came back on more than one page and were kept once.`,
		});
	if (
		!error &&
		!more &&
		stop === undefined &&
		total !== undefined &&
		records.length < total &&
		o.maxRecords > records.length
	) {
		issues.push({
			code: 'FETCH_FEWER_THAN_TOTAL',
			message: `The target counted ${total} records but ${records.length} came back: records may have been deleted meanwhile, or lack ${o.sortBy}. Fetch again to check.`,
		});
	}
	const result: FetchResult = { records, pages, status: 'Complete' };
	if (total !== undefined) result.total = total;
	if (stop?.kind === 'timeLimit') {
		result.status = 'Halted (time limit)';
		result.error = {
			code: 'FETCH_TIME_LIMIT',
			message: `${stop.reason.message} ${records.length} records were fetched; fetch again with a longer time limit or a filter.`,
		};
		more = true;
	} else if (error !== undefined || stop !== undefined) {
		result.status = 'Error';
		result.error = error ?? {
			code: stop!.reason.code.replace(/^IMPORT_/, 'FETCH_'),
			message: stop!.reason.message,
		};
		more = true;
	}
	if (issues.length > 0) result.issues = issues;
	if (more) result.more = true;
	return result;
}
