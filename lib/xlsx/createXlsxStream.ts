import { strToU8, Zip, ZipDeflate } from 'fflate';
import { KIB } from '../bytes/sizes';
import { invalidOption } from '../errors';
import { MAX_ROWS } from './excelLimits';
import {
	checkSheetNames,
	overExcelLimit,
	packageParts,
	rowXml,
	sheetHead,
	sheetTail,
	zipTime,
} from './parts';
import { createStyleSheet, type StyleSheet } from './styleSheet';
import type { XlsxCell, XlsxOptions, XlsxStyle, XlsxValue } from './writeXlsx';

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
const BATCH = 64 * KIB;
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

/** Checks the stream's sheet name, deflate level and sample size. @throws IntakeError `XLSX_INVALID_OPTION` */
function checkStreamOptions(
	sheet: XlsxStreamSheet,
	options: XlsxStreamOptions,
): { level: NonNullable<XlsxStreamOptions['level']>; sampleRows: number } {
	checkSheetNames([sheet?.name], () => 'sheet.name');
	const level = options.level ?? 6;
	if (!Number.isInteger(level) || level < 0 || level > 9)
		throw invalidOption('XLSX_INVALID_OPTION', 'level', 'a whole number from 0 to 9', level);
	const sampleRows = options.sampleRows ?? 1000;
	if (!Number.isInteger(sampleRows) || sampleRows < 1)
		throw invalidOption(
			'XLSX_INVALID_OPTION',
			'sampleRows',
			'a whole number of at least 1',
			sampleRows,
		);
	return { level, sampleRows };
}

/**
 * fflate's streaming Zip with its output gathered: `open` adds a deflated
 * entry, `drain` hands out the bytes made so far (throwing the compressor's
 * error, if any), `end` closes the archive.
 */
function createZipSink(level: number, time: Date) {
	const out: Uint8Array[] = [];
	let failure: Error | null = null;
	const zip = new Zip((error, chunk) => {
		if (error) failure = error;
		else out.push(chunk);
	});
	return {
		open(path: string): ZipDeflate {
			const file = new ZipDeflate(path, { level: level as XlsxStreamOptions['level'] });
			file.mtime = time;
			zip.add(file);
			return file;
		},
		*drain(): Generator<Uint8Array> {
			if (failure) throw failure;
			while (out.length) yield out.shift() as Uint8Array;
		},
		end: () => zip.end(),
	};
}

/** Reads up to `count` rows ahead; `done` when the rows ran out first. */
async function readAhead(
	iterator: AsyncIterator<XlsxRow> | Iterator<XlsxRow>,
	count: number,
): Promise<{ held: XlsxRow[]; done: boolean }> {
	const held: XlsxRow[] = [];
	while (held.length < count) {
		const next = await iterator.next();
		if (next.done) return { held, done: true };
		held.push(next.value);
	}
	return { held, done: false };
}

/**
 * Turns rows into the sheet part's XML, in batches pushed to the part.
 * Invariants: `count` rows written, at most MAX_ROWS; `width` the widest row;
 * `size` the bytes pushed, at most 4 GiB (the most a ZIP entry holds without
 * ZIP64, which fflate's streaming writer lacks).
 */
class SheetBatcher {
	batch: string;
	count = 0;
	width = 0;
	private size = 0;

	constructor(
		private readonly part: ZipDeflate,
		private readonly styles: StyleSheet,
		private readonly name: string,
		head: string,
	) {
		this.batch = head;
	}

	add(row: XlsxRow): void {
		if (this.count >= MAX_ROWS)
			throw overExcelLimit(
				`The sheet "${this.name}" has more than the ${MAX_ROWS} rows a worksheet holds.`,
			);
		this.batch += rowXml(row, this.count++, this.styles, this.name);
		if (row.length > this.width) this.width = row.length;
	}

	flush(final: boolean): void {
		const bytes = strToU8(this.batch);
		this.batch = '';
		this.size += bytes.length;
		if (this.size > MAX_PART)
			throw overExcelLimit(
				`The sheet "${this.name}" passes 4 GiB of XML, more than this writer can put in a ZIP; split the export.`,
			);
		this.part.push(bytes, final);
	}
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
	const { level, sampleRows } = checkStreamOptions(sheet, options);
	const sink = createZipSink(level, zipTime(options));
	for (const [path, bytes] of packageParts([sheet.name], options))
		sink.open(path).push(bytes, true);
	yield* sink.drain();

	const styles = createStyleSheet();
	const iterator = (
		Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]()
	) as AsyncIterator<XlsxRow> | Iterator<XlsxRow>;
	// the widths go before the rows, so 'auto' holds back the rows it measures
	let held: XlsxRow[] = [];
	let done = false;
	let widths = sheet.columnWidths;
	if (widths === 'auto') {
		({ held, done } = await readAhead(iterator, sampleRows));
		widths = measureColumnWidths(held);
	}
	const head = sheetHead({ ...sheet, columnWidths: widths }, 0, undefined, styles);
	const sheetPart = new SheetBatcher(
		sink.open('xl/worksheets/sheet1.xml'),
		styles,
		sheet.name,
		head,
	);
	for (const row of held) sheetPart.add(row);
	held.length = 0;
	while (!done) {
		const next = await iterator.next();
		if (next.done) break;
		sheetPart.add(next.value);
		if (sheetPart.batch.length >= BATCH) {
			sheetPart.flush(false);
			yield* sink.drain();
		}
	}
	sheetPart.batch += sheetTail(sheet.autoFilter, sheetPart.width, sheetPart.count, undefined);
	sheetPart.flush(true);
	sink.open('xl/styles.xml').push(strToU8(styles.xml()), true);
	sink.end();
	yield* sink.drain();
}
