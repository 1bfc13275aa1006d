import { addMerge } from './addMerge';
import { createCellGrid, type CellGrid } from './createCellGrid';
import { CELL_RECORDS } from './biffSheet/cellRecords';
import {
	createSheetReading,
	readContinuedString,
	u16,
	type SheetReading,
} from './biffSheet/sheetReading';
import { corruptBiff, encrypted, type BiffWorkbook } from './readBiffWorkbook';
import { BOF_IDS, walkRecords } from './walkRecords';

const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
/** A formula's text result, right after the formula. */
const STRING = 0x0207;
const STRING_BIFF2 = 0x0007;
/** Merged ranges: a count, then first and last row and column of each ([MS-XLS] 2.4.168). */
const MERGEDCELLS = 0x00e5;

/**
 * Reads one worksheet's cells from a BIFF stream: numbers (NUMBER, RK,
 * MULRK; as dates where their format shows a date), strings (LABELSST,
 * LABEL, RSTRING), booleans and errors (BOOLERR), and formulas' saved
 * results (with the STRING record that follows a text result); a string
 * too long for its record runs on into CONTINUE records. Embedded
 * charts (a BOF…EOF inside the sheet) are stepped over. Merged ranges
 * (MERGEDCELLS) are noted on the grid, for filling when asked. Each record is read
 * once and each moves the reader forward, so damage can end a read early but
 * never loop.
 *
 * @param stream - the workbook stream
 * @param book - its globals, from readBiffWorkbook
 * @param offset - the sheet's BOF offset
 * @returns the cells by row; error values are marked
 * @throws IntakeError `FILE_CORRUPT` when the offset is not a BOF record or a cell lies beyond a sheet's limits; `FILE_ENCRYPTED` for FILEPASS
 * @example
 * readBiffSheet(stream, book, book.sheets[0].offset).rows[1]
 * //=> { cols: [0, 1], texts: ['Jane', 'Doe'] }
 */
export function readBiffSheet(stream: Uint8Array, book: BiffWorkbook, offset: number): CellGrid {
	const bofId = stream[offset] | (stream[offset + 1] << 8);
	if (!(offset >= 0 && offset + 4 <= stream.length && BOF_IDS.has(bofId))) {
		throw corruptBiff(`a sheet's start (byte ${offset}) is not where the workbook says`);
	}
	const grid = createCellGrid();
	const records = walkRecords(stream, offset);
	const r = createSheetReading(stream, book, records, grid);
	while (records.next()) {
		const { id, len, at } = records;
		if (id === STRING || id === STRING_BIFF2) {
			readFormulaString(r);
			continue;
		}
		if (id === FILEPASS) throw encrypted();
		if (id === MERGEDCELLS) {
			readMergedCells(r);
			continue;
		}
		if (id === CODEPAGE && len >= 2) r.codepage = u16(r, at);
		// Every cell record starts with its row and column.
		if (len < 6) continue;
		CELL_RECORDS.get(id)?.(r, u16(r, at), u16(r, at + 2));
	}
	return grid;
}

/** MERGEDCELLS: each range (Ref8: rwFirst, rwLast, colFirst, colLast), as far as the record holds them. */
function readMergedCells(r: SheetReading): void {
	const { at, end } = r.records;
	if (end - at < 2) return;
	const count = u16(r, at);
	for (let k = 0, p = at + 2; k < count && p + 8 <= end; k++, p += 8)
		addMerge(r.grid, u16(r, p), u16(r, p + 4), u16(r, p + 2), u16(r, p + 6));
}

/** STRING: the text result of the formula just read, if one is waiting for it. */
function readFormulaString(r: SheetReading): void {
	const pending = r.pending;
	if (!pending) return;
	const { id, at, end } = r.records;
	const biff2 = id === STRING_BIFF2;
	const cch = biff2 ? r.stream[at] : u16(r, at);
	r.grid.put(pending.row, pending.col, readContinuedString(r, biff2 ? at + 1 : at + 2, end, cch));
	r.pending = undefined;
}
