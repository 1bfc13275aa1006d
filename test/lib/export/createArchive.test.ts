import { createArchive } from '../../../lib/export/createArchive';
import { createBulkExport } from '../../../lib/export/createBulkExport';
import { IntakeError } from '../../../lib/errors';
import type { ArchiveEntry } from '../../../lib/export/types';
import {
	HAS_UNZIP,
	extractedPaths,
	readBack,
	readManifest,
	sha256,
	unzip,
	utf8,
} from './zipTestKit';

const date = new Date('2025-03-04T05:06:08Z');
const unzipIt = HAS_UNZIP ? it : it.skip;
if (!HAS_UNZIP)
	process.stdout.write(
		'createArchive tests: unzip is not installed; the checks with an independent reader are skipped.\n',
	);

/** Every manifest row's hash checked against the bytes read back; returns the rows. */
function checkManifest(data: Uint8Array): string[][] {
	const files = readBack(data);
	const rows = readManifest(files['manifest.csv']);
	expect(rows[0]).toEqual(['path', 'size', 'sha256', 'renamed_from']);
	for (const [path, size, hash] of rows.slice(1)) {
		const real = path.replace(/^'(?=[=+\-@\t\r])/, '');
		expect(files[real]).toBeDefined();
		expect(String(files[real].length)).toBe(size);
		expect(sha256(files[real])).toBe(hash);
	}
	// the manifest lists every file but itself
	expect(
		rows
			.slice(1)
			.map((r) => r[0].replace(/^'(?=[=+\-@])/, ''))
			.sort(),
	).toEqual(
		Object.keys(files)
			.filter((f) => f !== 'manifest.csv')
			.sort(),
	);
	return rows;
}

describe('createArchive', () => {
	describe('plain files', () => {
		const entries: ArchiveEntry[] = [
			{ name: 'letter.pdf', folder: 'CASE-1', data: utf8('%PDF-1.4 letter') },
			{ name: 'notes.txt', folder: 'CASE-2', data: utf8('notes '.repeat(1000)) },
			{ name: 'Zoë Łukasz.txt', data: utf8('accents') },
			{ name: 'empty.txt', data: new Uint8Array(0) },
		];

		it('returns each file with its path, size and SHA-256', () => {
			const { files } = createArchive(entries, { date });
			expect(files).toEqual([
				{ path: 'CASE-1/letter.pdf', size: 15, sha256: sha256(utf8('%PDF-1.4 letter')) },
				{ path: 'CASE-2/notes.txt', size: 6000, sha256: sha256(utf8('notes '.repeat(1000))) },
				{ path: 'Zoë Łukasz.txt', size: 7, sha256: sha256(utf8('accents')) },
				{ path: 'empty.txt', size: 0, sha256: sha256(new Uint8Array(0)) },
			]);
		});

		it('returns an archive fflate reads back, with a manifest whose hashes match', () => {
			const { data } = createArchive(entries, { date });
			const back = readBack(data);
			expect(new TextDecoder().decode(back['CASE-2/notes.txt'])).toBe('notes '.repeat(1000));
			expect(checkManifest(data)).toHaveLength(5);
		});

		unzipIt('returns an archive unzip -t passes, with UTF-8 names and the given date', () => {
			const { data } = createArchive(entries, { date });
			expect(unzip(data, ['-t']).out).toMatch(/No errors detected/);
			const list = unzip(data, ['-Z', '-T']).out;
			expect(list).toContain('Zoë Łukasz.txt');
			expect(list).toMatch(/20250304\.\d{6}/);
		});

		it('returns the same bytes for the same entries and date', () => {
			expect(sha256(createArchive(entries, { date }).data)).toBe(
				sha256(createArchive(entries, { date }).data),
			);
			expect(sha256(createArchive(entries, { date }).data)).not.toBe(
				sha256(createArchive(entries, { date: new Date('2026-01-01') }).data),
			);
		});

		it('stores when asked, and leaves the manifest out when asked', () => {
			const { data } = createArchive(entries, { date, compression: 'store', manifest: false });
			expect(Object.keys(readBack(data))).toEqual([
				'CASE-1/letter.pdf',
				'CASE-2/notes.txt',
				'Zoë Łukasz.txt',
				'empty.txt',
			]);
			// stored: the text is in the archive as it is
			expect(new TextDecoder().decode(data)).toContain('notes notes');
		});

		it('sets the UTF-8 flag (bit 11) on every entry', () => {
			const { data } = createArchive(entries, { date });
			const view = new DataView(data.buffer, data.byteOffset);
			for (let i = 0; i + 4 <= data.length; i++) {
				if (view.getUint32(i, true) === 0x02014b50)
					expect(view.getUint16(i + 8, true) & 0x0800).toBe(0x0800);
			}
		});
	});

	describe('hostile names', () => {
		const payloads = [
			'../../etc/passwd',
			'/abs',
			'C:\\x',
			'..\\..\\x',
			'CON.txt',
			'a\u0000b.txt',
			'line\nbreak.txt',
			`${'n'.repeat(300)}.txt`,
			'=HYPERLINK("x").txt',
			'-1.txt',
		];
		const entries = payloads.map((name, i) => ({ name, data: utf8(`file ${i}`) }));

		it('returns safe relative paths, each renamed entry with renamedFrom', () => {
			const { files } = createArchive(entries, { date });
			expect(files.map((f) => [f.path, f.renamedFrom])).toEqual([
				['etc/passwd', '../../etc/passwd'],
				['abs', '/abs'],
				['x', 'C:\\x'],
				['x (2)', '..\\..\\x'],
				['_CON.txt', 'CON.txt'],
				['a_b.txt', 'a\u0000b.txt'],
				['line_break.txt', 'line\nbreak.txt'],
				[`${'n'.repeat(236)}.txt`, `${'n'.repeat(300)}.txt`],
				['=HYPERLINK(_x_).txt', '=HYPERLINK("x").txt'],
				['-1.txt', undefined],
			]);
		});

		it('guards paths that a spreadsheet would run as formulas in the manifest only', () => {
			const { data } = createArchive(entries, { date });
			const rows = checkManifest(data);
			expect(rows.map((r) => r[0])).toContain("'=HYPERLINK(_x_).txt");
			expect(rows.map((r) => r[0])).toContain("'-1.txt");
			expect(Object.keys(readBack(data))).toContain('=HYPERLINK(_x_).txt');
			// the original name's control characters are spelled out, not written raw
			expect(rows.find((r) => r[0] === 'a_b.txt')?.[3]).toBe('a\\u0000b.txt');
		});

		unzipIt('extracts inside its folder only', () => {
			const { data } = createArchive(entries, { date });
			expect(unzip(data, ['-t']).out).toMatch(/No errors detected/);
			const paths = extractedPaths(data);
			expect(paths).toHaveLength(payloads.length + 1);
			for (const p of paths) expect(p.startsWith('/') || p.split('/').includes('..')).toBe(false);
		});

		it('numbers 10 files all named a.pdf in various cases, across folders spelled differently', () => {
			const names = [
				'a.pdf',
				'A.pdf',
				'a.PDF',
				'A.PDF',
				'a.pdf',
				'a.Pdf',
				'A.pDf',
				'a.pdf',
				'A.pdf',
				'a.pdf',
			];
			const { files, data } = createArchive(
				names.map((name, i) => ({
					name,
					folder: i % 2 ? 'case-1' : 'CASE-1',
					data: utf8(`v${i}`),
				})),
				{ date },
			);
			expect(files.map((f) => f.path)).toEqual([
				'CASE-1/a.pdf',
				'CASE-1/A (2).pdf',
				'CASE-1/a (3).PDF',
				'CASE-1/A (4).PDF',
				'CASE-1/a (5).pdf',
				'CASE-1/a (6).Pdf',
				'CASE-1/A (7).pDf',
				'CASE-1/a (8).pdf',
				'CASE-1/A (9).pdf',
				'CASE-1/a (10).pdf',
			]);
			expect(files.filter((f) => f.renamedFrom !== undefined)).toHaveLength(9);
			expect(new Set(files.map((f) => f.path.toLowerCase())).size).toBe(10);
			checkManifest(data);
		});

		it('keeps manifest.csv for the manifest: a file of that name is numbered', () => {
			const { files } = createArchive([{ name: 'MANIFEST.csv', data: utf8('mine') }], { date });
			expect(files).toEqual([
				expect.objectContaining({ path: 'MANIFEST (2).csv', renamedFrom: 'MANIFEST.csv' }),
			]);
		});

		it('numbers a file whose name is taken by a folder', () => {
			const { files } = createArchive(
				[
					{ name: 'x.txt', folder: 'docs', data: utf8('1') },
					{ name: 'Docs', data: utf8('2') },
				],
				{ date },
			);
			expect(files.map((f) => f.path)).toEqual(['docs/x.txt', 'Docs (2)']);
		});
	});

	describe('misuse', () => {
		it('throws ARCHIVE_INVALID_OPTION naming the option', () => {
			expect(() => createArchive([], { compression: 'zstd' as never })).toThrow(
				new IntakeError(
					'ARCHIVE_INVALID_OPTION',
					'Invalid option `compression`: expected "deflate" or "store", got "zstd"',
				),
			);
			expect(() => createArchive([], { date: new Date('x') })).toThrow(
				/Invalid option `date`: expected a valid Date/,
			);
			expect(() => createArchive([{ name: 'a', data: 'text' as never }])).toThrow(
				/Invalid option `entries\[0\]\.data`: expected a Uint8Array, got "string"/,
			);
			expect(() => createArchive([{ name: 5 as never, data: new Uint8Array() }])).toThrow(
				/`entries\[0\]\.name`/,
			);
			expect(() => createArchive('a.txt' as never)).toThrow(
				expect.objectContaining({
					code: 'ARCHIVE_INVALID_OPTION',
					message: 'Invalid option `entries`: expected a list of { name, data }, got "string"',
				}),
			);
		});
	});
});

describe('createBulkExport', () => {
	it('returns record sets under data/, attachments under attachments/<case>/, and the manifest', () => {
		const { files, data } = createBulkExport(
			[
				{ name: 'clients', fileName: 'clients.csv', data: utf8('id,name\r\n1,Zoë\r\n') },
				{
					name: 'cases',
					fileName: 'cases.json',
					data: utf8('{"format":"json","records":[],"total":0}'),
				},
				{ name: 'tasks', data: utf8('[]') },
			],
			[
				{ folder: 'CASE-1', name: 'letter.pdf', data: utf8('%PDF') },
				{ folder: '../../etc', name: 'passwd', data: utf8('root') },
				{ name: 'loose.txt', data: utf8('x') },
			],
			{ date },
		);
		expect(files.map((f) => f.path)).toEqual([
			'data/clients.csv',
			'data/cases.json',
			'data/tasks',
			'attachments/CASE-1/letter.pdf',
			'attachments/etc/passwd',
			'attachments/loose.txt',
		]);
		checkManifest(data);
	});

	it('throws ARCHIVE_INVALID_OPTION for a set without a name', () => {
		expect(() => createBulkExport([{ name: '', data: new Uint8Array() }])).toThrow(
			/Invalid option `sets\[0\]\.name`/,
		);
	});
});
