import { invalidOption } from '../errors';
import { describeFilter } from './describeFilter';
import { checkFieldsExist, collectFields, readerOf, type FieldSpec } from './fields';
import { FORMATS, normalizeExportOptions, type CheckedExportOptions } from './options';
import { countPdfReplacements } from './pdf/countPdfReplacements';
import { writePdfTable, type PdfTable } from './pdf/writePdfTable';
import { prepareRecords } from './prepareRecords';
import type { ExportOptions, ExportRecord, ExportResult, FilterGroup, FlatFilter } from './types';
import { textOf } from './values';
import { writeRecords } from './writeRecords';
import { concatBytes } from '../bytes/concatBytes';
import { findDateColumns } from './findDateColumns';

/** The report's "generated at" line: the time in UTC to the minute. */
function generatedLine(at: Date): string {
	return `Generated ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function pdf(
	records: ExportRecord[],
	fields: FieldSpec[],
	opts: CheckedExportOptions,
	filter: FilterGroup | FlatFilter | undefined,
): { data: Uint8Array; warnings: string[] } {
	const at = opts.generatedAt ?? new Date();
	const count = records.length;
	const readers = fields.map(readerOf);
	const table: PdfTable = {
		title: opts.title ?? 'Export',
		subtitle: [
			generatedLine(at),
			describeFilter(filter),
			`${count.toLocaleString('en-US')} ${count === 1 ? 'record' : 'records'}`,
		],
		headers: fields.map((f) => f.header),
		rows: records.map((r) => readers.map((read) => textOf(read(r)))),
	};
	// the PDF's built-in fonts draw Latin letters with any accent; others show as ? (and still copy out right): say so
	const replaced = countPdfReplacements(table);
	const warnings =
		replaced > 0
			? [
					`${replaced} character${replaced === 1 ? '' : 's'} outside the Latin alphabets (Greek, Cyrillic, CJK, emoji) show as ? in the PDF, though they copy out right; export as XLSX or CSV to keep them visible.`,
				]
			: [];
	return {
		data: writePdfTable(table, { orientation: opts.orientation, creationDate: at }),
		warnings,
	};
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const chunk of chunks) parts.push(chunk);
	return concatBytes(parts);
}

/**
 * Exports records as one file: CSV, TSV, XLSX, JSON, NDJSON or PDF, with the
 * fields picked, renamed and ordered, a filter (FilterGroup or flat), sort
 * keys and a limit, applied in that order (filter, sort, limit).
 *
 * - **CSV / TSV:** RFC 4180 quoting, UTF-8 with a byte-order mark (`bom`,
 *   default on, so Excel reads accents), CRLF (`lineEnding`); numbers as JS
 *   writes them, booleans `true`/`false`, Dates ISO 8601 (`2025-01-05` at
 *   midnight UTC, else `2025-01-05T10:30:00Z`), nested objects and lists as
 *   JSON; text a spreadsheet would run as a formula gets a leading `'`
 *   (`formulaGuard`, default on; see escapeFormula).
 * - **XLSX:** one sheet named after `title`; a bold, frozen header row with
 *   filter buttons; widths from the content; numbers, Dates and ISO date
 *   text as real numbers and dates; text never a formula.
 * - **JSON:** `{ format: 'json', records, total }` or a plain array
 *   (`jsonShape`); **NDJSON:** one record a line. With `fields`, each record
 *   is an object of the picked fields under their headers; without, the
 *   record whole. Dates as ISO text.
 * - **PDF:** a table report (writePdfTable): the title, a generated-at line
 *   (`generatedAt`, an injected clock), the filter in words
 *   (describeFilter), the record count.
 *
 * Without `fields`, every top-level field of the records written, in
 * first-seen order. For exports too large for memory, use exportRecordStream.
 *
 * @param records - the records (plain objects; nested allowed)
 * @param options - see {@link ExportOptions}
 * @returns `{ data, fileName, mimeType, count }`
 * @throws IntakeError `EXPORT_INVALID_OPTION` naming the option, `EXPORT_INVALID_FILTER`, `EXPORT_UNKNOWN_FIELD` naming the fields that exist
 *
 * @example
 * const result = await exportRecords(
 *   [{ name: 'José', email: 'jose@example.com', fee: 1200 }, { name: 'Zoë', email: '=cmd|x', fee: 90 }],
 *   { format: 'csv', fields: ['name:Name', 'email:Email Address'], sort: [{ field: 'fee' }], fileName: 'contacts_export', bom: false },
 * )
 * new TextDecoder().decode(result.data)
 * //=> 'Name,Email Address\r\nZoë,\'=cmd|x\r\nJosé,jose@example.com\r\n'
 * result.fileName //=> 'contacts_export.csv'
 */
export async function exportRecords(
	records: readonly ExportRecord[],
	options: ExportOptions,
): Promise<ExportResult> {
	const opts = normalizeExportOptions(options, ['csv', 'tsv', 'xlsx', 'json', 'ndjson', 'pdf']);
	if (!Array.isArray(records))
		throw invalidOption(
			'EXPORT_INVALID_OPTION',
			'records',
			'an array of records (exportRecordStream takes an iterable)',
			records,
		);
	if (opts.fields)
		checkFieldsExist(
			opts.fields.map((f) => f.path),
			records,
		);
	const kept = prepareRecords(records, opts);
	const whole = !opts.fields && (opts.format === 'json' || opts.format === 'ndjson');
	const picked =
		opts.fields ??
		(whole ? undefined : collectFields(kept).map((path) => ({ path, header: path })));
	// a column of dates written in several forms comes out as one: ISO text (CSV, TSV, PDF), date cells (XLSX)
	const dates =
		picked && opts.format !== 'json' && opts.format !== 'ndjson'
			? findDateColumns(kept, picked, opts.dateOrder)
			: undefined;
	const fields = picked?.map((f) =>
		dates?.has(f.path) ? { ...f, convert: dates.get(f.path) } : f,
	);
	const { mimeType } = FORMATS[opts.format];
	if (opts.format === 'pdf') {
		const { data, warnings } = pdf(kept, fields ?? [], opts, options.filter);
		return {
			data,
			fileName: opts.fileName,
			mimeType,
			count: kept.length,
			...(warnings.length > 0 ? { warnings } : {}),
		};
	}
	const data = await collect(writeRecords(kept, fields, opts, () => undefined));
	return { data, fileName: opts.fileName, mimeType, count: kept.length };
}
