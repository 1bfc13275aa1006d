import { basename, extname } from 'node:path';
import { readFileSync } from 'node:fs';
import type {
	ExportFormat,
	ExportOptions,
	FilterGroup,
	FlatFilter,
	SortKey,
} from '../../../../lib';
import { fail } from '../../common';
import { fsReason } from './fileErrors';
import { parseCount } from '../map/parseCount';

/** The options of `intake export`, as commander hands them over. */
export interface ExportCommandOptions {
	out: string;
	fields?: string;
	filter?: string;
	sort?: string;
	limit?: string;
	title?: string;
	/** The worksheet to read from a workbook. */
	sheet?: string;
	/** Day-month order of numeric dates, for the filter and the sort: auto, MDY, DMY or YMD. */
	dateOrder?: string;
	/** No progress bar (there is none either when stderr is not a terminal). */
	quiet?: boolean;
}

const OUT_FORMATS: readonly ExportFormat[] = ['csv', 'tsv', 'xlsx', 'json', 'ndjson', 'pdf'];

/** The output format, from the extension of `--out` (`.jsonl` is NDJSON). */
export function outFormatOf(out: string): ExportFormat {
	const ext = extname(out).slice(1).toLowerCase();
	const format = (ext === 'jsonl' ? 'ndjson' : ext) as ExportFormat;
	if (!OUT_FORMATS.includes(format))
		fail(`--out ${out}: expected a file ending in .csv, .tsv, .xlsx, .json, .ndjson or .pdf`);
	return format;
}

/** `--filter`: JSON text (starting with `{`), or a .json file holding it. */
function filterOf(value: string): FilterGroup | FlatFilter {
	let text = value.trim();
	if (!text.startsWith('{')) {
		try {
			text = readFileSync(value, 'utf8');
		} catch (error) {
			fail(
				`--filter ${value}: ${fsReason(error) ?? String(error)} (give a filter .json file or the filter's JSON)`,
			);
		}
	}
	try {
		return JSON.parse(text) as FilterGroup | FlatFilter;
	} catch (error) {
		return fail(`--filter: not valid JSON (${(error as Error).message})`);
	}
}

/** `--date-order`: how 03/04/2025 reads in a filter or a sort. */
function dateOrderOf(value: string): 'auto' | 'MDY' | 'DMY' | 'YMD' {
	const order = value.trim().toUpperCase();
	if (order === 'AUTO') return 'auto';
	if (order !== 'MDY' && order !== 'DMY' && order !== 'YMD')
		fail(`--date-order ${JSON.stringify(value)}: expected auto, MDY, DMY or YMD`);
	return order;
}

/** `--sort name,fee:desc`: keys in order; a key ends `:asc` or `:desc` (default asc). */
function sortOf(value: string): SortKey[] {
	return value
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.map((part) => {
			const m = /^(.*):(asc|desc)$/i.exec(part);
			if (!m && part.includes(':'))
				fail(`--sort ${JSON.stringify(part)}: a direction is asc or desc (e.g. --sort fee:desc)`);
			return m ? { field: m[1], direction: m[2].toLowerCase() as 'asc' | 'desc' } : { field: part };
		});
}

/**
 * Turns the flags of `intake export` into the library's ExportOptions: the
 * format from the extension of `--out`, `--fields a,b:Label`, `--filter`
 * (JSON or a .json file), `--sort a,b:desc`, `--limit N`, `--title T`.
 *
 * @param options - the flags as given
 * @returns the export options
 * @throws CliError (exit 64) naming the flag that is wrong
 *
 * @example
 * parseExportOptions({ out: 'x.csv', fields: 'name:Name,email', sort: 'fee:desc', limit: '10' })
 * //=> { format: 'csv', fileName: 'x.csv', fields: ['name:Name', 'email'], sort: [{ field: 'fee', direction: 'desc' }], limit: 10 }
 */
export function parseExportOptions(options: ExportCommandOptions): ExportOptions {
	const format = outFormatOf(options.out);
	const fields = options.fields
		?.split(',')
		.map((f) => f.trim())
		.filter((f) => f !== '');
	if (fields !== undefined && fields.length === 0)
		fail('--fields: name at least one field (e.g. --fields name,email:Email)');
	const limit = parseCount('--limit', options.limit, 0);
	return {
		format,
		fileName: basename(options.out),
		...(fields !== undefined && { fields }),
		...(options.filter !== undefined && { filter: filterOf(options.filter) }),
		...(options.sort !== undefined && { sort: sortOf(options.sort) }),
		...(limit !== undefined && { limit }),
		...(options.title !== undefined && { title: options.title }),
		...(options.dateOrder !== undefined && { dateOrder: dateOrderOf(options.dateOrder) }),
	};
}
