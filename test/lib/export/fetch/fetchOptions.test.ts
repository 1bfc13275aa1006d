import {
	DEFAULT_FETCH_OPTIONS,
	resolveFetchOptions,
} from '../../../../lib/export/fetch/fetchOptions';
import type { FetchOptions } from '../../../../lib/export/fetch/types';

const request: FetchOptions['request'] = async () => ({});

describe('resolveFetchOptions', () => {
	it('returns the defaults filled in, fields trimmed', () => {
		const o = resolveFetchOptions({ request, fields: [' name '], retry: { attempts: 1 } });
		expect({ ...o, run: undefined }).toEqual({
			run: undefined,
			request,
			fields: ['name'],
			filter: undefined,
			sortBy: DEFAULT_FETCH_OPTIONS.sortBy,
			sortDir: 'desc',
			pageSize: 1000,
			maxRecords: Number.MAX_SAFE_INTEGER,
			maxPages: 1000,
			idField: 'id',
		});
		expect(o.run.concurrency).toBe(1);
	});

	it.each([
		[
			{ request: 'x' },
			'Invalid option `request`: expected a function (query, { page, signal }) => Promise<answer>, got "x"',
		],
		[
			{ request, retry: { attempts: 1 }, pageSize: 10_001 },
			'Invalid option `pageSize`: expected a whole number from 1 to 10000, got 10001',
		],
		[{ request, sortDir: 'up' }, 'Invalid option `sortDir`: expected "asc" or "desc", got "up"'],
		[
			{ request, retry: { attempts: 1 }, idField: ' ' },
			'Invalid option `idField`: expected a non-empty string, got " "',
		],
		[
			{ request, fields: ['a', ''] },
			'Invalid option `fields`: expected a list of field names, got ["a",""]',
		],
	])('returns FETCH_INVALID_OPTION for %j', (options, message) => {
		expect(() => resolveFetchOptions(options as unknown as FetchOptions)).toThrow(
			expect.objectContaining({ code: 'FETCH_INVALID_OPTION', message }),
		);
	});

	it("returns the importer's run-option errors under FETCH_INVALID_OPTION", () => {
		expect(() =>
			resolveFetchOptions({ request, retry: { attempts: 1 }, maxDurationMs: -1 }),
		).toThrow(expect.objectContaining({ code: 'FETCH_INVALID_OPTION' }));
	});
});
