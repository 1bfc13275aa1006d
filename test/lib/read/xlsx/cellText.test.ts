import { cellText, type CellContext } from '../../../../lib/read/xlsx/cellText';

const ctx: CellContext = {
	sharedStrings: ['Name', 'Line_x000D_'],
	formats: [undefined, 'yyyy-mm-dd', '00000'],
	date1904: false,
};

function text(
	type: string | undefined,
	style: number,
	value: string | undefined,
	inline?: string,
	formula = false,
) {
	const issues: string[] = [];
	return {
		text: cellText(ctx, type, style, value, inline, formula, (m) => issues.push(m)),
		issues,
	};
}

describe('cellText', () => {
	describe('numbers', () => {
		it('returns a number through its cell format, a date as ISO 8601', () => {
			expect(text(undefined, 1, '45306').text).toBe('2024-01-15');
			expect(text('n', 2, '2134').text).toBe('02134');
			expect(text('n', -1, '0.1').text).toBe('0.1');
		});
	});

	describe('strings', () => {
		it('returns a shared string by index as the table holds it (decoded once, when the table was read)', () => {
			expect(text('s', -1, '0')).toEqual({ text: 'Name', issues: [] });
			expect(text('s', -1, '1').text).toBe('Line_x000D_');
		});

		it('reports a shared string that does not exist', () => {
			const r = text('s', -1, '7');
			expect(r.text).toBe('');
			expect(r.issues.length).toBe(1);
		});

		it('returns an inline string and a formula string as written', () => {
			expect(text('inlineStr', -1, undefined, 'Jane').text).toBe('Jane');
			expect(text('str', -1, 'Doe', undefined, true).text).toBe('Doe');
		});
	});

	describe('booleans, errors and formulas', () => {
		it('returns TRUE and FALSE', () => {
			expect(text('b', -1, '1').text).toBe('TRUE');
			expect(text('b', -1, '0').text).toBe('FALSE');
		});

		it('keeps an error value as text and reports it', () => {
			const r = text('e', -1, '#DIV/0!');
			expect(r.text).toBe('#DIV/0!');
			expect(r.issues).toEqual([
				'the cell shows the error #DIV/0!; it was kept as text. Fix the formula in the workbook.',
			]);
		});

		it('reports a formula with no saved result and reads it as empty', () => {
			const r = text(undefined, -1, undefined, undefined, true);
			expect(r.text).toBe('');
			expect(r.issues[0]).toContain('the formula has no saved result');
		});
	});

	describe('ISO dates', () => {
		it('returns a d-typed cell as ISO 8601', () => {
			expect(text('d', 1, '2024-01-15T00:00:00').text).toBe('2024-01-15');
		});
	});
});
