import { isPlainRecord } from '../../isPlainRecord';
import { IntakeError, invalidOption, isIntakeError } from '../../errors';
import { resolveRunOptions, type ResolvedRunOptions } from '../../importer/options';
import type { FilterGroup, FlatFilter } from '../types';
import { checkFetchFilter } from './checkFetchFilter';
import type { FetchOptions } from './types';

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
export const MAX_PAGE_SIZE = 10_000;

/** FetchOptions checked, with every default filled in. */
export interface ResolvedFetch {
	run: ResolvedRunOptions;
	request: FetchOptions['request'];
	/** Trimmed field names, or undefined for every field. */
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
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			name,
			`a whole number from ${min} to ${max}`,
			value,
		);
	return value;
}

function text(name: string, value: unknown, fallback: string): string {
	if (value === undefined) return fallback;
	if (typeof value !== 'string' || value.trim() === '')
		throw invalidOption('FETCH_INVALID_OPTION', name, 'a non-empty string', value);
	return value;
}

/** The run options an import shares (retries, time limit, …), checked by the importer's code under the fetch's error code. */
function resolveSharedRunOptions(options: FetchOptions): ResolvedRunOptions {
	try {
		return resolveRunOptions({ ...options, concurrency: 1, onProgress: undefined });
	} catch (error) {
		// the caller asked to fetch, not to import
		if (isIntakeError(error) && error.code === 'IMPORT_INVALID_OPTION')
			throw new IntakeError('FETCH_INVALID_OPTION', error.message, error.details);
		throw error;
	}
}

/** Checks what is asked of the target: the transport, the fields and the filter. */
function checkRequestOptions(options: FetchOptions): void {
	if (!isPlainRecord(options))
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			'options',
			'an object with a `request` function',
			options,
		);
	if (typeof options.request !== 'function')
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			'request',
			'a function (query, { page, signal }) => Promise<answer>',
			options.request,
		);
	if (
		options.fields !== undefined &&
		(!Array.isArray(options.fields) ||
			options.fields.some((f) => typeof f !== 'string' || f.trim() === ''))
	) {
		throw invalidOption('FETCH_INVALID_OPTION', 'fields', 'a list of field names', options.fields);
	}
	checkFetchFilter(options.filter);
}

/**
 * Checks {@link FetchOptions} once per run, before anything is requested,
 * in a fixed order (request, fields, filter, sortDir, the shared run options,
 * then the numbers), so the first problem is the one reported.
 *
 * @throws IntakeError `FETCH_INVALID_OPTION`
 */
export function resolveFetchOptions(options: FetchOptions): ResolvedFetch {
	checkRequestOptions(options);
	const sortDir = options.sortDir ?? DEFAULT_FETCH_OPTIONS.sortDir;
	if (sortDir !== 'asc' && sortDir !== 'desc')
		throw invalidOption('FETCH_INVALID_OPTION', 'sortDir', '"asc" or "desc"', sortDir);
	const run = resolveSharedRunOptions(options);
	const D = DEFAULT_FETCH_OPTIONS;
	const SAFE = Number.MAX_SAFE_INTEGER;
	return {
		run,
		request: options.request,
		fields: options.fields?.map((f) => f.trim()),
		filter: options.filter,
		sortBy: text('sortBy', options.sortBy, D.sortBy),
		sortDir,
		pageSize: whole('pageSize', options.pageSize, D.pageSize, 1, MAX_PAGE_SIZE),
		maxRecords: whole('maxRecords', options.maxRecords, SAFE, 1, SAFE),
		maxPages: whole('maxPages', options.maxPages, D.maxPages, 1, 1_000_000),
		idField: text('idField', options.idField, D.idField),
	};
}
