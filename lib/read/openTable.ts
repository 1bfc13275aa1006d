import { IntakeError } from '../errors';
import type { ReadIssue } from '../types';
import type { HeaderDetection } from './detectHeaderRow';
import { findHeaderRow, type HeaderSearch } from './findHeaderRow';
import { nameHeaders } from './nameHeaders';
import type { RowSource } from './openRowSource';
import type { NormalizedReadOptions } from './options';
import { isBlankRow, type IssueSink, type RawRow } from './rawRow';
import { readDataRows, type SpreadsheetRow } from './readDataRows';
import { readNonBlankRows } from './readNonBlankRows';
import { createDoubleDecodingRepair } from './createDoubleDecodingRepair';
import { findDoubleDecodedColumns } from './doubleDecoded/findDoubleDecodedColumns';

/** One table of a file: a CSV, or one worksheet, with its own header row. */
export interface SheetTable {
	/** The worksheet (XLSX/XLS/ODS). */
	sheet?: string;
	/** Clean, unique headers. Grows if a later row has more cells than the header (`Column N`). */
	headers: string[];
	/** 1-based row number of the header row; `0` when the table has none (see `headerDetection`). */
	headerRowNumber: number;
	/** Which row is the header, how it was chosen, and why. */
	headerDetection: HeaderDetection;
}

/** A table opened: its header settled, its data rows still to read. */
export interface OpenedTable extends SheetTable {
	/** The data rows; call once. */
	rows: () => AsyncGenerator<SpreadsheetRow>;
}

/** How {@link openTable} reads. */
export interface TableContext {
	opts: NormalizedReadOptions;
	onIssue: IssueSink;
	/** Whether every sheet is read: rows then carry their sheet, and an empty sheet is passed over. */
	all: boolean;
	/** Whether the file is CSV/TSV. */
	isText: boolean;
	/** Sets the sheet the reader is on, for the issues the format reader reports. */
	enter: (sheet: string | undefined) => void;
	/** Data rows read ahead to decide which columns hold text decoded twice (`0`: none, the caller decides). */
	repairWindow: number;
}

/**
 * Settles one table's header: finds the header row (detected, or as set),
 * names the columns, and reports the rows above it (`ROWS_ABOVE_HEADER`) or
 * a file without a header row (`HEADER_ROW_MISSING`). The first data rows
 * (`repairWindow` of them) are read ahead to decide which columns hold text
 * decoded twice, repaired in every row with one `TEXT_DOUBLE_DECODED_REPAIRED`
 * warning per column at the end; the rows under the header are read as the
 * table's `rows` are iterated.
 *
 * @param src - the table's raw rows
 * @param ctx - the options, the issue sink, and whether every sheet is read
 * @returns the table, or `undefined` for an empty sheet when every sheet is read
 * @throws IntakeError `EMPTY_FILE`, `HEADER_ROW_NOT_FOUND`, `TOO_MANY_COLUMNS`
 * @example
 * const table = await openTable(csvSource('Report\nName,City\nAnn,Oslo\n'), ctx)
 * [table.headers, table.headerRowNumber]
 * //=> [['Name', 'City'], 2]
 */
export async function openTable(
	src: RowSource,
	ctx: TableContext,
): Promise<OpenedTable | undefined> {
	const { opts, all, isText } = ctx;
	const sheet = all ? src.sheet : undefined;
	const batches = entering(src.batches, () => ctx.enter(sheet));
	const onIssue: IssueSink = (i) => ctx.onIssue(sheet === undefined ? i : { ...i, sheet });
	ctx.enter(sheet);
	const found = await findHeaderRow(batches, opts.headerRow);
	if (!found.detection) {
		if (all && !found.sawAnyRow) return undefined;
		throw noHeader(found, src, opts);
	}
	const detection = found.detection;
	let headers: string[];
	if (found.header) {
		const named = nameHeaders(found.header, isText);
		named.issues.forEach(onIssue);
		headers = named.headers;
	} else {
		headers = columnNames(found.pending, isText);
	}
	reportHeader(found, onIssue);
	const pending = await readAhead(found.pending, batches, ctx.repairWindow);
	const sample = firstFilled(pending, ctx.repairWindow).map((r) => r.cells);
	const fix = createDoubleDecodingRepair(findDoubleDecodedColumns(sample), headers);
	const first = pending.find((r) => !isBlankRow(r.cells));
	const rows = readDataRows({
		headers,
		pending,
		batches,
		isText,
		onIssue,
		headerRow: detection.row === 0 ? (first?.row ?? 1) - 1 : detection.row,
		...(sheet !== undefined && { sheet }),
		mayBeEmpty: all,
		...(fix.columns.length > 0 && { repair: fix.repair, onEnd: () => fix.report(onIssue) }),
	});
	return {
		...(src.sheet !== undefined && { sheet: src.sheet }),
		headers,
		headerRowNumber: detection.row,
		headerDetection: detection,
		rows: () => {
			ctx.enter(sheet);
			return rows();
		},
	};
}

/** The first `n` rows that hold something: whole batches are read, but only these decide. */
function firstFilled(rows: RawRow[], n: number): RawRow[] {
	const out: RawRow[] = [];
	for (const r of rows) {
		if (out.length >= n) break;
		if (!isBlankRow(r.cells)) out.push(r);
	}
	return out;
}

/** The rows read after the header, and more batches until `window` of them hold something (or the table ends). */
async function readAhead(
	pending: RawRow[],
	batches: AsyncIterator<RawRow[]>,
	window: number,
): Promise<RawRow[]> {
	if (window === 0) return pending;
	const rows = pending.slice();
	await readNonBlankRows(batches, rows, window);
	return rows;
}

/** Calls `before` ahead of each batch, so issues the format reader reports while reading it land on the right sheet. */
function entering(
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>,
	before: () => void,
): AsyncIterator<RawRow[]> {
	return {
		next: async () => {
			before();
			return batches.next();
		},
	};
}

/** `Column 1` … `Column N` for a table without a header row, as wide as its widest row read so far. */
function columnNames(rows: readonly RawRow[], isText: boolean): string[] {
	let width = 0;
	for (const r of rows) {
		let w = r.cells.length;
		if (!isText) while (w > 0 && r.cells[w - 1].trim() === '') w--;
		width = Math.max(width, w);
	}
	return Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
}

/** Accounts for the rows above the header, or for a header row that is not there. */
function reportHeader(found: HeaderSearch, onIssue: IssueSink): void {
	const detection = found.detection!;
	if (detection.row === 0) {
		const first = found.pending.find((r) => !isBlankRow(r.cells));
		onIssue({
			row: first?.row ?? 1,
			code: 'HEADER_ROW_MISSING',
			message: `No row looks like column names (${detection.reason.replace(/^no header row: /, '')}). If the file does have a header row, set Header Row to its number.`,
		});
		return;
	}
	const above = detection.skipped;
	if (above.length === 0) return;
	const shown = found.above
		.slice(0, MAX_SHOWN)
		.map(([row, text]) => `row ${row} "${text}"`)
		.join(', ');
	const more = above.length > MAX_SHOWN ? ` and ${above.length - MAX_SHOWN} more` : '';
	const issue: ReadIssue = {
		row: above[0],
		code: 'ROWS_ABOVE_HEADER',
		message: `${above.length === 1 ? 'Row' : 'Rows'} ${above.length === 1 ? above[0] : `${above[0]}–${above[above.length - 1]}`} above the header row (row ${detection.row}) ${above.length === 1 ? 'was' : 'were'} not read as data: ${shown}${more}. If ${above.length === 1 ? 'it holds' : 'they hold'} records, set Header Row to the row with the column names.`,
	};
	onIssue(issue);
}

/** Rows above the header quoted in the issue at most. */
const MAX_SHOWN = 5;

function noHeader(found: HeaderSearch, src: RowSource, opts: NormalizedReadOptions): IntakeError {
	if (!found.sawAnyRow) {
		return new IntakeError(
			'EMPTY_FILE',
			`${opts.fileName ? `"${opts.fileName}"` : 'The file'} is empty: it has no rows. Check that the export finished and that you picked the right file.`,
		);
	}
	return new IntakeError(
		'HEADER_ROW_NOT_FOUND',
		`The header row is set to row ${opts.headerRow}, but the ${src.sheet ? `sheet "${src.sheet}"` : 'file'} has no content from that row on. Set the header row to the row that holds the column names.`,
		{ headerRow: opts.headerRow },
	);
}
