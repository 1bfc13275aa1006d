import { isIntakeError } from '../errors';
import { createCsvParser } from './csv/createCsvParser';
import type { RawRow } from './rawRow';

/** Delimiters {@link sniffDelimiter} chooses among, in order of preference on a tie. */
export const CANDIDATE_DELIMITERS: readonly string[] = Object.freeze([',', ';', '\t', '|']);

const SNIFF_ROWS = 50;

/**
 * Guesses the field delimiter of delimited text from its first lines.
 *
 * Each candidate is tried with a quote-aware parse of up to 50 rows. The winner
 * splits the most rows into the same number of fields (more than one); ties go
 * to the candidate that gives more fields, then to the order `,` `;` tab `|`.
 * A last line without a line break counts only when the sample is the whole
 * text, or when it is the only line: in a prefix it may be cut short.
 *
 * @param sample - the start of the text (a few kilobytes is plenty)
 * @param newline - the line break in use
 * @param complete - whether `sample` is the whole text rather than a prefix
 * @returns the delimiter, or `,` when no candidate splits anything (a one-column file)
 * @example
 * sniffDelimiter('name;city\n"Doe, Jane";Köln\n')
 * //=> ';'
 */
export function sniffDelimiter(
	sample: string,
	newline: '\n' | '\r\n' | '\r' = '\n',
	complete = false,
): string {
	let best = ',';
	let bestScore = 0;
	let bestFields = 0;
	for (const delimiter of CANDIDATE_DELIMITERS) {
		const rows = sampleRows(sample, delimiter, newline === '\r' ? '\r' : '\n', complete).filter(
			(r) => !(r.cells.length === 1 && r.cells[0].trim() === ''),
		);
		if (rows.length === 0) continue;
		const counts = new Map<number, number>();
		for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
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

/** The first rows of the sample as one delimiter reads them. */
function sampleRows(
	sample: string,
	delimiter: string,
	newline: '\n' | '\r',
	complete: boolean,
): RawRow[] {
	const parser = createCsvParser({ delimiter, newline, maxRecordChars: Infinity });
	const rows = parser.write(sample);
	if (rows.length < SNIFF_ROWS && (complete || rows.length === 0)) {
		try {
			rows.push(...parser.end());
		} catch (e) {
			// A quote still open at the end of the sample: that row is cut, not wrong.
			if (!isIntakeError(e)) throw e;
		}
	}
	return rows.slice(0, SNIFF_ROWS);
}
