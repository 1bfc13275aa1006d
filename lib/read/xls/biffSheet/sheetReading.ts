import { numberText } from '../../formatCell';
import { builtinNumberFormat } from '../../data/builtinNumberFormats';
import { decodeCodepage, latin1, readRecordString, utf16le } from '../biffText';
import type { CellGrid } from '../createCellGrid';
import type { BiffWorkbook } from '../readBiffWorkbook';
import type { RecordWalk } from '../walkRecords';

const CONTINUE = 0x003c;

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

/**
 * One worksheet being read from a BIFF stream: the stream, the walk through
 * its records, the grid the cells go to, and what their values are read
 * against (version, code page, date system, formats, shared strings).
 */
export interface SheetReading {
	stream: Uint8Array;
	view: DataView;
	records: RecordWalk;
	grid: CellGrid;
	version: BiffWorkbook['version'];
	biff8: boolean;
	/** BIFF2–4: one sheet per file, no built-in formats. */
	single: boolean;
	/** Changed by a CODEPAGE record in the sheet. */
	codepage: number;
	date1904: boolean;
	sst: string[];
	formats: Map<number, string>;
	xfFormats: number[];
	/** Each XF's format as looked up once (null: General). */
	xfCache: Array<string | undefined | null>;
	/** A formula whose text result is in the STRING record that follows it. */
	pending: { row: number; col: number } | undefined;
}

/**
 * Starts reading the sheet whose records `records` walks.
 *
 * @example
 * createSheetReading(stream, book, walkRecords(stream, offset), createCellGrid()).version
 * //=> 8
 */
export function createSheetReading(
	stream: Uint8Array,
	book: BiffWorkbook,
	records: RecordWalk,
	grid: CellGrid,
): SheetReading {
	return {
		stream,
		view: new DataView(stream.buffer, stream.byteOffset, stream.byteLength),
		records,
		grid,
		version: book.version,
		biff8: book.version === 8,
		single: book.version < 5,
		codepage: book.codepage,
		date1904: book.date1904,
		sst: book.sst,
		// BIFF2–4 files keep their formats in the sheet itself; start from what the globals pass saw.
		formats: book.formats,
		xfFormats: book.xfFormats,
		xfCache: [],
		pending: undefined,
	};
}

/** A 16-bit little-endian field. */
export function u16(r: SheetReading, at: number): number {
	return r.stream[at] | (r.stream[at + 1] << 8);
}

/** A number format by its code; BIFF5–8 fall back on Excel's built-in formats. */
export function formatOf(r: SheetReading, code: number): string | undefined {
	return r.formats.get(code) ?? (r.single ? undefined : builtinNumberFormat(code));
}

/** The number format of an XF (cell style) index, looked up once per XF below 65,536. */
export function xfFormat(r: SheetReading, xf: number): string | undefined {
	const hit = r.xfCache[xf];
	if (hit !== undefined) return hit ?? undefined;
	const code = r.xfFormats[xf];
	const f = code === undefined ? undefined : formatOf(r, code);
	if (xf < 65536) r.xfCache[xf] = f ?? null;
	return f;
}

/**
 * A BIFF2 cell's number format, from its 3-byte attribute block: its XF
 * index in byte 0, its format index in byte 1. BIFF2 reads the format
 * directly; in BIFF3–4 the XF names it, as in every other record there.
 */
export function biff2Format(r: SheetReading, at: number): string | undefined {
	const s = r.stream;
	return r.version === 2
		? formatOf(r, s[at + 5] & 0x3f)
		: (xfFormat(r, s[at + 4] & 0x3f) ?? formatOf(r, s[at + 5] & 0x3f));
}

/** Puts a number, shown as its format shows it (dates as ISO 8601). */
export function putNumber(
	r: SheetReading,
	row: number,
	col: number,
	value: number,
	fmt: string | undefined,
): void {
	r.grid.put(row, col, numberText(value, fmt, r.date1904));
}

/** Puts an error value by its BIFF code, marked as an error. */
export function putError(r: SheetReading, row: number, col: number, code: number): void {
	r.grid.put(row, col, ERRORS[code] ?? '#ERROR', true);
}

/**
 * A string of `cch` characters at `from`, and the rest of it from the
 * CONTINUE records that follow the record ending at `end` (BIFF8 writes a
 * flags byte at the start of each, as in the SST); moves the walk past
 * them. Each CONTINUE read moves the walk forward and takes at least its
 * flags byte, and one running past the stream ends the string, so damage
 * can cut a string short but never loop.
 *
 * @example
 * readContinuedString(reading, at + 8, end, 300)
 * //=> the 300 characters, from this record and the CONTINUE after it
 */
export function readContinuedString(
	r: SheetReading,
	from: number,
	end: number,
	cch: number,
): string {
	const { stream, biff8, records } = r;
	const first = readRecordString(stream, from, end, cch, biff8, r.codepage);
	let text = first.text;
	// BIFF8 counts characters (UTF-16 code units, as the text holds them); BIFF2–7 count bytes.
	let left = cch - (biff8 ? text.length : first.next - from);
	let high = biff8 && (stream[from] & 0x01) === 1;
	while (left > 0 && records.pos + 4 <= stream.length && u16(r, records.pos) === CONTINUE) {
		const at = records.pos + 4;
		const stop = at + u16(r, records.pos + 2);
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
			: decodeCodepage(stream, p, e, r.codepage);
		left -= take;
	}
	return text;
}
