import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSpreadsheet } from '../../../../index';
import { readCsvRows, type CsvCoreOptions } from '../../../../lib/read/csv/readCsvRows';
import { detectFormat } from '../../../../lib/read/detectFormat';
import type { RawRow } from '../../../../lib/read/rawRow';
import { sniffEncoding } from '../../../../lib/read/sniffEncoding';
import type { ReadIssue } from '../../../../lib/types';
import { describeRepros, REPROS_DIR } from '../../../helpers/corpus';
import { failure } from '../../../helpers/fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};
const utf16le = (text: string) => {
	const out = new Uint8Array(text.length * 2);
	for (let i = 0; i < text.length; i++) {
		out[2 * i] = text.charCodeAt(i) & 0xff;
		out[2 * i + 1] = text.charCodeAt(i) >> 8;
	}
	return out;
};

/** Runs readCsvRows over the bytes cut into the given chunk sizes (repeating the last). */
async function read(
	bytes: Uint8Array,
	options: Partial<CsvCoreOptions> = {},
	sizes: number[] = [bytes.length || 1],
) {
	const issues: ReadIssue[] = [];
	const dialects: Array<{ delimiter: string; newline: string }> = [];
	async function* chunks() {
		let at = 0;
		for (let i = 0; at < bytes.length; i++) {
			const size = sizes[Math.min(i, sizes.length - 1)];
			yield bytes.subarray(at, at + size);
			at += size;
		}
	}
	const rows: RawRow[] = [];
	for await (const batch of readCsvRows(chunks(), {
		encoding: 'utf-8',
		delimiter: 'auto',
		encodingGuessed: true,
		onIssue: (i) => issues.push(i),
		onDialect: (d) => dialects.push(d),
		...options,
	})) {
		rows.push(...batch);
	}
	return { rows, issues, dialects };
}

describe('readCsvRows', () => {
	describe('decoding and dialect', () => {
		it('returns the same rows when chunks cut a multi-byte character, a CRLF or a quote', async () => {
			const bytes = utf8('\uFEFFname;note\r\nJosé;"a ""é"" b\r\nc"\r\nZoë;x\r\n');
			const whole = await read(bytes);
			expect(whole.rows.map((r) => r.cells)).toEqual([
				['name', 'note'],
				['José', 'a "é" b\r\nc'],
				['Zoë', 'x'],
			]);
			expect(whole.dialects).toEqual([{ delimiter: ';', newline: '\n' }]);
			for (const size of [1, 2, 3, 5, 7]) expect(await read(bytes, {}, [size])).toEqual(whole);
		});

		it('returns rows of a lone-CR file with lines counted by CR', async () => {
			const r = await read(utf8('a,b\r1,"x\ry"\r2,3\r'));
			expect(r.dialects).toEqual([{ delimiter: ',', newline: '\r' }]);
			expect(r.rows).toEqual([
				{ row: 1, cells: ['a', 'b'], line: 1 },
				{ row: 2, cells: ['1', 'x\ry'], line: 2 },
				{ row: 3, cells: ['2', '3'], line: 4 },
			]);
		});

		it('drops an Excel "sep=" line and counts it as a line', async () => {
			const r = await read(utf8('sep=;\na;b\n1,5;2\n'));
			expect(r.dialects[0].delimiter).toBe(';');
			expect(r.rows).toEqual([
				{ row: 1, cells: ['a', 'b'], line: 2 },
				{ row: 2, cells: ['1,5', '2'], line: 3 },
			]);
		});

		it('sniffs the delimiter of a long file from its first 64 KiB', async () => {
			const text = 'a|b|c\n' + '1|"x,y"|3\n'.repeat(20000);
			const r = await read(utf8(text), {}, [4096]);
			expect(r.dialects[0].delimiter).toBe('|');
			expect(r.rows.length).toBe(20001);
			expect(r.rows[20000]).toEqual({ row: 20001, cells: ['1', 'x,y', '3'], line: 20001 });
		});

		it('reports the first row with undecodable bytes once, when the encoding was guessed', async () => {
			const r = await read(concat(utf8('a\nx\n'), new Uint8Array([0x4d, 0xfc, 0x0a, 0xfc, 0x0a])));
			expect(r.rows.map((x) => x.cells[0])).toEqual(['a', 'x', 'M\uFFFD', '\uFFFD']);
			expect(r.issues).toEqual([
				expect.objectContaining({ code: 'ENCODING_INVALID_BYTES', row: 3, line: 3 }),
			]);
		});
	});

	describe('NUL bytes', () => {
		it('removes a stray NUL and reports its row, reading the rest', async () => {
			const r = await readSpreadsheet(
				utf8('name,email\nAda\0,ada@x.com\nBob,b\0b@x.com\nCy,c@x.com\n'),
			);
			expect(r.rows).toEqual([
				{ name: 'Ada', email: 'ada@x.com' },
				{ name: 'Bob', email: 'bb@x.com' },
				{ name: 'Cy', email: 'c@x.com' },
			]);
			expect(r.issues.map((i) => [i.row, i.code])).toEqual([
				[2, 'ENCODING_NUL_BYTE'],
				[3, 'ENCODING_NUL_BYTE'],
			]);
			expect(r.issues[0].message).toBe(
				'Row 2 (line 2) holds a NUL byte (character code 0), which text does not contain; it was removed. Check that row in the source system.',
			);
		});

		it('finds a NUL in a row that spans chunks', async () => {
			const bytes = utf8('a,b\n"x\0' + 'y'.repeat(100000) + '",2\n3,4\n');
			const r = await read(bytes, {}, [65536]);
			expect(r.rows.map((x) => x.cells[1])).toEqual(['b', '2', '4']);
			expect(r.rows[1].cells[0]).toBe('x' + 'y'.repeat(100000));
			expect(r.issues.map((i) => i.row)).toEqual([2]);
		});

		it('still refuses a binary file full of NULs and control bytes as UNSUPPORTED_FORMAT', async () => {
			const bytes = new Uint8Array(4096);
			for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0 : (i * 7) % 32;
			const e = await failure(readSpreadsheet(bytes));
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
		});

		it('still refuses a binary file of runs of zeros', async () => {
			const bytes = concat(utf8('SQLite format 3'), new Uint8Array(2000));
			expect(() => detectFormat(bytes)).toThrow(
				expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
			);
		});
	});

	describe('UTF-16 inside an 8-bit file', () => {
		const joined = concat(
			utf8('name,email\nAda,a@x.com\n'),
			new Uint8Array([0xff, 0xfe]),
			utf16le('Bob,b@x.com\nCy,c@x.com\n'),
		);

		it('is not taken for UTF-16 as a whole, nor for binary', () => {
			expect(sniffEncoding(joined).encoding).not.toMatch(/utf-16/);
			expect(detectFormat(joined).container).toBe('text');
		});

		it('reports the affected rows and keeps their ASCII text', async () => {
			const r = await readSpreadsheet(joined);
			expect(r.rows).toEqual([
				{ name: 'Ada', email: 'a@x.com' },
				{ name: 'Bob', email: 'b@x.com' },
				{ name: 'Cy', email: 'c@x.com' },
			]);
			const utf16 = r.issues.filter((i) => i.message.includes('looks like UTF-16 text'));
			expect(utf16.map((i) => [i.row, i.code])).toEqual([
				[3, 'ENCODING_MIXED'],
				[4, 'ENCODING_MIXED'],
			]);
		});
	});

	describe('one line without a line break', () => {
		it('throws NO_DATA_ROWS for a semicolon header whose first field quotes commas', async () => {
			const e = await failure(readSpreadsheet(utf8('"Field1,1,1";Field2;"Field3";Field4')));
			expect(e.code).toBe('NO_DATA_ROWS');
		});

		it('returns its cells split on the sniffed delimiter', async () => {
			const r = await read(utf8('"Field1,1,1";Field2;"Field3";Field4'));
			expect(r.rows).toEqual([
				{ row: 1, cells: ['Field1,1,1', 'Field2', 'Field3', 'Field4'], line: 1 },
			]);
			expect(r.issues).toEqual([]);
		});
	});

	describe('the delimiter option', () => {
		it.each([['\x1e'], ['\0'], ['\x7f'], ['a'], ['7'], ['\uFEFF']])(
			'throws READ_INVALID_OPTION for %j, saying what is allowed',
			async (delimiter) => {
				const e = await failure(readSpreadsheet(utf8('a\x1eb\x1ec\r\nd\x1ee\x1ef'), { delimiter }));
				expect(e.code).toBe('READ_INVALID_OPTION');
				expect(e.message).toBe(
					`Invalid option \`delimiter\`: expected a punctuation mark, a space or a tab, such as , ; | or \\t (not a letter, a digit or a control character), got ${JSON.stringify(delimiter)}`,
				);
			},
		);

		it.each([[';'], ['\t'], ['\\t'], [' '], ['|'], ['^']])('accepts %j', async (delimiter) => {
			const d = delimiter === '\\t' ? '\t' : delimiter;
			const r = await readSpreadsheet(utf8(`a${d}b\n1${d}2\n`), { delimiter });
			expect(r.rows).toEqual([{ a: '1', b: '2' }]);
		});
	});
});

describeRepros('readSpreadsheet on ../shared/repros', () => {
	const repro = (name: string) => readFileSync(join(REPROS_DIR, name));

	it('reads nul_bytes.csv with an issue on each row holding a NUL', async () => {
		const r = await readSpreadsheet(repro('nul_bytes.csv'));
		expect(r.rows).toEqual([
			{ name: 'Ada', email: 'ada@x.com' },
			{ name: 'Bob', email: 'bb@x.com' },
		]);
		expect(r.issues.map((i) => [i.row, i.code])).toEqual([
			[2, 'ENCODING_NUL_BYTE'],
			[3, 'ENCODING_NUL_BYTE'],
		]);
	});

	it('throws NO_DATA_ROWS for single_line_semicolon.csv', async () => {
		expect((await failure(readSpreadsheet(repro('single_line_semicolon.csv')))).code).toBe(
			'NO_DATA_ROWS',
		);
	});

	it('refuses the control-character delimiter of ascii30_delimiter.csv up front', async () => {
		expect(
			(await failure(readSpreadsheet(repro('ascii30_delimiter.csv'), { delimiter: '\x1e' }))).code,
		).toBe('READ_INVALID_OPTION');
	});

	it('reports the UTF-16 rows of utf8_then_utf16bom_mid.csv', async () => {
		const r = await readSpreadsheet(repro('utf8_then_utf16bom_mid.csv'));
		expect(r.rows).toEqual([
			{ name: 'Ada', email: 'a@x.com' },
			{ name: 'Bob', email: 'b@x.com' },
		]);
		expect(r.issues).toEqual([expect.objectContaining({ row: 3, code: 'ENCODING_MIXED' })]);
	});
});
