import { IntakeError } from '../errors';
import type { SpreadsheetFormat } from '../types';
import { readCsvRows } from './csv/readCsvRows';
import { detectFormat, unsupported } from './detectFormat';
import type { NormalizedReadOptions } from './options';
import type { IssueSink, RawRow } from './rawRow';
import { sniffEncoding } from './sniffEncoding';
import type { ByteSource } from './takePrefix';
import { openOdsBook } from './ods/openOdsBook';
import { openXlsBook, type XlsBook } from './xls/readXlsRows';
import { classifyZip } from './xlsx/classifyZip';
import { checkDeclaredSize } from './xlsx/inflateZipEntry';
import { openXlsxPackage } from './xlsx/openXlsxPackage';
import { readXlsxRows } from './xlsx/readXlsxRows';
import { readZipDirectory, type ZipEntry } from './xlsx/readZipDirectory';

/** A file's raw rows, from whichever reader its format needs, and what that reader settled. */
export interface RowSource {
	/** The format detected (`csv` until a tab delimiter makes it `tsv`, see {@link RowSource.delimiter}). */
	format: SpreadsheetFormat;
	/** Batches of raw rows, header row included, in order. */
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>;
	/** Text encoding in use (CSV/TSV only). */
	encoding?: string;
	/** Every sheet of the workbook (XLSX/XLS only). */
	sheets?: string[];
	/** The sheet read (XLSX/XLS only). */
	sheet?: string;
	/** The field delimiter (CSV/TSV only): known once the first batch has been read, `undefined` before. */
	delimiter: () => string | undefined;
	/**
	 * With `sheet: '*'`, the workbook's other visible worksheets, in order, each
	 * opened only as its batches are read (`sheet` names it; `rest` is not set on them).
	 */
	rest?: RowSource[];
}

const noDelimiter = (): undefined => undefined;

/** The `sheet` option's value for every sheet. */
export const ALL = '*';

/**
 * Opens the reader a file's format needs: CSV/TSV text streams chunk by
 * chunk; XLSX, XLS and ODS are read whole first. With `sheet: '*'`, the
 * first worksheet is returned with the others as its `rest`. A format chosen in the options
 * must match what the bytes are.
 *
 * @param source - the input, with its first bytes taken (see {@link takePrefix})
 * @param opts - the read options (format, encoding, delimiter, sheet)
 * @param onIssue - where row-level issues go
 * @returns the raw rows and what was detected
 * @throws IntakeError `UNSUPPORTED_FORMAT` (not a spreadsheet, or not the format chosen),
 *   `FILE_ENCRYPTED`, and the readers' own errors (`FILE_CORRUPT`, `ZIP_BOMB`, `SHEET_NOT_FOUND`, …)
 * @example
 * const source = await takePrefix(new TextEncoder().encode('a;b\n1;2\n'), opts)
 * const rows = await openRowSource(source, opts, onIssue)
 * [rows.format, rows.encoding]
 * //=> ['csv', 'utf-8']
 */
export async function openRowSource(
	source: ByteSource,
	opts: NormalizedReadOptions,
	onIssue: IssueSink,
): Promise<RowSource> {
	const guess = detectFormat(source.prefix, opts.fileName);
	if (guess.container === 'text') return openTextRows(source, guess.format, opts, onIssue);
	const bytes = await source.all();
	if (guess.container === 'zip') return openXlsxRows(bytes, opts, onIssue);
	if (guess.container === 'cfb' && hasStream(bytes, 'EncryptedPackage')) {
		throw new IntakeError(
			'FILE_ENCRYPTED',
			'The workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password), save it, and try again.',
		);
	}
	if (guess.format === 'ods') {
		checkChosenFormat(opts, 'ods', 'a flat OpenDocument (FODS) spreadsheet');
		return openBookRows('ods', openOdsBook, bytes, opts, onIssue);
	}
	checkChosenFormat(opts, 'xls', 'a legacy Excel (XLS) workbook');
	return openBookRows('xls', openXlsBook, bytes, opts, onIssue);
}

/** Opens a legacy or OpenDocument workbook: both readers give the same shape. */
type OpenBook = (
	bytes: Uint8Array,
	sheet: string | number | undefined,
	onIssue: IssueSink,
	opts: { fillMerged: boolean },
) => Promise<XlsBook>;

/** A legacy or OpenDocument workbook: the sheet asked for, or with `'*'` each visible sheet, read when its rows are. */
async function openBookRows(
	format: 'xls' | 'ods',
	openBook: OpenBook,
	bytes: Uint8Array,
	opts: NormalizedReadOptions,
	onIssue: IssueSink,
): Promise<RowSource> {
	const merged = { fillMerged: opts.fillMerged };
	const book = await openBook(bytes, opts.sheet === ALL ? undefined : opts.sheet, onIssue, merged);
	const sheets = book.sheets.map((s) => s.name);
	const chosen: RowSource = {
		format,
		batches: book.rows(),
		sheets,
		sheet: sheets[book.sheetIndex],
		delimiter: noDelimiter,
	};
	if (opts.sheet !== ALL) return chosen;
	// each sheet is read when its rows are: from the book already opened, where the reader can
	const lazy = (i: number): RowSource => ({
		...chosen,
		sheet: sheets[i],
		batches: (async function* () {
			yield* book.rowsOf ? book.rowsOf(i) : (await openBook(bytes, i, onIssue, merged)).rows();
		})(),
	});
	return everySheet(book.sheets, () => true, lazy, onIssue);
}

/**
 * With `sheet: '*'`: the visible sheets `isTable` accepts, the first as the
 * source and the others as its `rest`. A hidden sheet is reported, not read.
 */
function everySheet(
	sheets: ReadonlyArray<{ name: string; state: string }>,
	isTable: (i: number) => boolean,
	open: (i: number) => RowSource,
	onIssue: IssueSink,
): RowSource {
	const read: RowSource[] = [];
	sheets.forEach((s, i) => {
		if (!isTable(i)) return;
		if (s.state !== 'visible') {
			onIssue({
				row: 1,
				sheet: s.name,
				code: 'SHEET_SKIPPED',
				message: `The sheet "${s.name}" is hidden, so it was not read with the other sheets. To read it, unhide it in the workbook or pick it by name.`,
			});
			return;
		}
		read.push(open(i));
	});
	// No visible worksheet: the first sheet is read, so the file still says it is empty.
	if (read.length === 0) return open(0);
	return { ...read[0], rest: read.slice(1) };
}

/** CSV/TSV: the encoding is chosen now (sniffed from the prefix on `'auto'`), the delimiter once the text starts. */
function openTextRows(
	source: ByteSource,
	format: SpreadsheetFormat,
	opts: NormalizedReadOptions,
	onIssue: IssueSink,
): RowSource {
	checkChosenFormat(opts, 'csv', 'a CSV/TSV text file');
	const guessed = opts.encoding === 'auto';
	const encoding = guessed
		? sniffEncoding(source.prefix, !source.complete).encoding
		: opts.encoding;
	const delimiter = opts.delimiter === 'auto' && opts.format === 'tsv' ? '\t' : opts.delimiter;
	let settled: string | undefined;
	const rows = readCsvRows(source.chunks(), {
		encoding,
		delimiter,
		encodingGuessed: guessed,
		onIssue,
		onDialect: (d) => {
			settled = d.delimiter;
		},
	});
	return {
		format,
		batches: rows[Symbol.asyncIterator](),
		encoding,
		delimiter: () => settled,
	};
}

/** Whether a ZIP archive is an OpenDocument package (its reader tells a spreadsheet from a text or a slide deck). */
function isOpenDocument(entries: readonly ZipEntry[]): boolean {
	return (
		entries.some((e) => e.name === 'mimetype') && entries.some((e) => e.name === 'content.xml')
	);
}

/** A ZIP must be an XLSX workbook or an ODS spreadsheet (not a Word file); its chosen sheet is opened. */
async function openXlsxRows(
	bytes: Uint8Array,
	opts: NormalizedReadOptions,
	onIssue: IssueSink,
): Promise<RowSource> {
	const entries = readZipDirectory(bytes);
	const kind = classifyZip(entries, bytes);
	if (kind !== 'xlsx' && isOpenDocument(entries)) {
		checkChosenFormat(opts, 'ods', 'an OpenDocument (ODS) spreadsheet');
		return openBookRows('ods', openOdsBook, bytes, opts, onIssue);
	}
	if (kind !== 'xlsx') throw unsupported(kind, opts.fileName);
	checkChosenFormat(opts, 'xlsx', 'an XLSX workbook');
	const pkg = await openXlsxPackage(bytes, opts.sheet === ALL ? undefined : opts.sheet);
	const sheets = pkg.sheets.map((s) => s.name);
	const merged = { fillMerged: opts.fillMerged };
	const open = (sheetIndex: number): RowSource => {
		const entry = pkg.sheets[sheetIndex].entry;
		// openXlsxPackage checked the chosen sheet's declared size; another sheet is checked here
		if (entry && sheetIndex !== pkg.sheetIndex) checkDeclaredSize(entry, pkg.limits);
		return {
			format: 'xlsx',
			batches: readXlsxRows({ ...pkg, sheetIndex }, onIssue, merged)[Symbol.asyncIterator](),
			sheets,
			sheet: sheets[sheetIndex],
			delimiter: noDelimiter,
		};
	};
	if (opts.sheet !== ALL) return open(pkg.sheetIndex);
	const isTable = (i: number): boolean =>
		pkg.sheets[i].kind === 'worksheet' && pkg.sheets[i].entry !== undefined;
	return everySheet(pkg.sheets, isTable, open, onIssue);
}

/** Throws when the format set in the options is not the family the bytes belong to (`tsv` counts as `csv`). */
function checkChosenFormat(
	opts: NormalizedReadOptions,
	family: 'csv' | 'xlsx' | 'xls' | 'ods',
	what: string,
): void {
	if (opts.format === 'auto') return;
	const chosen = opts.format === 'tsv' ? 'csv' : opts.format;
	if (chosen !== family) {
		throw new IntakeError(
			'UNSUPPORTED_FORMAT',
			`The format is set to ${opts.format.toUpperCase()}, but the file is ${what}. Set the format to auto-detect, or to match the file.`,
			{ chosen: opts.format, detected: family },
		);
	}
}

/** Whether a compound file names a stream (directory names are UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
	const needle = new Uint8Array(name.length * 2);
	for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
	const first = needle[0];
	outer: for (
		let at = bytes.indexOf(first);
		at >= 0 && at <= bytes.length - needle.length;
		at = bytes.indexOf(first, at + 1)
	) {
		for (let k = 1; k < needle.length; k++) if (bytes[at + k] !== needle[k]) continue outer;
		return true;
	}
	return false;
}
