import { detectDecimalMark } from '../../lib/normalize/number/detectDecimalMark';
import { parseNumber } from '../../lib/normalize/number/parseNumber';
import { findDoubleDecodedColumns } from '../../lib/read/doubleDecoded/findDoubleDecodedColumns';
import { undoDoubleDecoding } from '../../lib/read/doubleDecoded/undoDoubleDecoding';
import doubleDecoded from '../../test/fixtures/double-decoded.json';
import locales from '../../test/fixtures/numbers-locales.json';
import { cost, pct } from './measure';

/**
 * Numbers: CLDR's way of writing numbers in 26 locales (one column per
 * locale and style, test/fixtures/numbers-locales.json), each column's mark
 * decided by detectDecimalMark and each value read with it; and text decoded
 * twice (test/fixtures/double-decoded.json, ftfy's cases and ours). Then the
 * cost per 100k values.
 */
export function report(): string[] {
	let marks = 0;
	let right = 0;
	let values = 0;
	for (const column of locales.columns) {
		const mark = detectDecimalMark(column.values);
		if (mark === column.mark) marks++;
		column.values.forEach((text, i) => {
			values++;
			const r = parseNumber(text, { decimalMark: mark === 'ambiguous' ? 'auto' : mark });
			if (r.ok && Math.abs(r.value - column.expected[i]) < 1e-9) right++;
		});
	}
	const repaired = doubleDecoded.repairs.filter((c) => undoDoubleDecoding(c.text) === c.fixed);
	const touched = doubleDecoded.leaveAlone.filter((c) => undoDoubleDecoding(c.text) !== undefined);
	const mixed = ['1200', '1,200.50', '9,99', '€ 1.234,56', '-3', '15%', '(1,234.56)', '1 234,56'];
	const column = locales.columns[4].values;
	const cells = doubleDecoded.repairs.map((c) => c.text).concat(['Ann Lee', 'José', '12 Main St']);
	return [
		`numbers CLDR locale columns: mark ${pct(marks, locales.columns.length)}; values read with it ${pct(right, values)}`,
		`numbers parseNumber auto ${cost(mixed, (v) => parseNumber(v))}; with a mark ${cost(mixed, (v) => parseNumber(v, { decimalMark: '.' }))}; detectDecimalMark ${cost([''], () => detectDecimalMark(column), 20000)} (per column of 8)`,
		`double-decoded text: repaired ${pct(repaired.length, doubleDecoded.repairs.length)}; real text touched ${touched.length}/${doubleDecoded.leaveAlone.length}; undoDoubleDecoding ${cost(cells, undoDoubleDecoding)}; findDoubleDecodedColumns ${cost([''], () => findDoubleDecodedColumns([cells]), 20000)} (per row of ${cells.length})`,
	];
}
