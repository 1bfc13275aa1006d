import { escapeFormula } from '../../../lib/export/escapeFormula';

describe('escapeFormula', () => {
	it('returns formula payloads with a leading apostrophe', () => {
		for (const payload of [
			'=1+1',
			'+SUM(A1)',
			"-2+3+cmd|' /C calc'!A0",
			'@SUM(1)',
			'\t=1',
			'\r=1',
			'=HYPERLINK("http://evil.example")',
			'+1 555 010 0123',
			'-',
			'+',
		]) {
			expect(escapeFormula(payload)).toBe(`'${payload}`);
		}
	});

	it('returns plain numbers and ordinary text unchanged', () => {
		for (const safe of ['-12.5', '+3', '-1,234.50', '-1e3', '12', 'José', 'a=b', '', ' =1'])
			expect(escapeFormula(safe)).toBe(safe);
	});
});
