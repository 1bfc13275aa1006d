import { strToU8, Zip, ZipDeflate } from 'fflate';
import type { XlsxCell, XlsxOptions, XlsxStyle, XlsxValue } from './writeXlsx';
import {
	checkSheetNames,
	createStyleSheet,
	invalid,
	packageParts,
	rowXml,
	sheetHead,
	sheetTail,
	zipTime,
} from './parts';
import { MAX_ROWS } from './excelLimits';

/** One row of a streamed sheet. */
export type XlsxRow = ReadonlyArray<XlsxValue | XlsxCell>;

/** The one worksheet of {@link createXlsxStream}. */
export interface XlsxStreamSheet {
	/** 1–31 characters, none of `[]:*?/\`. */
	name: string;
	/**
	 * Column widths in characters, by 0-based column, or `'auto'`: measured on
	 * the first {@link XlsxStreamOptions.sampleRows} rows (held back until then,
	 * as the widths go before the rows in the file). Default none.
	 */
	columnWidths?: ReadonlyArray<number | undefined> | 'auto';
	/** Styles for the whole column, by 0-based column. */
	columnStyles?: ReadonlyArray<XlsxStyle | undefined>;
	/** Rows kept in view when scrolling (1 = the header row). */
	freezeRows?: number;
	/** Adds filter buttons to the first row over the used columns. */
	autoFilter?: boolean;
}

/** Options of {@link createXlsxStream}. */
export interface XlsxStreamOptions extends XlsxOptions {
	/** Deflate level, 0 (store) to 9. Default 6, as writeXlsx. */
	level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
	/** Rows measured for `columnWidths: 'auto'`. Default 1000. */
	sampleRows?: number;
}

/** Bytes of sheet XML gathered before they are handed to the compressor. */
const BATCH = 1 << 16;
/** The ZIP format without its ZIP64 extension (which fflate's streaming writer lacks) holds entries under 4 GiB. */
const MAX_PART = 0xffff_ffff;

function displayLength(item: XlsxValue | XlsxCell): number {
	const value =
		typeof item === 'object' && item !== null && !(item instanceof Date) ? item.value : item;
	if (value === null || value === undefined) return 0;
	if (value instanceof Date) return value.getTime() % 86_400_000 === 0 ? 10 : 19;
	const text = String(value);
	// the longest line of a wrapped cell
	return text.includes('\n') ? Math.max(...text.split('\n').map((l) => l.length)) : text.length;
}

/**
 * Measures column widths for a sheet from its rows: the longest text in each
 * column plus a margin, between 6 and 60 characters.
 *
 * @param rows - the rows to measure (a header row counts like any other)
 * @returns widths in characters, by 0-based column
 * @example
 * measureColumnWidths([['Name', 'Email'], ['Zoë', 'zoe.long.address@example.com']])
 * //=> [ 6, 30 ]
 */
export function measureColumnWidths(rows: ReadonlyArray<XlsxRow>): number[] {
	const widths: number[] = [];
	for (const row of rows) {
		for (let c = 0; c < row.length; c++)
			widths[c] = Math.max(widths[c] ?? 0, displayLength(row[c]));
	}
	return Array.from(widths, (w) => Math.min(60, Math.max(6, (w ?? 0) + 2)));
}

/**
 * Writes a one-sheet XLSX workbook as a stream of chunks, row by row, so
 * memory holds one batch of rows (about 64 KB of XML) and the compressor's
 * window, however many rows there are. Cells are written as by
 * {@link writeXlsx} (shared code): typed numbers, booleans and dates, text
 * never a formula, styles. Pure JavaScript (fflate's streaming `Zip`).
 *
 * @param sheet - the sheet's name and layout
 * @param rows - the rows, from an array, a generator or an async iterable
 * @param options - document properties, deflate level
 * @returns the file's bytes, in chunks, in order
 * @throws IntakeError `XLSX_INVALID_OPTION` for a bad sheet name, more than 1,048,576 rows, a row past 16,384 cells, a cell past 32,767 characters or a sheet past 4 GiB of XML
 *
 * @example
 * const chunks = []
 * for await (const chunk of createXlsxStream({ name: 'Clients', freezeRows: 1, autoFilter: true }, [['Name'], ['José']])) chunks.push(chunk)
 * chunks[0].subarray(0, 2) //=> Uint8Array [ 80, 75 ] ("PK")
 */
export async function* createXlsxStream(
	sheet: XlsxStreamSheet,
	rows: AsyncIterable<XlsxRow> | Iterable<XlsxRow>,
	options: XlsxStreamOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
	checkSheetNames([sheet?.name]);
	const level = options.level ?? 6;
	if (!Number.isInteger(level) || level < 0 || level > 9)
		throw invalid(
			`Invalid option \`level\`: expected a whole number from 0 to 9, got ${JSON.stringify(level)}`,
		);
	const sampleRows = options.sampleRows ?? 1000;
	if (!Number.isInteger(sampleRows) || sampleRows < 1)
		throw invalid(
			`Invalid option \`sampleRows\`: expected a whole number of at least 1, got ${JSON.stringify(sampleRows)}`,
		);

	const out: Uint8Array[] = [];
	let failure: Error | null = null;
	const zip = new Zip((error, chunk) => {
		if (error) failure = error;
		else out.push(chunk);
	});
	const time = zipTime(options);
	const open = (path: string): ZipDeflate => {
		const file = new ZipDeflate(path, { level });
		file.mtime = time;
		zip.add(file);
		return file;
	};
	function* drain(): Generator<Uint8Array> {
		if (failure) throw failure;
		while (out.length) yield out.shift() as Uint8Array;
	}

	for (const [path, bytes] of packageParts([sheet.name], options)) open(path).push(bytes, true);
	yield* drain();

	const styles = createStyleSheet();
	const iterator = (
		Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]()
	) as AsyncIterator<XlsxRow> | Iterator<XlsxRow>;
	// the widths go before the rows, so 'auto' holds back the rows it measures
	const held: XlsxRow[] = [];
	let done = false;
	if (sheet.columnWidths === 'auto') {
		while (held.length < sampleRows) {
			const next = await iterator.next();
			if (next.done) {
				done = true;
				break;
			}
			held.push(next.value);
		}
	}
	const widths = sheet.columnWidths === 'auto' ? measureColumnWidths(held) : sheet.columnWidths;
	const part = open('xl/worksheets/sheet1.xml');
	let batch = sheetHead({ ...sheet, columnWidths: widths }, 0, undefined, styles);
	let size = 0;
	let count = 0;
	let width = 0;
	const add = (row: XlsxRow): void => {
		if (count >= MAX_ROWS)
			throw invalid(
				`The sheet "${sheet.name}" has more than the ${MAX_ROWS} rows a worksheet holds.`,
			);
		batch += rowXml(row, count++, styles, sheet.name);
		if (row.length > width) width = row.length;
	};
	const flush = (final: boolean): void => {
		const bytes = strToU8(batch);
		batch = '';
		size += bytes.length;
		if (size > MAX_PART)
			throw invalid(
				`The sheet "${sheet.name}" passes 4 GiB of XML, more than this writer can put in a ZIP; split the export.`,
			);
		part.push(bytes, final);
	};
	for (const row of held) add(row);
	held.length = 0;
	while (!done) {
		const next = await iterator.next();
		if (next.done) break;
		add(next.value);
		if (batch.length >= BATCH) {
			flush(false);
			yield* drain();
		}
	}
	batch += sheetTail(sheet.autoFilter, width, count, undefined);
	flush(true);
	open('xl/styles.xml').push(strToU8(styles.xml()), true);
	zip.end();
	yield* drain();
}
