import { openRowSource } from '../../../lib/read/openRowSource';
import { normalizeReadOptions, type ReadOptions } from '../../../lib/read/options';
import type { RawRow } from '../../../lib/read/rawRow';
import { takePrefix } from '../../../lib/read/takePrefix';
import { failure, fixture, utf8 } from '../../helpers/fixtures';

async function open(bytes: Uint8Array, options: ReadOptions = {}) {
	const opts = normalizeReadOptions(options);
	return openRowSource(await takePrefix(bytes, opts), opts, () => undefined);
}

async function firstBatch(
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>,
): Promise<RawRow[]> {
	const next = await batches.next();
	return next.done ? [] : next.value;
}

describe('openRowSource', () => {
	describe('text', () => {
		it('returns csv with the sniffed encoding, and the delimiter once the first batch is read', async () => {
			const rows = await open(utf8('a;b\n1;2\n'));
			expect(rows).toMatchObject({ format: 'csv', encoding: 'utf-8' });
			expect(rows.sheets).toBeUndefined();
			expect(rows.delimiter()).toBeUndefined();
			expect((await firstBatch(rows.batches)).map((r) => r.cells)).toEqual([
				['a', 'b'],
				['1', '2'],
			]);
			expect(rows.delimiter()).toBe(';');
		});

		it('returns windows-1252 for Latin-1 bytes, and the encoding set in the options as given', async () => {
			expect((await open(fixture('latin1-semicolon.csv'))).encoding).toBe('windows-1252');
			expect((await open(utf8('a\n1\n'), { encoding: 'utf-16le' })).encoding).toBe('utf-16le');
		});

		it('reads tabs when the format is set to tsv and the delimiter left to auto', async () => {
			const rows = await open(utf8('a,b\tc\n'), { format: 'tsv' });
			expect((await firstBatch(rows.batches))[0].cells).toEqual(['a,b', 'c']);
			expect(rows.delimiter()).toBe('\t');
		});

		it('returns tsv for a .tsv file name', async () => {
			expect((await open(utf8('a\tb\n'), { fileName: 'x.tsv' })).format).toBe('tsv');
		});
	});

	describe('workbooks', () => {
		it('returns xlsx with every sheet and the one read, and no delimiter', async () => {
			const rows = await open(fixture('contacts.xlsx'));
			expect(rows.format).toBe('xlsx');
			expect(rows.sheet).toBe(rows.sheets?.[0]);
			expect(rows.encoding).toBeUndefined();
			expect(rows.delimiter()).toBeUndefined();
		});

		it("returns the first visible worksheet with the others as rest when sheet is '*'", async () => {
			const rows = await open(fixture('multi-sheet.xlsx'), { sheet: '*' });
			expect([rows.sheet, rows.rest?.map((r) => r.sheet)]).toEqual([
				'Clients',
				['Matters', 'Notes'],
			]);
			expect((await firstBatch(rows.rest![0].batches))[0].cells).toEqual([
				'Matter',
				'Reference',
				'Opened',
			]);
		});

		it('returns ods for an OpenDocument spreadsheet', async () => {
			const rows = await open(fixture('ods/matters.ods'));
			expect([rows.format, rows.sheet]).toEqual(['ods', 'Matters']);
		});

		it('returns xls for a legacy workbook', async () => {
			const rows = await open(fixture('people.xls'));
			expect(rows.format).toBe('xls');
			expect(rows.sheets?.length).toBeGreaterThan(0);
		});
	});

	describe('formats that do not match', () => {
		it.each([
			['contacts.xlsx', 'csv', 'The format is set to CSV, but the file is an XLSX workbook.'],
			[
				'people.xls',
				'xlsx',
				'The format is set to XLSX, but the file is a legacy Excel (XLS) workbook.',
			],
			[
				'latin1-semicolon.csv',
				'xls',
				'The format is set to XLS, but the file is a CSV/TSV text file.',
			],
		] as const)('throws UNSUPPORTED_FORMAT for %s read as %s', async (file, format, says) => {
			const e = await failure(open(fixture(file), { format }));
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
			expect(e.message).toContain(says);
		});

		it('throws UNSUPPORTED_FORMAT for a PDF', async () => {
			expect((await failure(open(fixture('not-a-spreadsheet.pdf')))).code).toBe(
				'UNSUPPORTED_FORMAT',
			);
		});

		it('throws FILE_ENCRYPTED for a compound file holding an EncryptedPackage stream', async () => {
			const cfb = new Uint8Array(1024);
			cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
			const name = 'EncryptedPackage';
			for (let i = 0; i < name.length; i++) cfb[512 + i * 2] = name.charCodeAt(i);
			expect((await failure(open(cfb))).code).toBe('FILE_ENCRYPTED');
		});
	});
});
