import {
	createCsvReadState,
	feedWindow,
	finishText,
	inspectRows,
	settleDialect,
	SNIFF_CHARS,
} from '../../../../lib/read/csv/csvReadState';
import { createCsvParser } from '../../../../lib/read/csv/createCsvParser';
import type { CsvCoreOptions } from '../../../../lib/read/csv/readCsvRows';
import type { ReadIssue } from '../../../../lib/types';

/** Options that record the issues and dialects they receive. */
function optionsOf(over: Partial<CsvCoreOptions> = {}) {
	const issues: ReadIssue[] = [];
	const dialects: Array<{ delimiter: string; newline: string }> = [];
	const options: CsvCoreOptions = {
		encoding: 'utf-8',
		delimiter: 'auto',
		encodingGuessed: true,
		onIssue: (i) => issues.push(i),
		onDialect: (d) => dialects.push(d),
		...over,
	};
	return { options, issues, dialects };
}

const cellsOf = (rows: Array<{ cells: string[] }>) => rows.map((r) => r.cells);

describe('createCsvReadState', () => {
	it('returns a collecting state: no parser, nothing collected, watched or reported', () => {
		expect(createCsvReadState()).toEqual({
			parser: undefined,
			head: [],
			headLength: 0,
			watchNul: false,
			watchBad: false,
			reportedEncoding: false,
		});
	});
});

describe('feedWindow', () => {
	it('collects windows, returning no rows, while under SNIFF_CHARS', () => {
		const { options, dialects } = optionsOf();
		const state = createCsvReadState();
		expect(feedWindow(state, 'a;b\n', options)).toEqual([]);
		expect(feedWindow(state, '1;2\n', options)).toEqual([]);
		expect(state).toMatchObject({ parser: undefined, head: ['a;b\n', '1;2\n'], headLength: 8 });
		expect(dialects).toEqual([]);
	});

	it('settles the dialect once SNIFF_CHARS are in, then parses everything collected', () => {
		const { options, dialects } = optionsOf();
		const state = createCsvReadState();
		const line = 'x;y\n';
		const first = line.repeat(SNIFF_CHARS / line.length / 2);
		feedWindow(state, first, options);
		const rows = feedWindow(state, first, options);
		expect(rows).toHaveLength(SNIFF_CHARS / line.length);
		expect(rows[0]).toEqual({ row: 1, cells: ['x', 'y'], line: 1 });
		expect(dialects).toEqual([{ delimiter: ';', newline: '\n' }]);
		expect(state.parser).toBeDefined();
		expect(state).toMatchObject({ head: [], headLength: 0 });
	});

	it('sends every window straight to the parser once parsing', () => {
		const { options } = optionsOf({ delimiter: ',' });
		const state = createCsvReadState();
		settleDialect(state, '', false, options);
		expect(cellsOf(feedWindow(state, 'a,b\nc', options))).toEqual([['a', 'b']]);
		expect(state.parser?.buffered()).toBe('c');
		expect(state.head).toEqual([]);
	});
});

describe('finishText', () => {
	it('returns no rows, and settles nothing, for an empty text', () => {
		const { options, dialects } = optionsOf();
		const state = createCsvReadState();
		expect(finishText(state, '', options)).toEqual([]);
		expect(state.parser).toBeUndefined();
		expect(dialects).toEqual([]);
	});

	it('settles the dialect on a short file’s whole text and returns its rows, the last without a break', () => {
		const { options, dialects } = optionsOf();
		const state = createCsvReadState();
		feedWindow(state, 'a|b\n1|', options);
		expect(cellsOf(finishText(state, '2', options))).toEqual([
			['a', 'b'],
			['1', '2'],
		]);
		expect(dialects).toEqual([{ delimiter: '|', newline: '\n' }]);
	});

	it('throws CSV_UNCLOSED_QUOTE for a quote open at the end', () => {
		const { options } = optionsOf({ delimiter: ',' });
		const state = createCsvReadState();
		feedWindow(state, 'a\n"open', options);
		expect(() => finishText(state, '', options)).toThrow(
			expect.objectContaining({ code: 'CSV_UNCLOSED_QUOTE' }),
		);
	});
});

describe('settleDialect', () => {
	it('drops a BOM and an Excel sep= line, takes its delimiter and counts its line', () => {
		const { options, dialects } = optionsOf();
		const state = createCsvReadState();
		const { parser, text } = settleDialect(state, '\uFEFFsep=|\r\na|b\r\n', true, options);
		expect(text).toBe('a|b\r\n');
		expect(state.parser).toBe(parser);
		expect(dialects).toEqual([{ delimiter: '|', newline: '\n' }]);
		expect(parser.write(text)).toEqual([{ row: 1, cells: ['a', 'b'], line: 2 }]);
	});

	it('keeps a delimiter set in the options over a sep= line', () => {
		const { options, dialects } = optionsOf({ delimiter: ';' });
		settleDialect(createCsvReadState(), 'sep=,\na;b\n', true, options);
		expect(dialects).toEqual([{ delimiter: ';', newline: '\n' }]);
	});

	it('takes CR as the line break when the text has CRs but no LF', () => {
		const { options, dialects } = optionsOf();
		settleDialect(createCsvReadState(), 'a\tb\r1\t2\r', true, options);
		expect(dialects).toEqual([{ delimiter: '\t', newline: '\r' }]);
	});

	it('clears what was collected', () => {
		const { options } = optionsOf();
		const state = createCsvReadState();
		feedWindow(state, 'a,b\n', options);
		settleDialect(state, 'a,b\n', false, options);
		expect(state).toMatchObject({ head: [], headLength: 0 });
	});

	it('reports text after a closing quote as CSV_MALFORMED_QUOTE', () => {
		const { options, issues } = optionsOf({ delimiter: ',' });
		const { parser } = settleDialect(createCsvReadState(), '', false, options);
		parser.write('a\n"x"y\n');
		expect(issues.map((i) => [i.row, i.line, i.code])).toEqual([[2, 2, 'CSV_MALFORMED_QUOTE']]);
	});
});

describe('inspectRows', () => {
	const parserOf = () => createCsvParser({ delimiter: ',', newline: '\n' });

	it('leaves rows alone, and watches nothing, when the text is clean', () => {
		const { options, issues } = optionsOf();
		const state = createCsvReadState();
		const rows = [{ row: 1, cells: ['a'], line: 1 }];
		expect(inspectRows(state, parserOf(), rows, 'a\n', options)).toBe(rows);
		expect(state).toMatchObject({ watchNul: false, watchBad: false });
		expect(issues).toEqual([]);
	});

	it('removes a NUL, reports ENCODING_NUL_BYTE, and stops watching once the parser holds none', () => {
		const { options, issues } = optionsOf();
		const state = createCsvReadState();
		const rows = inspectRows(
			state,
			parserOf(),
			[{ row: 2, cells: ['a\0b', 'c'], line: 2 }],
			'a\0b,c\n',
			options,
		);
		expect(rows[0].cells).toEqual(['ab', 'c']);
		expect(issues.map((i) => i.code)).toEqual(['ENCODING_NUL_BYTE']);
		expect(state.watchNul).toBe(false);
	});

	it('keeps watching for a NUL while the parser still buffers one, even with no rows yet', () => {
		const { options } = optionsOf();
		const state = createCsvReadState();
		const parser = parserOf();
		const rows = parser.write('x\0');
		inspectRows(state, parser, rows, 'x\0', options);
		expect(state.watchNul).toBe(true);
		const next = parser.write('y\n');
		inspectRows(state, parser, next, 'y\n', options);
		expect(next[0].cells).toEqual(['xy']);
		expect(state.watchNul).toBe(false);
	});

	it('reports U+FFFD once per file, as ENCODING_INVALID_BYTES, when the encoding was guessed', () => {
		const { options, issues } = optionsOf();
		const state = createCsvReadState();
		const parser = parserOf();
		inspectRows(
			state,
			parser,
			[{ row: 2, cells: ['M\uFFFDller'], line: 2 }],
			'M\uFFFDller\n',
			options,
		);
		inspectRows(state, parser, [{ row: 3, cells: ['K\uFFFDln'], line: 3 }], 'K\uFFFDln\n', options);
		expect(issues.map((i) => [i.row, i.code])).toEqual([[2, 'ENCODING_INVALID_BYTES']]);
		expect(state).toMatchObject({ reportedEncoding: true, watchBad: false });
	});

	it('does not watch for U+FFFD when the encoding was chosen', () => {
		const { options, issues } = optionsOf({ encodingGuessed: false });
		const state = createCsvReadState();
		inspectRows(state, parserOf(), [{ row: 2, cells: ['\uFFFD'], line: 2 }], '\uFFFD\n', options);
		expect(state.watchBad).toBe(false);
		expect(issues).toEqual([]);
	});

	it('reports UTF-16 text inside an 8-bit file as ENCODING_MIXED and keeps its letters', () => {
		const { options, issues } = optionsOf({ encoding: 'windows-1252' });
		const cells = ['\u00ff\u00feN\0a\0m\0e\0'];
		inspectRows(createCsvReadState(), parserOf(), [{ row: 4, cells, line: 4 }], cells[0], options);
		expect(cells).toEqual(['Name']);
		expect(issues.map((i) => i.code)).toEqual(['ENCODING_MIXED']);
	});
});
