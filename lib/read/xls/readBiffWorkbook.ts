import { IntakeError } from '../../errors';
import { latin1, readRecordString, utf16le } from './biffText';
import { BOF_IDS, walkRecords, type RecordWalk } from './walkRecords';

/** A sheet named in the workbook globals. */
export interface BiffSheet {
	name: string;
	state: 'visible' | 'hidden' | 'veryHidden';
	/** What the sheet holds: only worksheets have cells to read. */
	kind: 'worksheet' | 'macro' | 'chart' | 'module';
	/** Offset of the sheet's BOF record in the stream. */
	offset: number;
}

/** What the workbook globals say: sheets, text encoding, date system, number formats, shared strings. */
export interface BiffWorkbook {
	/** 2, 3 or 4 for a single-sheet file; 5 for BIFF5/7 (Excel 5–95); 8 for BIFF8 (Excel 97–2003). */
	version: 2 | 3 | 4 | 5 | 8;
	sheets: BiffSheet[];
	codepage: number;
	date1904: boolean;
	/** Number format strings by format code. */
	formats: Map<number, string>;
	/** Number format code of each XF (cell style) record, by XF index. */
	xfFormats: number[];
	/** The shared string table (BIFF8). */
	sst: string[];
	/** A BIFF4 workbook (BIFF4W): each sheet is a BIFF4 worksheet substream with its own formats, named by a BUNDLESHEET. */
	workspace?: boolean;
}

const EOF = 0x000a;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const BOUNDSHEET = 0x0085;
const BUNDLESHEET = 0x008f;
const SST = 0x00fc;
const CONTINUE = 0x003c;
const FORMAT = 0x041e;
const FORMAT_BIFF23 = 0x001e;
const XF = 0x00e0;
const XF_BIFF2 = 0x0043;
const XF_BIFF3 = 0x0243;
const XF_BIFF4 = 0x0443;

export function encrypted(): IntakeError {
	return new IntakeError(
		'FILE_ENCRYPTED',
		'The workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook), save it, and try again.',
	);
}

export function corruptBiff(why: string): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The .xls workbook could not be read: ${why}. It is likely damaged; open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
	);
}

/** The BIFF version a BOF record announces. */
export function biffVersion(
	id: number,
	data: Uint8Array,
	at: number,
	streamName?: string,
): BiffWorkbook['version'] {
	if (id === 0x0009) return 2;
	if (id === 0x0209) return 3;
	if (id === 0x0409) return 4;
	const vers = data[at] | (data[at + 1] << 8);
	if (vers === 0x0600) return 8;
	if (vers === 0x0500) return 5;
	return streamName?.toLowerCase() === 'book' ? 5 : 8;
}

/**
 * Reads the workbook globals of a BIFF stream: the sheets and where they
 * start, the code page, the 1904 date flag, the number formats and cell
 * styles, and the shared strings (split across CONTINUE records, with rich
 * text runs and phonetic data skipped). A BIFF2–4 file is one worksheet
 * whose formats come before its cells; it reads as one sheet named "Sheet1".
 * A BIFF4 workbook (BIFF4W) names its sheets, each a BIFF4 worksheet.
 * A sheet whose BOUNDSHEET offset misses its BOF record is pointed at the
 * substream in its place, as xlrd and SheetJS do.
 *
 * @param stream - the Workbook (BIFF8) or Book (BIFF5) stream, or a whole BIFF2–4 file
 * @param streamName - the stream's name, which settles the version when the BOF does not
 * @returns the globals
 * @throws IntakeError `FILE_ENCRYPTED` for a password-protected workbook; `FILE_CORRUPT` when there is no BOF or no sheet
 * @example
 * readBiffWorkbook(readCompoundFile(bytes).stream('Workbook')!).sheets.map((s) => s.name)
 * //=> ['People', 'Other']
 */
export function readBiffWorkbook(stream: Uint8Array, streamName?: string): BiffWorkbook {
	if (stream.length < 8) throw corruptBiff('its workbook stream is empty');
	const firstId = stream[0] | (stream[1] << 8);
	if (!BOF_IDS.has(firstId))
		throw corruptBiff('its workbook stream does not start with a BOF record');
	const version = biffVersion(firstId, stream, 4, streamName);
	const book: BiffWorkbook = {
		version,
		sheets: [],
		codepage: version === 8 ? 1200 : 1252,
		date1904: false,
		formats: new Map(),
		xfFormats: [],
		sst: [],
	};
	// A BIFF4 BOF of type 0x0100 opens a workbook's globals rather than a lone worksheet.
	const workspace = firstId === 0x0409 && u16(stream, 6) === 0x0100;
	if (workspace) book.workspace = true;
	const single = version < 5 && !workspace;
	const biff8 = version === 8;
	let formatIndex = 0;
	const records = walkRecords(stream, 0);
	while (records.next()) {
		const { id, len, at, end } = records;
		switch (id) {
			case FILEPASS:
				throw encrypted();
			case CODEPAGE:
				if (len >= 2) book.codepage = u16(stream, at);
				break;
			case DATEMODE:
				if (len >= 2) book.date1904 = u16(stream, at) === 1;
				break;
			case BOUNDSHEET:
				if (!single && len >= 8)
					book.sheets.push(readBoundSheet(stream, at, end, biff8, book.codepage));
				break;
			case BUNDLESHEET:
				// BIFF4W's BOUNDSHEET, laid out as BIFF5's.
				if (workspace && len >= 8)
					book.sheets.push(readBoundSheet(stream, at, end, false, book.codepage));
				break;
			case FORMAT:
			case FORMAT_BIFF23:
				formatIndex = readFormat(stream, records, book, formatIndex);
				break;
			case XF:
				if (len >= 4) book.xfFormats.push(u16(stream, at + 2));
				break;
			case XF_BIFF3:
			case XF_BIFF4:
				if (len >= 2) book.xfFormats.push(stream[at + 1]);
				break;
			case XF_BIFF2:
				if (len >= 3) book.xfFormats.push(stream[at + 2] & 0x3f);
				break;
			case SST:
				if (biff8 && len >= 8) records.pos = readSst(stream, at, end, book.sst);
				break;
		}
	}
	if (single) book.sheets.push({ name: 'Sheet1', state: 'visible', kind: 'worksheet', offset: 0 });
	if (book.sheets.length === 0) throw corruptBiff('it names no sheets');
	if (!single) placeSheets(stream, records.pos, book.sheets);
	return book;
}

/**
 * Reads a FORMAT record into `book.formats`. BIFF5–8 give each format its
 * code; BIFF2–4 (and a record too short for a code) number them by
 * position, BIFF4 with two unused bytes first.
 * Returns the position the next BIFF2–4 format takes.
 */
function readFormat(
	stream: Uint8Array,
	record: RecordWalk,
	book: BiffWorkbook,
	formatIndex: number,
): number {
	const { id, len, at, end } = record;
	if (book.version >= 5 && len >= 3) {
		const biff8 = book.version === 8;
		const code = u16(stream, at);
		const cch = biff8 ? u16(stream, at + 2) : stream[at + 2];
		const from = biff8 ? at + 4 : at + 3;
		book.formats.set(code, readRecordString(stream, from, end, cch, biff8, book.codepage).text);
	} else if (len >= 1) {
		const from = id === FORMAT ? at + 2 : at;
		const cch = stream[from] ?? 0;
		book.formats.set(
			formatIndex++,
			readRecordString(stream, from + 1, end, cch, false, book.codepage).text,
		);
	}
	return formatIndex;
}

/**
 * Points each sheet whose BOUNDSHEET offset misses a BOF record (past the
 * end, inside a record, back in the globals) at the substream in its place:
 * the Nth sheet at the Nth BOF after the globals, as xlrd and SheetJS fall
 * back to. Charts embedded in a sheet are nested and not counted.
 */
function placeSheets(stream: Uint8Array, globalsEnd: number, sheets: BiffSheet[]): void {
	const lands = (offset: number) =>
		offset >= globalsEnd && offset + 4 <= stream.length && BOF_IDS.has(u16(stream, offset));
	if (sheets.every((s) => lands(s.offset))) return;
	const starts: number[] = [];
	let depth = 0;
	for (let pos = globalsEnd; pos + 4 <= stream.length && starts.length < sheets.length;) {
		const id = u16(stream, pos);
		if (BOF_IDS.has(id)) {
			if (depth === 0) starts.push(pos);
			depth++;
		} else if (id === EOF && depth > 0) depth--;
		pos += 4 + u16(stream, pos + 2);
	}
	sheets.forEach((s, i) => {
		if (!lands(s.offset) && i < starts.length) s.offset = starts[i];
	});
}

function u16(b: Uint8Array, at: number): number {
	return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
	return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function readBoundSheet(
	b: Uint8Array,
	at: number,
	end: number,
	biff8: boolean,
	codepage: number,
): BiffSheet {
	const offset = u32(b, at);
	const hidden = b[at + 4] & 0x03;
	const type = b[at + 5];
	const cch = b[at + 6];
	const name = readRecordString(b, at + 7, end, cch, biff8, codepage).text;
	return {
		name,
		state: hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible',
		kind: type === 0 ? 'worksheet' : type === 1 ? 'macro' : type === 2 ? 'chart' : 'module',
		offset,
	};
}

/**
 * Reads the SST record and the CONTINUE records after it. A string's
 * characters may run on into the next CONTINUE record, which then starts with
 * a fresh flags byte (the characters may switch between 8 and 16 bits there);
 * its rich-text runs and phonetic block run on as plain bytes.
 *
 * @returns the offset of the first record after the table
 */
function readSst(stream: Uint8Array, at: number, end: number, out: string[]): number {
	// Record bodies one after another, and where each CONTINUE body starts.
	const parts: Array<[number, number]> = [[at, end]];
	let pos = end;
	while (pos + 4 <= stream.length && u16(stream, pos) === CONTINUE) {
		const len = u16(stream, pos + 2);
		if (pos + 4 + len > stream.length) break;
		parts.push([pos + 4, pos + 4 + len]);
		pos += 4 + len;
	}
	let total = 0;
	for (const [s, e] of parts) total += e - s;
	const buf = new Uint8Array(total);
	const boundaries: number[] = [];
	let o = 0;
	for (const [s, e] of parts) {
		if (o > 0) boundaries.push(o);
		buf.set(stream.subarray(s, e), o);
		o += e - s;
	}
	const unique = u32(buf, 4);
	let p = 8;
	let b = 0;
	// Each string takes at least 3 bytes, so the loop ends with the data whatever count the record claims.
	for (let i = 0; i < unique && p + 3 <= buf.length; i++) {
		const cch = u16(buf, p);
		const flags = buf[p + 2];
		p += 3;
		let runs = 0;
		let ext = 0;
		if (flags & 0x08) {
			runs = u16(buf, p);
			p += 2;
		}
		if (flags & 0x04) {
			ext = u32(buf, p);
			p += 4;
		}
		let high = (flags & 0x01) === 1;
		let remaining = cch;
		let text = '';
		while (remaining > 0 && p < buf.length) {
			while (b < boundaries.length && boundaries[b] < p) b++;
			const segEnd = b < boundaries.length ? boundaries[b] : buf.length;
			if (p === segEnd) {
				// Characters continue in the next record, after a new flags byte.
				high = (buf[p] & 0x01) === 1;
				p++;
				b++;
				continue;
			}
			const avail = high ? (segEnd - p) >> 1 : segEnd - p;
			const take = Math.min(remaining, avail);
			if (take === 0) {
				// One stray byte before the boundary: a 16-bit character cannot be there.
				p = segEnd;
				continue;
			}
			const stop = p + (high ? take * 2 : take);
			text += high ? utf16le(buf, p, stop) : latin1(buf, p, stop);
			p = stop;
			remaining -= take;
		}
		p += runs * 4 + ext;
		out.push(text);
	}
	return pos;
}
