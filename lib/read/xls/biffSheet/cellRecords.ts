import { readRecordString } from '../biffText';
import {
	biff2Format,
	formatOf,
	putError,
	putNumber,
	readContinuedString,
	u16,
	xfFormat,
	type SheetReading,
} from './sheetReading';

/**
 * The cell records of a BIFF worksheet, one handler each ([MS-XLS] 2.4):
 * the handler reads the record the walk stands on (at least 6 bytes, whose
 * row and column are given) and puts its value in the grid. Each handler
 * checks the record is long enough for what it reads, so a short record
 * puts nothing. BIFF3–8 handlers forget a formula's pending text result
 * (its STRING record must follow the formula at once).
 */
export type CellHandler = (r: SheetReading, row: number, col: number) => void;

// BIFF3–8 cell records
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const LABEL = 0x0204;
const LABELSST = 0x00fd;
const RSTRING = 0x00d6;
const BOOLERR = 0x0205;
const FORMULA = 0x0006;
const FORMULA_BIFF3 = 0x0206;
const FORMULA_BIFF4 = 0x0406;
// BIFF2 cell records: a 3-byte attribute block instead of an XF index. SheetJS also writes them in BIFF3
// and BIFF4 files, which Excel and LibreOffice read; BIFF5–8 files ignore them.
const INTEGER_BIFF2 = 0x0002;
const NUMBER_BIFF2 = 0x0003;
const LABEL_BIFF2 = 0x0004;
const BOOLERR_BIFF2 = 0x0005;

const scratch = new DataView(new ArrayBuffer(8));

/** An RK number: a 30-bit integer or the top of a double, optionally divided by 100. */
function rkValue(b: Uint8Array, at: number): number {
	const rk = b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24) | 0;
	let v: number;
	if (rk & 0x02) v = rk >> 2;
	else {
		scratch.setInt32(0, 0, true);
		scratch.setInt32(4, rk & ~0x03, true);
		v = scratch.getFloat64(0, true);
	}
	return rk & 0x01 ? v / 100 : v;
}

/** NUMBER: a double. */
function readNumber(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (len >= 14)
		putNumber(r, row, col, r.view.getFloat64(at + 6, true), xfFormat(r, u16(r, at + 4)));
	r.pending = undefined;
}

/** RK: a number packed in 32 bits. */
function readRk(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (len >= 10) putNumber(r, row, col, rkValue(r.stream, at + 6), xfFormat(r, u16(r, at + 4)));
	r.pending = undefined;
}

/** MULRK: colFirst, then (xf, rk) pairs for the columns from it, then colLast; as many pairs as fit. */
function readMulRk(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	const pairs = Math.floor((len - 6) / 6);
	for (let k = 0; k < pairs; k++) {
		const p = at + 4 + k * 6;
		putNumber(r, row, col + k, rkValue(r.stream, p + 2), xfFormat(r, u16(r, p)));
	}
	r.pending = undefined;
}

/** LABELSST: an index into the shared strings; one past the table reads as empty. */
function readLabelSst(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (len >= 10) {
		const s = r.stream;
		const index = (s[at + 6] | (s[at + 7] << 8) | (s[at + 8] << 16) | (s[at + 9] << 24)) >>> 0;
		r.grid.put(row, col, r.sst[index] ?? '');
	}
	r.pending = undefined;
}

/** LABEL and RSTRING: the string in the record, running on into CONTINUE records. */
function readLabel(r: SheetReading, row: number, col: number): void {
	const { len, at, end } = r.records;
	if (len >= 8) r.grid.put(row, col, readContinuedString(r, at + 8, end, u16(r, at + 6)));
	r.pending = undefined;
}

/** BOOLERR: a boolean, or an error value by its code. */
function readBoolErr(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (len >= 8) putBoolOrError(r, row, col, at + 6);
	r.pending = undefined;
}

/** A BOOLERR body at `p`: the value, then 1 for an error code, 0 for a boolean. */
function putBoolOrError(r: SheetReading, row: number, col: number, p: number): void {
	const s = r.stream;
	if (s[p + 1]) putError(r, row, col, s[p]);
	else r.grid.put(row, col, s[p] ? 'TRUE' : 'FALSE');
}

/**
 * FORMULA: its saved result. A number is the 8 bytes themselves; 0xFFFF in
 * the top two marks text (in the STRING record that follows), a boolean or
 * an error. A record too short for its result leaves a pending text as it is.
 */
function readFormula(r: SheetReading, row: number, col: number): void {
	const { at, end } = r.records;
	const s = r.stream;
	const biff2 = r.version === 2;
	const p = at + (biff2 ? 7 : 6);
	if (p + 8 > end) return;
	r.pending = undefined;
	if (s[p + 6] === 0xff && s[p + 7] === 0xff) {
		const kind = s[p];
		if (kind === 0) r.pending = { row, col };
		else if (kind === 1) r.grid.put(row, col, s[p + 2] ? 'TRUE' : 'FALSE');
		else if (kind === 2) putError(r, row, col, s[p + 2]);
	} else {
		const fmt = biff2 ? formatOf(r, s[at + 5] & 0x3f) : xfFormat(r, u16(r, at + 4));
		putNumber(r, row, col, r.view.getFloat64(p, true), fmt);
	}
}

/** INTEGER (BIFF2): an unsigned 16-bit number. */
function readIntegerBiff2(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (r.single && len >= 9) putNumber(r, row, col, u16(r, at + 7), biff2Format(r, at));
}

/** NUMBER (BIFF2): a double. */
function readNumberBiff2(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (r.single && len >= 15)
		putNumber(r, row, col, r.view.getFloat64(at + 7, true), biff2Format(r, at));
}

/** LABEL (BIFF2): an 8-bit string of at most 255 bytes, in the code page. */
function readLabelBiff2(r: SheetReading, row: number, col: number): void {
	const { len, at, end } = r.records;
	if (r.single && len >= 8) {
		const cch = r.stream[at + 7];
		r.grid.put(row, col, readRecordString(r.stream, at + 8, end, cch, false, r.codepage).text);
	}
}

/** BOOLERR (BIFF2). */
function readBoolErrBiff2(r: SheetReading, row: number, col: number): void {
	const { len, at } = r.records;
	if (r.single && len >= 9) putBoolOrError(r, row, col, at + 7);
}

/** The handler of each cell record, by record id; records not listed hold no cell value. */
export const CELL_RECORDS: ReadonlyMap<number, CellHandler> = new Map<number, CellHandler>([
	[NUMBER, readNumber],
	[RK, readRk],
	[MULRK, readMulRk],
	[LABELSST, readLabelSst],
	[LABEL, readLabel],
	[RSTRING, readLabel],
	[BOOLERR, readBoolErr],
	[FORMULA, readFormula],
	[FORMULA_BIFF3, readFormula],
	[FORMULA_BIFF4, readFormula],
	[INTEGER_BIFF2, readIntegerBiff2],
	[NUMBER_BIFF2, readNumberBiff2],
	[LABEL_BIFF2, readLabelBiff2],
	[BOOLERR_BIFF2, readBoolErrBiff2],
]);
