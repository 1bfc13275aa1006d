import { IntakeError } from '../../../../lib/errors';
import { createCsvParser, type CsvParserOptions } from '../../../../lib/read/csv/createCsvParser';
import type { RawRow } from '../../../../lib/read/rawRow';

/** Parses text fed in the given pieces; returns the rows and the malformed-quote reports. */
function parse(
	pieces: string[],
	options: Partial<CsvParserOptions> = {},
): { rows: RawRow[]; malformed: number[][] } {
	const malformed: number[][] = [];
	const parser = createCsvParser({
		delimiter: ',',
		newline: '\n',
		onMalformedQuote: (row, line) => malformed.push([row, line]),
		...options,
	});
	const rows: RawRow[] = [];
	for (const p of pieces) rows.push(...parser.write(p));
	rows.push(...parser.end());
	return { rows, malformed };
}

const cellsOf = (text: string, options?: Partial<CsvParserOptions>) =>
	parse([text], options).rows.map((r) => r.cells);

/** Every way of cutting `text` in two, and in single characters. */
function cuts(text: string): string[][] {
	const out: string[][] = [[text], Array.from(text)];
	for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
	return out;
}

describe('createCsvParser', () => {
	describe('RFC 4180 fields', () => {
		it('returns plain fields split on the delimiter', () => {
			expect(cellsOf('a,b,c\n1,2,3\n')).toEqual([
				['a', 'b', 'c'],
				['1', '2', '3'],
			]);
		});

		it('returns quoted fields with delimiters, doubled quotes and line breaks inside', () => {
			expect(cellsOf('"a,b","say ""hi""","x\r\ny"\n')).toEqual([['a,b', 'say "hi"', 'x\r\ny']]);
		});

		it('returns empty fields, empty quoted fields and a trailing empty field', () => {
			expect(cellsOf(',"",\n""\n')).toEqual([['', '', ''], ['']]);
		});

		it('returns a blank line as one empty cell', () => {
			expect(cellsOf('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
		});
	});

	describe('what real files do', () => {
		it('keeps a quote inside an unquoted field as an ordinary character', () => {
			expect(cellsOf('5" pipe,O"Brien\n')).toEqual([['5" pipe', 'O"Brien']]);
		});

		it('keeps text after a closing quote and reports the row once', () => {
			const { rows, malformed } = parse(['a\n"x"y,z\n']);
			expect(rows.map((r) => r.cells)).toEqual([['a'], ['xy', 'z']]);
			expect(malformed).toEqual([[2, 2]]);
		});

		it('reads CRLF, LF and a final line without a break alike', () => {
			expect(cellsOf('a,b\r\n1,2\n3,"4"\r\n5,6')).toEqual([
				['a', 'b'],
				['1', '2'],
				['3', '4'],
				['5', '6'],
			]);
		});

		it('reads old Mac files whose lines end with a lone CR', () => {
			expect(cellsOf('a,b\r1,"x\ry"\r2,3', { newline: '\r' })).toEqual([
				['a', 'b'],
				['1', 'x\ry'],
				['2', '3'],
			]);
		});

		it('keeps a lone CR inside a field of an LF file', () => {
			expect(cellsOf('a\rb,c\n')).toEqual([['a\rb', 'c']]);
		});

		it('splits on the chosen delimiter only', () => {
			expect(cellsOf('a;b,c\t|d\n', { delimiter: ';' })).toEqual([['a', 'b,c\t|d']]);
			expect(cellsOf('a\tb,c\n', { delimiter: '\t' })).toEqual([['a', 'b,c']]);
		});
	});

	describe('row numbers and physical lines', () => {
		it('returns the line each record starts on, counting breaks inside quotes', () => {
			const { rows } = parse(['h\n"a\nb\r\nc"\nx\n\ny\n']);
			expect(rows.map((r) => [r.row, r.line])).toEqual([
				[1, 1],
				[2, 2],
				[3, 5],
				[4, 6],
				[5, 7],
			]);
		});

		it('starts counting at firstRow and firstLine', () => {
			const { rows } = parse(['a\nb\n'], { firstRow: 1, firstLine: 2 });
			expect(rows.map((r) => [r.row, r.line])).toEqual([
				[1, 2],
				[2, 3],
			]);
		});
	});

	describe('text fed in pieces', () => {
		const text = 'id,note\r\n1,"a ""b""\r\nc"\r\n2,"x",y\r\n3,plain\r\n"4"\r\n';
		const whole = parse([text]);

		it('returns the same rows however the text is cut (inside quotes, between CR and LF, between doubled quotes)', () => {
			for (const pieces of cuts(text)) expect(parse(pieces)).toEqual(whole);
		});

		it('returns the same rows for a CR-only file cut anywhere', () => {
			const mac = 'a,"b\rc"\r1,2\r"3"';
			const ref = parse([mac], { newline: '\r' });
			for (const pieces of cuts(mac)) expect(parse(pieces, { newline: '\r' })).toEqual(ref);
		});

		it('returns rows as soon as they are complete', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n' });
			expect(parser.write('a,b\n1,"')).toEqual([{ row: 1, cells: ['a', 'b'], line: 1 }]);
			expect(parser.buffered()).toBe('1,"');
			expect(parser.write('x"\n')).toEqual([{ row: 2, cells: ['1', 'x'], line: 2 }]);
			expect(parser.end()).toEqual([]);
		});
	});

	describe('broken records', () => {
		it('throws CSV_UNCLOSED_QUOTE with the row and line when a quote is open at the end', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n' });
			parser.write('a,b\n"x\ny",1\n2,"open\nmore');
			let error: unknown;
			try {
				parser.end();
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(IntakeError);
			expect(error).toMatchObject({ code: 'CSV_UNCLOSED_QUOTE', details: { row: 3, line: 4 } });
		});

		it('throws CSV_UNCLOSED_QUOTE once an open quoted field outgrows maxRecordChars', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n', maxRecordChars: 1000 });
			parser.write('a\n"');
			expect(() => {
				for (let i = 0; i < 100; i++) parser.write('x'.repeat(100));
			}).toThrow(
				expect.objectContaining({ code: 'CSV_UNCLOSED_QUOTE', details: { row: 2, line: 2 } }),
			);
		});

		it('throws CSV_RECORD_TOO_LARGE once a line without a break outgrows maxRecordChars', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n', maxRecordChars: 1000 });
			parser.write('a\n1,');
			expect(() => {
				for (let i = 0; i < 100; i++) parser.write('x'.repeat(100));
			}).toThrow(
				expect.objectContaining({ code: 'CSV_RECORD_TOO_LARGE', details: { row: 2, line: 2 } }),
			);
		});

		it('parses a long quoted field in linear time', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n' });
			const piece = 'x'.repeat(1024);
			const started = Date.now();
			parser.write('"');
			for (let i = 0; i < 8192; i++) parser.write(piece);
			const rows = parser.write('"\n');
			expect(rows.length + parser.end().length).toBe(1);
			expect(Date.now() - started).toBeLessThan(5000);
		});
	});

	describe('quotes, more closely', () => {
		it('returns one quote for a field of a doubled quote only, and "" for an empty quoted field', () => {
			expect(cellsOf('"""",""\n')).toEqual([['"', '']]);
		});

		it('returns doubled quotes at the start and end of a quoted field', () => {
			expect(cellsOf('"""a""","b"""\n')).toEqual([['"a"', 'b"']]);
		});

		it('keeps a quoted field’s CRLF inside a CR-only file as written', () => {
			expect(cellsOf('a,"x\r\ny"\rb,c\r', { newline: '\r' })).toEqual([
				['a', 'x\r\ny'],
				['b', 'c'],
			]);
		});

		it('returns a quoted last field at the very end of the text, without a line break', () => {
			expect(cellsOf('a,"b"')).toEqual([['a', 'b']]);
		});

		it('keeps text between a closing quote and a CRLF as malformed', () => {
			const { rows, malformed } = parse(['"a"b\r\n']);
			expect(rows.map((r) => r.cells)).toEqual([['ab']]);
			expect(malformed).toEqual([[1, 1]]);
		});

		it('splits on a delimiter that is not ASCII', () => {
			expect(cellsOf('a§"b§c"§d\n', { delimiter: '§' })).toEqual([['a', 'b§c', 'd']]);
		});
	});

	describe('pieces and what is held back', () => {
		it('returns nothing for no text at all', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n' });
			expect(parser.write('')).toEqual([]);
			expect(parser.end()).toEqual([]);
		});

		it('holds a cut record back until as much new text has come, and then returns it', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n' });
			expect(parser.write('"' + 'x'.repeat(99))).toEqual([]);
			expect(parser.write('x"\n')).toEqual([]);
			expect(parser.buffered()).toBe('"' + 'x'.repeat(100) + '"\n');
			expect(parser.write('y'.repeat(100))).toEqual([
				{ row: 1, cells: ['x'.repeat(100)], line: 1 },
			]);
			expect(parser.buffered()).toBe('y'.repeat(100));
		});

		it('returns the same rows for a field cut between its two doubled quotes', () => {
			expect(parse(['"a"', '"b"\n']).rows).toEqual(parse(['"a""b"\n']).rows);
		});
	});

	describe('limits', () => {
		it('accepts a record of exactly maxRecordChars held back', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n', maxRecordChars: 10 });
			expect(parser.write('"12345678')).toEqual([]);
			expect(parser.write('9"\n')).toEqual([{ row: 1, cells: ['123456789'], line: 1 }]);
		});

		it('says the limit in MB in the error', () => {
			const parser = createCsvParser({
				delimiter: ',',
				newline: '\n',
				maxRecordChars: 2 * 1048576,
			});
			parser.write('"');
			expect(() => parser.write('x'.repeat(2 * 1048576))).toThrow(
				'Row 1 (line 1) opens a quoted field that is not closed within 2 MB.',
			);
		});

		it('returns CSV_RECORD_TOO_LARGE, not an unclosed quote, when no line break follows at all', () => {
			// Without a line break the record's end is unknown before its quote is looked at.
			const parser = createCsvParser({ delimiter: ',', newline: '\n', maxRecordChars: 1000 });
			parser.write('a,"');
			expect(() => parser.write('x'.repeat(1000))).toThrow(
				expect.objectContaining({ code: 'CSV_RECORD_TOO_LARGE' }),
			);
		});

		it('never refuses a record when maxRecordChars is Infinity', () => {
			const parser = createCsvParser({ delimiter: ',', newline: '\n', maxRecordChars: Infinity });
			parser.write('"');
			for (let i = 0; i < 64; i++) parser.write('x'.repeat(1024));
			expect([...parser.write('"\n'), ...parser.end()][0].cells[0]).toHaveLength(65536);
		});
	});
});
