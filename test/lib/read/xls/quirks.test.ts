import { openXlsBook } from '../../../../lib/read/xls/readXlsRows';
import { readCompoundFile } from '../../../../lib/read/xls/readCompoundFile';
import {
	compoundFile,
	label,
	labelSst,
	number,
	rec,
	sst,
	workbookStream,
	xlsFile,
	type Rec,
} from './biffFixtures';
import { ourRows } from './sheetJsRows';
import { failure } from '../../../helpers/fixtures';

/**
 * Quirks of the .xls files in spreadsheet libraries' public test suites
 * (xlrd, SheetJS, Apache POI, calamine), rebuilt byte by byte.
 */

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const wide = (s: string) => Array.from(s).flatMap((c) => u16(c.charCodeAt(0)));

/** The offsets of the BOUNDSHEET records' offset fields in a Workbook stream. */
function boundsheetFields(stream: Uint8Array): number[] {
	const out: number[] = [];
	for (let p = 0; p + 4 <= stream.length;) {
		const id = stream[p] | (stream[p + 1] << 8);
		const len = stream[p + 2] | (stream[p + 3] << 8);
		if (id === 0x0085) out.push(p + 4);
		if (id === 0x000a) break;
		p += 4 + len;
	}
	return out;
}

const twoSheets = () =>
	workbookStream(
		[],
		[
			{ name: 'First', records: [label(0, 0, 'one')] },
			{ name: 'Second', records: [label(0, 0, 'two')] },
		],
	);

/** The start of the directory of a compound file from {@link compoundFile} (512-byte sectors). */
const dirAt = (bytes: Uint8Array) => (new DataView(bytes.buffer).getUint32(0x30, true) + 1) * 512;

describe('XLS quirks', () => {
	describe('BOUNDSHEET offsets that miss the sheet', () => {
		it.each([
			['past the end of the stream', () => 0xffff],
			['inside a record', (good: number) => good + 2],
			['at the globals BOF', () => 0],
		])(
			'reads the sheets from their substreams in order when the offsets point %s',
			async (_what, bad) => {
				const stream = twoSheets();
				for (const at of boundsheetFields(stream))
					stream.set(u32(bad(stream[at] | (stream[at + 1] << 8))), at);
				const bytes = compoundFile([{ name: 'Workbook', data: stream }]);
				expect((await ourRows(bytes)).rows).toEqual([['one']]);
				expect((await ourRows(bytes, 'Second')).rows).toEqual([['two']]);
			},
		);

		it('keeps the right offsets and takes the substream for the wrong one', async () => {
			const stream = twoSheets();
			const [, second] = boundsheetFields(stream);
			stream.set(u32(3), second);
			const bytes = compoundFile([{ name: 'Workbook', data: stream }]);
			expect((await ourRows(bytes, 'First')).rows).toEqual([['one']]);
			expect((await ourRows(bytes, 'Second')).rows).toEqual([['two']]);
		});
	});

	describe('compound files', () => {
		it('reads a Workbook stream under 4096 bytes from the mini stream', async () => {
			const bytes = xlsFile([], [{ name: 'S', records: [label(0, 0, 'small')] }]);
			expect(readCompoundFile(bytes).stream('Workbook')!.length).toBeLessThan(4096);
			expect((await ourRows(bytes)).rows).toEqual([['small']]);
		});

		it('ignores DIFAT entries past the FAT sectors the file needs, which some writers fill with 0 or past the end', async () => {
			const bytes = xlsFile([], [{ name: 'S', records: [label(0, 0, 'x')] }]);
			const dv = new DataView(bytes.buffer);
			dv.setUint32(0x4c + 108 * 4, 99_999, true);
			for (let i = 1; i < 108; i++) dv.setUint32(0x4c + i * 4, 0, true);
			expect((await ourRows(bytes)).rows).toEqual([['x']]);
		});

		it("reads the mini stream's whole chain when the root entry understates its size", async () => {
			const bytes = xlsFile(
				[],
				[{ name: 'S', records: [label(0, 0, 'a'), label(1, 0, 'b'.repeat(600))] }],
			);
			new DataView(bytes.buffer).setUint32(dirAt(bytes) + 0x78, 64, true);
			expect((await ourRows(bytes)).rows).toEqual([['a'], ['b'.repeat(600)]]);
		});

		it('reads a version 4 compound file (4096-byte sectors), big and small streams alike', async () => {
			const many = Array.from({ length: 400 }, (_, i) => number(i, 0, i));
			for (const records of [many, [label(0, 0, 'small')]]) {
				const bytes = xlsFile([], [{ name: 'S', records }], [], { sectorSize: 4096 });
				expect(new DataView(bytes.buffer).getUint16(0x1e, true)).toBe(12);
				const { rows } = await ourRows(bytes);
				expect(rows[0]).toEqual([records === many ? '0' : 'small']);
			}
		});

		it('finds the Workbook stream by a linear scan when the directory tree does not reach it', async () => {
			for (const child of [0xffffffff, 77, 0]) {
				const bytes = xlsFile([], [{ name: 'S', records: [label(0, 0, 'x')] }]);
				new DataView(bytes.buffer).setUint32(dirAt(bytes) + 0x4c, child, true);
				expect((await ourRows(bytes)).rows).toEqual([['x']]);
			}
		});

		it('finds a stream named WORKBOOK or book in any case', async () => {
			const data = workbookStream([], [{ name: 'S', records: [label(0, 0, 'x')] }]);
			expect((await ourRows(compoundFile([{ name: 'WORKBOOK', data }]))).rows).toEqual([['x']]);
			expect((await ourRows(compoundFile([{ name: 'book', data }]))).rows).toEqual([['x']]);
		});

		it('reads what the chain holds when a stream claims more bytes than its sectors (or the file) hold', async () => {
			const many = Array.from({ length: 600 }, (_, i) => number(i, 0, i));
			for (const size of [20_000, 0x7fffffff]) {
				const bytes = xlsFile([], [{ name: 'S', records: many }]);
				const dv = new DataView(bytes.buffer);
				const real = dv.getUint32(dirAt(bytes) + 128 + 0x78, true);
				expect(real).toBeGreaterThan(4096);
				dv.setUint32(dirAt(bytes) + 128 + 0x78, real + size, true);
				const { rows } = await ourRows(bytes);
				expect(rows).toHaveLength(600);
			}
		});

		it('reads up to a free or end-of-chain marker inside a chain, with the data before it', async () => {
			const many = Array.from({ length: 600 }, (_, i) => number(i, 0, i));
			for (const marker of [0xffffffff, 0xfffffffe]) {
				const bytes = xlsFile([], [{ name: 'S', records: many }]);
				const dv = new DataView(bytes.buffer);
				const start = dv.getUint32(dirAt(bytes) + 128 + 0x74, true);
				const fat = (dv.getUint32(0x4c, true) + 1) * 512;
				dv.setUint32(fat + (start + 6) * 4, marker, true);
				const { rows } = await ourRows(bytes);
				expect(rows.length).toBeGreaterThan(100);
				expect(rows.length).toBeLessThan(600);
				expect(rows[0]).toEqual(['0']);
			}
		});
	});

	describe('records', () => {
		it('follows a LABEL whose text continues in a CONTINUE record, its flags byte read again', async () => {
			const head = 'A'.repeat(10);
			const tail = 'é日本';
			// 8-bit characters first, then 16-bit ones after the CONTINUE's own flags byte.
			const labelRec: Rec = rec(0x0204, [
				...u16(0),
				...u16(0),
				...u16(0),
				...u16(head.length + tail.length),
				0,
				...ascii(head),
			]);
			const more: Rec = rec(0x003c, [1, ...wide(tail)]);
			const bytes = xlsFile([], [{ name: 'S', records: [labelRec, more, label(1, 0, 'next')] }]);
			expect((await ourRows(bytes)).rows).toEqual([[head + tail], ['next']]);
		});

		it("follows a formula's STRING result that continues in a CONTINUE record", async () => {
			const formulaRec: Rec = rec(0x0006, [
				...u16(0),
				...u16(0),
				...u16(0),
				0,
				0,
				0,
				0,
				0,
				0,
				0xff,
				0xff,
				...u16(0),
				...u32(0),
				...u16(3),
				0x1e,
				...u16(1),
			]);
			const text = 'x'.repeat(20) + 'y'.repeat(5);
			const stringRec: Rec = rec(0x0207, [...u16(text.length), 0, ...ascii(text.slice(0, 20))]);
			const bytes = xlsFile(
				[],
				[
					{
						name: 'S',
						records: [
							formulaRec,
							stringRec,
							rec(0x003c, [0, ...ascii(text.slice(20))]),
							label(1, 0, 'next'),
						],
					},
				],
			);
			expect((await ourRows(bytes)).rows).toEqual([[text], ['next']]);
		});

		it('reads a long LABEL split across several CONTINUE records', async () => {
			const parts = ['a'.repeat(8000), 'b'.repeat(8000), 'c'.repeat(100)];
			const labelRec: Rec = rec(0x0204, [
				...u16(0),
				...u16(0),
				...u16(0),
				...u16(16100),
				0,
				...ascii(parts[0]),
			]);
			const bytes = xlsFile(
				[],
				[
					{
						name: 'S',
						records: [
							labelRec,
							rec(0x003c, [0, ...ascii(parts[1])]),
							rec(0x003c, [0, ...ascii(parts[2])]),
						],
					},
				],
			);
			expect((await ourRows(bytes)).rows).toEqual([[parts.join('')]]);
		});

		it('reads a BIFF8 stream that ends without its last EOF', async () => {
			const stream = workbookStream(
				[],
				[{ name: 'S', records: [label(0, 0, 'a'), label(1, 0, 'b')] }],
			);
			const cut = stream.subarray(0, stream.length - 4);
			expect((await ourRows(compoundFile([{ name: 'Workbook', data: cut }]))).rows).toEqual([
				['a'],
				['b'],
			]);
		});

		it('reads cells beyond what DIMENSIONS claims, and ROW records without cells', async () => {
			const dimensions = rec(0x0200, [...u32(0), ...u32(1), ...u16(0), ...u16(1), ...u16(0)]);
			const row = (r: number) =>
				rec(0x0208, [...u16(r), ...u16(0), ...u16(5), ...u16(0x12c), 0, 0, 0, 0, ...u32(0x100)]);
			const bytes = xlsFile(
				[],
				[
					{
						name: 'S',
						records: [dimensions, row(0), row(1), row(9), label(0, 0, 'a'), number(9, 7, 3)],
					},
				],
			);
			expect((await ourRows(bytes)).rows).toEqual([
				['a'],
				...new Array(8),
				['', '', '', '', '', '', '', '3'],
			]);
		});

		it('reads a sheet with ROW records and no cells as empty', async () => {
			const row = rec(0x0208, [
				...u16(0),
				...u16(0),
				...u16(5),
				...u16(0x12c),
				0,
				0,
				0,
				0,
				...u32(0x100),
			]);
			const book = await openXlsBook(
				xlsFile([], [{ name: 'S', records: [row] }]),
				undefined,
				() => undefined,
			);
			expect([...book.rows()]).toEqual([]);
		});
	});

	describe('BIFF4 workbooks (BIFF4W)', () => {
		/** A BIFF4W file: globals naming the sheets by BUNDLESHEET, then each sheet a BIFF4 worksheet with its own formats. */
		function biff4w(sheets: Array<{ name: string; hidden?: number; records: Rec[] }>): Uint8Array {
			const enc = (records: Rec[]) =>
				records.flatMap(([id, body]) => [...u16(id), ...u16(body.length), ...body]);
			const bof4 = (type: number): Rec =>
				rec(0x0409, [...u16(0), ...u16(type), ...u16(0), ...u16(0)]);
			const head = (offsets: number[]) =>
				enc([
					bof4(0x0100),
					rec(0x0042, u16(1252)),
					...sheets.map((s, i) =>
						rec(0x008f, [...u32(offsets[i]), s.hidden ?? 0, 0, s.name.length, ...ascii(s.name)]),
					),
					rec(0x000a, []),
				]);
			const bodies = sheets.map((s) => enc([bof4(0x0010), ...s.records, rec(0x000a, [])]));
			let at = head(sheets.map(() => 0)).length;
			const offsets = bodies.map((b) => ((at += b.length), at - b.length));
			return Uint8Array.from([...head(offsets), ...bodies.flat()]);
		}
		// BIFF4 FORMAT (two unused bytes, then a byte string) and XF (the format index in byte 1).
		const format4 = (code: string): Rec => rec(0x041e, [0, 0, code.length, ...ascii(code)]);
		const xf4 = (fmt: number): Rec => rec(0x0443, [0, fmt, ...new Array(10).fill(0)]);
		const label4 = (r: number, c: number, s: string): Rec =>
			rec(0x0204, [...u16(r), ...u16(c), ...u16(0), ...u16(s.length), ...ascii(s)]);

		it("reads each sheet a BUNDLESHEET names, numbers through the sheet's own formats", async () => {
			const bytes = biff4w([
				{ name: 'Cover', records: [] },
				{
					name: 'Data',
					records: [
						format4('General'),
						format4('yyyy-mm-dd'),
						xf4(0),
						xf4(1),
						label4(0, 0, 'Born'),
						number(1, 0, 45306, 1),
					],
				},
				{ name: 'Hidden', hidden: 1, records: [label4(0, 0, 'h')] },
			]);
			const got = await ourRows(bytes);
			expect(got.names).toEqual(['Cover', 'Data', 'Hidden']);
			expect(got.sheetIndex).toBe(1);
			expect(got.rows).toEqual([['Born'], ['2024-01-15']]);
			expect((await ourRows(bytes, 'Hidden')).rows).toEqual([['h']]);
		});
	});

	describe('protection', () => {
		it('reads a workbook protected from changes only (WRITEPROT, WRITEACCESS, no FILEPASS)', async () => {
			const writeProt = rec(0x0086, []);
			const writeAccess = rec(0x005c, [
				...u16(4),
				0,
				...ascii('Jane'),
				...new Array(105).fill(0x20),
			]);
			const bytes = xlsFile(
				[writeProt, writeAccess, ...sst(['kept'])],
				[{ name: 'S', records: [labelSst(0, 0, 0)] }],
			);
			expect((await ourRows(bytes)).rows).toEqual([['kept']]);
		});

		it('throws FILE_ENCRYPTED for FILEPASS in a sheet substream too', async () => {
			const bytes = xlsFile(
				[],
				[{ name: 'S', records: [rec(0x002f, [0, 0, 1, 0, 1, 0]), label(0, 0, 'x')] }],
			);
			expect((await failure(openXlsBook(bytes, undefined, () => undefined))).code).toBe(
				'FILE_ENCRYPTED',
			);
		});
	});
});
