import { IntakeError } from '../../errors';
import { pickSheet } from '../pickSheet';
import type { IssueSink, RawRow } from '../rawRow';
import type { CellGrid, GridSheet } from './createCellGrid';
import { decodeMarkup } from './decodeMarkup';
import { readBiffSheet } from './readBiffSheet';
import { readBiffWorkbook, type BiffWorkbook } from './readBiffWorkbook';
import { BOF_IDS } from './walkRecords';
import { readCompoundFile } from './readCompoundFile';
import { readHtmlTables } from './readHtmlTables';
import { readSpreadsheetMl } from './readSpreadsheetMl';
import { SNIFF_BYTES } from '../../bytes/sizes';
import { createMergeFiller, type MergeFiller } from '../xlsx/createMergeFiller';

/** A legacy workbook, opened. */
export interface XlsBook {
	sheets: Array<{ name: string; state: string }>;
	sheetIndex: number;
	rows: () => Generator<RawRow[]>;
	/** The rows of any sheet by its index, with the same options, without opening the file again (for reading every sheet). */
	rowsOf?: (sheetIndex: number) => Generator<RawRow[]>;
}

/** How a legacy workbook's rows are read. */
export interface XlsReadOptions {
	/** Whether a merged range's value is copied into every cell of the range (default false: only its first cell holds it). */
	fillMerged?: boolean;
}

const BATCH = 512;
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A sheet to choose from: its name, state, whether it can hold cells, and its cells, read on demand. */
interface Candidate {
	name: string;
	state: string;
	worksheet: boolean;
	read: () => CellGrid;
}

/**
 * Opens a legacy Excel workbook: a BIFF8 (Excel 97–2003) or BIFF5/7
 * (Excel 5–95) workbook in its compound file, a BIFF2–4 worksheet or BIFF4
 * workbook (Excel 2–4, no container), or the HTML tables and SpreadsheetML 2003 XML that many
 * systems save with an .xls name. Everything is read here in plain
 * TypeScript with bounded loops, so a damaged file ends in an error, never a
 * hang. With no sheet asked for, the first visible worksheet that has cells is
 * read (chart and macro sheets are skipped).
 *
 * @param bytes - the file
 * @param sheet - a sheet name or 0-based index; undefined for the default
 * @param onIssue - where cells showing an error value (#N/A, #DIV/0!, …) are reported, as their rows are read
 * @param opts - `fillMerged`: copy each merged range's value (MERGEDCELLS, `ss:MergeAcross`/`ss:MergeDown`, colspan/rowspan) into all its cells
 * @returns the sheets, the chosen one, and its rows in row order, in batches
 * @throws IntakeError `FILE_CORRUPT` for a damaged file, `FILE_ENCRYPTED` for a password-protected one, `SHEET_NOT_FOUND` for an unknown sheet
 * @example
 * const book = await openXlsBook(bytes, undefined, () => undefined)
 * book.sheets[book.sheetIndex].name
 * //=> 'People'
 */
export async function openXlsBook(
	bytes: Uint8Array,
	sheet: string | number | undefined,
	onIssue: IssueSink,
	opts?: XlsReadOptions,
): Promise<XlsBook> {
	const candidates = openCandidates(bytes);
	if (candidates.length === 0)
		throw new IntakeError(
			'FILE_CORRUPT',
			'The workbook has no sheets. Open it in Excel and save it again.',
		);
	const names = candidates.map((c) => c.name);
	let sheetIndex: number;
	let grid: CellGrid;
	if (sheet === undefined) ({ sheetIndex, grid } = pickDefault(candidates));
	else {
		sheetIndex = pickSheet(names, sheet);
		grid = candidates[sheetIndex].read();
	}
	return {
		sheets: candidates.map((c) => ({ name: c.name, state: c.state })),
		sheetIndex,
		rows: () => emitRows(grid, onIssue, opts?.fillMerged === true),
		rowsOf: (i) =>
			emitRows(
				i === sheetIndex ? grid : candidates[pickSheet(names, i)].read(),
				onIssue,
				opts?.fillMerged === true,
			),
	};
}

function openCandidates(bytes: Uint8Array): Candidate[] {
	if (CFB_SIGNATURE.every((b, i) => bytes[i] === b)) {
		const cfb = readCompoundFile(bytes);
		let name = 'Workbook';
		let stream = cfb.stream(name);
		if (!stream) {
			name = 'Book';
			stream = cfb.stream(name);
		}
		if (!stream && cfb.entries.some((e) => /^(EncryptedPackage|EncryptionInfo)$/i.test(e.name))) {
			// An encrypted .xlsx: the real workbook is inside, under a password.
			throw new IntakeError(
				'FILE_ENCRYPTED',
				'The workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password), save it, and try again.',
			);
		}
		if (!stream) {
			const what = cfb.entries.some((e) => /^(WordDocument|PowerPoint Document)$/i.test(e.name))
				? 'a Word or PowerPoint document'
				: 'a compound file without a workbook';
			throw new IntakeError(
				'UNSUPPORTED_FORMAT',
				`The file is ${what}, not a spreadsheet. Upload a CSV, TSV, XLSX or XLS file.`,
				{ detected: what },
			);
		}
		return biffCandidates(stream, name);
	}
	if (bytes.length >= 4 && BOF_IDS.has(bytes[0] | (bytes[1] << 8))) return biffCandidates(bytes);
	const text = decodeMarkup(bytes);
	const head = text.slice(0, SNIFF_BYTES);
	const sheets: GridSheet[] =
		/<(?:[\w-]+:)?Workbook[\s>]/.test(head) &&
		head.includes('urn:schemas-microsoft-com:office:spreadsheet') &&
		!/<html[\s>]/i.test(head)
			? readSpreadsheetMl(text)
			: readHtmlTables(text);
	if (sheets.length === 0)
		return [
			{
				name: 'Sheet1',
				state: 'visible',
				worksheet: true,
				read: () => ({ rows: [], count: 0, put: () => undefined }),
			},
		];
	return sheets.map((s) => ({ name: s.name, state: s.state, worksheet: true, read: () => s.grid }));
}

function biffCandidates(stream: Uint8Array, streamName?: string): Candidate[] {
	const book: BiffWorkbook = readBiffWorkbook(stream, streamName);
	return book.sheets.map((s) => {
		let grid: CellGrid | undefined;
		return {
			name: s.name,
			state: s.state,
			worksheet: s.kind === 'worksheet',
			read: () =>
				(grid ??= book.workspace
					? readWorkspaceSheet(stream, book, s.offset)
					: readBiffSheet(stream, book, s.offset)),
		};
	});
}

/** A BIFF4W sheet: a BIFF4 worksheet substream, read as a file of its own, in the workbook's code page and date system. */
function readWorkspaceSheet(stream: Uint8Array, book: BiffWorkbook, offset: number): CellGrid {
	const sheet = stream.subarray(Math.min(offset, stream.length));
	const own = readBiffWorkbook(sheet);
	own.codepage = book.codepage;
	own.date1904 ||= book.date1904;
	return readBiffSheet(sheet, own, 0);
}

/**
 * The first visible worksheet with cells; else the first worksheet with
 * cells; else the first worksheet. A sheet too damaged to read is passed
 * over, unless no other sheet has cells.
 */
function pickDefault(candidates: Candidate[]): { sheetIndex: number; grid: CellGrid } {
	let damage: unknown;
	let fallback: { sheetIndex: number; grid: CellGrid } | undefined;
	for (const visibleOnly of [true, false]) {
		for (let i = 0; i < candidates.length; i++) {
			const c = candidates[i];
			if (!c.worksheet || (visibleOnly && c.state !== 'visible')) continue;
			let grid: CellGrid;
			try {
				grid = c.read();
			} catch (e) {
				if (e instanceof IntakeError && e.code === 'FILE_CORRUPT') {
					damage ??= e;
					continue;
				}
				throw e;
			}
			if (grid.count > 0) return { sheetIndex: i, grid };
			fallback ??= { sheetIndex: i, grid };
		}
	}
	if (damage) throw damage;
	if (fallback) return fallback;
	return { sheetIndex: 0, grid: candidates[0].read() };
}

/** Rows in row order, each cell at its column, in batches; error cells are reported as their row goes out. */
function* emitRows(grid: CellGrid, onIssue: IssueSink, fillMerged: boolean): Generator<RawRow[]> {
	let batch: RawRow[] = [];
	const rows = grid.rows;
	const filler = fillMerged && grid.merges ? gridFiller(grid, onIssue) : undefined;
	for (let r = 0; r < rows.length; r++) {
		const line = rows[r];
		if (!line) continue;
		let width = 0;
		for (const c of line.cols) if (c >= width) width = c + 1;
		const cells: string[] = new Array(width).fill('');
		for (let k = 0; k < line.cols.length; k++) cells[line.cols[k]] = line.texts[k];
		if (line.errors) {
			for (const c of line.errors) {
				onIssue({
					row: r + 1,
					code: 'CELL_ERROR_VALUE',
					message: `Row ${r + 1}, cell ${columnName(c)}${r + 1}: the cell shows the error ${cells[c]}; it was kept as text. Fix the formula in the workbook.`,
				});
			}
		}
		const raw = { row: r + 1, cells };
		filler?.fill(raw);
		batch.push(raw);
		if (batch.length >= BATCH) {
			yield batch;
			batch = [];
		}
	}
	if (batch.length > 0) yield batch;
}

/** The filler of a grid's merged ranges, reaching no further right than its cells do. */
function gridFiller(grid: CellGrid, onIssue: IssueSink): MergeFiller {
	let last = 0;
	for (const line of grid.rows) if (line) for (const c of line.cols) if (c > last) last = c;
	return createMergeFiller(grid.merges ?? [], onIssue, last);
}

/** A 0-based column index as spreadsheet letters: 0 → A, 27 → AB. */
function columnName(col: number): string {
	let name = '';
	for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}
