import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import { isIntakeError } from '../../../../lib/errors';
import { createCsvParser } from '../../../../lib/read/csv/createCsvParser';

/** Parses text fed in pieces cut at the given fractions; returns the cells, or undefined when the input is malformed for us. */
function parseInPieces(
	text: string,
	delimiter: string,
	newline: '\n' | '\r',
	cutsAt: number[],
): { cells: string[][]; malformed: boolean } {
	let malformed = false;
	const parser = createCsvParser({
		delimiter,
		newline,
		onMalformedQuote: () => (malformed = true),
	});
	const points = [...new Set(cutsAt.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
	const cells: string[][] = [];
	let from = 0;
	for (const p of [...points, text.length]) {
		for (const r of parser.write(text.slice(from, p))) cells.push(r.cells);
		from = p;
	}
	for (const r of parser.end()) cells.push(r.cells);
	return { cells, malformed };
}

const cellChar = fc.constantFrom(
	'a',
	'b',
	'é',
	' ',
	',',
	';',
	'\t',
	'|',
	'"',
	'\n',
	'\r',
	'\r\n',
	'😀',
);
const cell = fc.array(cellChar, { maxLength: 6 }).map((cs) => cs.join(''));
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });

describe('createCsvParser (properties)', () => {
	it('round-trips random tables written with random quoting, delimiters, line endings and chunk cuts', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
				fc.constantFrom(',', ';', '\t', '|'),
				fc.constantFrom('\n', '\r\n', '\r'),
				fc.boolean(),
				fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
				cuts,
				(table, delimiter, newline, trailing, quoteAnyway, cutsAt) => {
					let k = 0;
					const write = (v: string) => {
						const must =
							v.includes(delimiter) || v.includes('"') || v.includes('\r') || v.includes('\n');
						return must || quoteAnyway[k++ % quoteAnyway.length] ? `"${v.replace(/"/g, '""')}"` : v;
					};
					// A record of one empty cell is written quoted: unquoted it is a blank line, or nothing at the end.
					const lines = table.map((row) =>
						row.length === 1 && row[0] === '' ? '""' : row.map(write).join(delimiter),
					);
					const text = lines.join(newline) + (trailing ? newline : '');
					const parsed = parseInPieces(text, delimiter, newline === '\r' ? '\r' : '\n', cutsAt);
					expect(parsed.malformed).toBe(false);
					expect(parsed.cells).toEqual(table);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('agrees with csv-parse wherever both read the input (no error there, no malformed quote here)', () => {
		const token = fc.constantFrom('a', 'b', ' ', ',', ',', '"', '"', '""', '\n', '\r\n', 'é');
		let compared = 0;
		fc.assert(
			fc.property(fc.array(token, { maxLength: 40 }), cuts, (tokens, cutsAt) => {
				const text = tokens.join('');
				let theirs: string[][];
				try {
					theirs = csvParse(text, {
						relax_quotes: true,
						relax_column_count: true,
						record_delimiter: ['\r\n', '\n'],
					}) as string[][];
				} catch {
					return;
				}
				let ours: { cells: string[][]; malformed: boolean };
				try {
					ours = parseInPieces(text, ',', '\n', cutsAt);
				} catch (e) {
					if (isIntakeError(e) && e.code === 'CSV_UNCLOSED_QUOTE') return;
					throw e;
				}
				if (ours.malformed) return;
				expect(ours.cells).toEqual(theirs);
				compared++;
			}),
			{ numRuns: 3000 },
		);
		// The property must not hold only by skipping: most inputs are read by both.
		expect(compared).toBeGreaterThan(1000);
	});

	it('throws nothing but IntakeError on arbitrary text cut anywhere', () => {
		const any = fc
			.array(fc.constantFrom('a', ',', ';', '"', '\n', '\r', '\0', '\uFEFF', 'é'), {
				maxLength: 60,
			})
			.map((cs) => cs.join(''));
		fc.assert(
			fc.property(
				any,
				cuts,
				fc.constantFrom('\n', '\r') as fc.Arbitrary<'\n' | '\r'>,
				(text, cutsAt, newline) => {
					try {
						parseInPieces(text, ',', newline, cutsAt);
					} catch (e) {
						if (!isIntakeError(e)) throw e;
					}
				},
			),
			{ numRuns: 1000 },
		);
	});
});
