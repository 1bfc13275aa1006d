import { numberText } from '../formatCell';
import { decodeCodepage, latin1, readRecordString, utf16le } from './biffText';
import { createCellGrid, type CellGrid } from './createCellGrid';
import { builtinNumberFormat } from '../data/builtinNumberFormats';
import { corruptBiff, encrypted, type BiffWorkbook } from './readBiffWorkbook';
import { BOF_IDS, walkRecords } from './walkRecords';

const CONTINUE = 0x003c;
const FILEPASS = 0x002f;

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
const STRING = 0x0207;
// BIFF2 cell records: a 3-byte attribute block instead of an XF index
const INTEGER_BIFF2 = 0x0002;
const NUMBER_BIFF2 = 0x0003;
const LABEL_BIFF2 = 0x0004;
const BOOLERR_BIFF2 = 0x0005;
const STRING_BIFF2 = 0x0007;

/** Excel's error values by their BIFF code ([MS-XLS] 2.5.9 BErr). */
const ERRORS: Readonly<Record<number, string>> = Object.freeze({
	0x00: '#NULL!',
	0x07: '#DIV/0!',
	0x0f: '#VALUE!',
	0x17: '#REF!',
	0x1d: '#NAME?',
	0x24: '#NUM!',
	0x2a: '#N/A',
	0x2b: '#GETTING_DATA',
});

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

/**
 * Reads one worksheet's cells from a BIFF stream: numbers (NUMBER, RK,
 * MULRK; as dates where their format shows a date), strings (LABELSST,
 * LABEL, RSTRING), booleans and errors (BOOLERR), and formulas' saved
 * results (with the STRING record that follows a text result); a string
 * too long for its record runs on into CONTINUE records. Embedded
 * charts (a BOF…EOF inside the sheet) are stepped over. Each record is read
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
	const grid = createCellGrid();
	const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
	const f64 = (at: number) => view.getFloat64(at, true);
	const u16 = (at: number) => stream[at] | (stream[at + 1] << 8);
	if (!(offset >= 0 && offset + 4 <= stream.length && BOF_IDS.has(u16(offset)))) {
		throw corruptBiff(`a sheet's start (byte ${offset}) is not where the workbook says`);
	}
	const { version, sst, date1904 } = book;
	const biff8 = version === 8;
	const single = version < 5;
	let codepage = book.codepage;
	// BIFF2–4 files keep their formats in the sheet itself; start from what the globals pass saw.
	const formats = book.formats;
	const xfFormats = book.xfFormats;
	const xfCache: Array<string | undefined | null> = [];
	const formatOf = (code: number): string | undefined =>
		formats.get(code) ?? (single ? undefined : builtinNumberFormat(code));
	const xfFormat = (xf: number): string | undefined => {
		const hit = xfCache[xf];
		if (hit !== undefined) return hit ?? undefined;
		const code = xfFormats[xf];
		const f = code === undefined ? undefined : formatOf(code);
		if (xf < 65536) xfCache[xf] = f ?? null;
		return f;
	};
	// A BIFF2 cell's attributes: its XF index in byte 0, its format index in byte 1. BIFF2 reads the format
	// directly; in BIFF3–4 the XF names it, as in every other record there.
	const biff2Format = (at: number): string | undefined =>
		version === 2
			? formatOf(stream[at + 5] & 0x3f)
			: (xfFormat(stream[at + 4] & 0x3f) ?? formatOf(stream[at + 5] & 0x3f));
	const number = (row: number, col: number, value: number, fmt: string | undefined) =>
		grid.put(row, col, numberText(value, fmt, date1904));
	const error = (row: number, col: number, code: number) =>
		grid.put(row, col, ERRORS[code] ?? '#ERROR', true);
	const records = walkRecords(stream, offset);

	/**
	 * A string of `cch` characters at `from`, and the rest of it from the CONTINUE records that follow the record
	 * ending at `end` (BIFF8 writes a flags byte at the start of each, as in the SST); moves the walk past them.
	 */
	const continued = (from: number, end: number, cch: number): string => {
		const first = readRecordString(stream, from, end, cch, biff8, codepage);
		let text = first.text;
		// BIFF8 counts characters (UTF-16 code units, as the text holds them); BIFF2–7 count bytes.
		let left = cch - (biff8 ? text.length : first.next - from);
		let high = biff8 && (stream[from] & 0x01) === 1;
		while (left > 0 && records.pos + 4 <= stream.length && u16(records.pos) === CONTINUE) {
			const at = records.pos + 4;
			const stop = at + u16(records.pos + 2);
			if (stop > stream.length) break;
			records.pos = stop;
			let p = at;
			if (biff8) {
				if (p >= stop) continue;
				high = (stream[p++] & 0x01) === 1;
			}
			const take = Math.min(left, high ? (stop - p) >> 1 : stop - p);
			const e = p + (high ? take * 2 : take);
			text += biff8
				? high
					? utf16le(stream, p, e)
					: latin1(stream, p, e)
				: decodeCodepage(stream, p, e, codepage);
			left -= take;
		}
		return text;
	};

	let pending: { row: number; col: number } | undefined;
	while (records.next()) {
		const { id, len, at, end } = records;
		if (id === STRING || id === STRING_BIFF2) {
			if (pending) {
				const cch = id === STRING_BIFF2 ? stream[at] : u16(at);
				grid.put(
					pending.row,
					pending.col,
					continued(id === STRING_BIFF2 ? at + 1 : at + 2, end, cch),
				);
				pending = undefined;
			}
			continue;
		}
		if (id === FILEPASS) throw encrypted();
		if (id === 0x0042 && len >= 2) codepage = u16(at);
		if (len < 6) continue;
		const row = u16(at);
		const col = u16(at + 2);
		switch (id) {
			case NUMBER:
				if (len >= 14) number(row, col, f64(at + 6), xfFormat(u16(at + 4)));
				pending = undefined;
				break;
			case RK:
				if (len >= 10) number(row, col, rkValue(stream, at + 6), xfFormat(u16(at + 4)));
				pending = undefined;
				break;
			case MULRK: {
				// colFirst, then (xf, rk) pairs, then colLast
				const pairs = Math.floor((len - 6) / 6);
				for (let k = 0; k < pairs; k++) {
					const p = at + 4 + k * 6;
					number(row, col + k, rkValue(stream, p + 2), xfFormat(u16(p)));
				}
				pending = undefined;
				break;
			}
			case LABELSST:
				if (len >= 10) {
					const index =
						(stream[at + 6] |
							(stream[at + 7] << 8) |
							(stream[at + 8] << 16) |
							(stream[at + 9] << 24)) >>>
						0;
					grid.put(row, col, sst[index] ?? '');
				}
				pending = undefined;
				break;
			case LABEL:
			case RSTRING:
				if (len >= 8) grid.put(row, col, continued(at + 8, end, u16(at + 6)));
				pending = undefined;
				break;
			case BOOLERR:
				if (len >= 8) {
					if (stream[at + 7]) error(row, col, stream[at + 6]);
					else grid.put(row, col, stream[at + 6] ? 'TRUE' : 'FALSE');
				}
				pending = undefined;
				break;
			case FORMULA:
			case FORMULA_BIFF3:
			case FORMULA_BIFF4: {
				const biff2 = version === 2;
				const r = at + (biff2 ? 7 : 6);
				if (r + 8 > end) break;
				pending = undefined;
				if (stream[r + 6] === 0xff && stream[r + 7] === 0xff) {
					const kind = stream[r];
					if (kind === 0) pending = { row, col };
					else if (kind === 1) grid.put(row, col, stream[r + 2] ? 'TRUE' : 'FALSE');
					else if (kind === 2) error(row, col, stream[r + 2]);
				} else {
					number(row, col, f64(r), biff2 ? formatOf(stream[at + 5] & 0x3f) : xfFormat(u16(at + 4)));
				}
				break;
			}
			// BIFF2 cell records; SheetJS also writes them in BIFF3 and BIFF4 files, which Excel and LibreOffice read
			case INTEGER_BIFF2:
				if (single && len >= 9) number(row, col, u16(at + 7), biff2Format(at));
				break;
			case NUMBER_BIFF2:
				if (single && len >= 15) number(row, col, f64(at + 7), biff2Format(at));
				break;
			case LABEL_BIFF2:
				if (single && len >= 8)
					grid.put(
						row,
						col,
						readRecordString(stream, at + 8, end, stream[at + 7], false, codepage).text,
					);
				break;
			case BOOLERR_BIFF2:
				if (single && len >= 9) {
					if (stream[at + 8]) error(row, col, stream[at + 7]);
					else grid.put(row, col, stream[at + 7] ? 'TRUE' : 'FALSE');
				}
				break;
		}
	}
	return grid;
}
