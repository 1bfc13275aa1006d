import { CELL_RECORDS } from '../../../../../lib/read/xls/biffSheet/cellRecords';
import {
	biff2Format,
	createSheetReading,
	formatOf,
	readContinuedString,
	xfFormat,
	type SheetReading,
} from '../../../../../lib/read/xls/biffSheet/sheetReading';
import { createCellGrid } from '../../../../../lib/read/xls/createCellGrid';
import type { BiffWorkbook } from '../../../../../lib/read/xls/readBiffWorkbook';
import { walkRecords } from '../../../../../lib/read/xls/walkRecords';

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const record = (id: number, body: number[]) => [...u16(id), ...u16(body.length), ...body];
const BOF = record(0x0809, [0, 6, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const EOF = record(0x000a, []);

function book(
	version: BiffWorkbook['version'],
	formats: Array<[number, string]> = [],
): BiffWorkbook {
	return {
		version,
		sheets: [],
		codepage: version === 8 ? 1200 : 1252,
		date1904: false,
		formats: new Map(formats),
		xfFormats: [0, 164, 14],
		sst: ['Jane'],
	};
}

/** A reading over BOF, the given records and EOF, stepped onto the first record. */
function readingOf(records: number[][], b: BiffWorkbook = book(8)): SheetReading {
	const stream = Uint8Array.from([...BOF, ...records.flat(), ...EOF]);
	const walk = walkRecords(stream, 0);
	const r = createSheetReading(stream, b, walk, createCellGrid());
	walk.next();
	return r;
}

describe('formatOf and xfFormat', () => {
	it('returns a workbook format by code, and a built-in one in BIFF5–8', () => {
		const r = readingOf([], book(8, [[164, 'yyyy-mm-dd']]));
		expect(formatOf(r, 164)).toBe('yyyy-mm-dd');
		expect(formatOf(r, 14)).toBe('m/d/yy');
		expect(xfFormat(r, 1)).toBe('yyyy-mm-dd');
		expect(xfFormat(r, 2)).toBe('m/d/yy');
		expect(xfFormat(r, 99)).toBeUndefined();
	});

	it('returns no built-in format in BIFF2–4', () => {
		expect(formatOf(readingOf([], book(3)), 14)).toBeUndefined();
	});

	it('looks an XF up once', () => {
		const r = readingOf([], book(8, [[164, 'yyyy-mm-dd']]));
		xfFormat(r, 1);
		r.formats.set(164, 'changed');
		expect(xfFormat(r, 1)).toBe('yyyy-mm-dd');
	});

	it('reads a BIFF2 cell format from its attribute block', () => {
		// A BIFF2 INTEGER record: row, col, then attributes (XF 0, format 1, …).
		const r = readingOf([record(0x0002, [0, 0, 0, 0, 0, 1, 0, 7, 0])], book(2, [[1, '0.00']]));
		expect(biff2Format(r, r.records.at)).toBe('0.00');
	});
});

describe('readContinuedString', () => {
	it('returns a BIFF8 string that runs on into a CONTINUE record, switching to 16-bit characters', () => {
		// LABEL: row, col, xf, then 6 characters, compressed; 3 are here, 3 in the CONTINUE (16-bit).
		const label = record(0x0204, [0, 0, 0, 0, 0, 0, ...u16(6), 0, 0x41, 0x42, 0x43]);
		const more = record(0x003c, [1, 0x44, 0, 0x45, 0, 0x2013 & 0xff, 0x20]);
		const r = readingOf([label, more]);
		const { at, end } = r.records;
		expect(readContinuedString(r, at + 8, end, 6)).toBe('ABCDE–');
		// The walk has moved past the CONTINUE: the next record is the EOF.
		expect(r.records.next()).toBe(false);
	});

	it('stops at the characters there are when no CONTINUE follows', () => {
		const r = readingOf([record(0x0204, [0, 0, 0, 0, 0, 0, ...u16(6), 0, 0x41, 0x42])]);
		const { at, end } = r.records;
		expect(readContinuedString(r, at + 8, end, 6)).toBe('AB');
	});
});

describe('CELL_RECORDS', () => {
	it('puts a LABELSST shared string and forgets a pending formula string', () => {
		const r = readingOf([record(0x00fd, [1, 0, 2, 0, 0, 0, 0, 0, 0, 0])]);
		r.pending = { row: 9, col: 9 };
		CELL_RECORDS.get(0x00fd)!(r, 1, 2);
		expect(r.grid.rows[1]).toEqual({ cols: [2], texts: ['Jane'] });
		expect(r.pending).toBeUndefined();
	});

	it('puts nothing for a record too short for its value', () => {
		const r = readingOf([record(0x0203, [0, 0, 0, 0, 0, 0, 1, 2])]);
		CELL_RECORDS.get(0x0203)!(r, 0, 0);
		expect(r.grid.count).toBe(0);
	});

	it('leaves BIFF2 cell records alone in a BIFF5–8 sheet', () => {
		const r = readingOf([record(0x0002, [0, 0, 0, 0, 0, 0, 0, 7, 0])]);
		CELL_RECORDS.get(0x0002)!(r, 0, 0);
		expect(r.grid.count).toBe(0);
	});
});
