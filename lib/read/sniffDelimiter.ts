import Papa from 'papaparse';

/** Delimiters {@link sniffDelimiter} chooses among, in order of preference on a tie. */
export const CANDIDATE_DELIMITERS: readonly string[] = Object.freeze([',', ';', '\t', '|']);

/**
 * Guesses the field delimiter of delimited text from its first lines.
 *
 * Each candidate is tried with a quote-aware parse of up to 50 rows. The winner
 * splits the most rows into the same number of fields (more than one); ties go
 * to the candidate that gives more fields, then to the order `,` `;` tab `|`.
 *
 * @param sample - the start of the text (a few kilobytes is plenty)
 * @param newline - the line break in use
 * @returns the delimiter, or `,` when no candidate splits anything (a one-column file)
 * @example
 * sniffDelimiter('name;city\n"Doe, Jane";Köln\n')
 * //=> ';'
 */
export function sniffDelimiter(sample: string, newline: '\n' | '\r\n' | '\r' = '\n'): string {
	let best = ',';
	let bestScore = 0;
	let bestFields = 0;
	for (const delimiter of CANDIDATE_DELIMITERS) {
		const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"', preview: 50 });
		const rows = (parser.parse(sample, 0, true) as { data: string[][] }).data.filter(
			(r) => !(r.length === 1 && r[0].trim() === ''),
		);
		if (rows.length === 0) continue;
		const counts = new Map<number, number>();
		for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
		let modal = 0;
		let modalRows = 0;
		for (const [fields, n] of counts) {
			if (n > modalRows || (n === modalRows && fields > modal)) {
				modal = fields;
				modalRows = n;
			}
		}
		if (modal < 2) continue;
		const score = modalRows / rows.length;
		if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && modal > bestFields)) {
			best = delimiter;
			bestScore = score;
			bestFields = modal;
		}
	}
	return best;
}
