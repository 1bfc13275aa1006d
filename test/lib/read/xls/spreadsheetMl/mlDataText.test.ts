import { mlDataText } from '../../../../../lib/read/xls/spreadsheetMl/mlDataText';

describe('mlDataText', () => {
	describe('Number', () => {
		it('returns the number as its format shows it, a date as ISO 8601', () => {
			expect(mlDataText('Number', '45292', 'yyyy-mm-dd', false)).toEqual({
				text: '2024-01-01',
				error: false,
			});
			expect(mlDataText('Number', '2134', '00000', false)).toEqual({ text: '02134', error: false });
		});

		it('returns text that is not a number as written', () => {
			expect(mlDataText('number', ' ', undefined, false)).toEqual({ text: ' ', error: false });
			expect(mlDataText('Number', 'n/a', undefined, false)).toEqual({ text: 'n/a', error: false });
		});
	});

	describe('DateTime', () => {
		it('returns a date alone, or with its time, as ISO 8601', () => {
			expect(mlDataText('DateTime', '2024-01-31T00:00:00.000', undefined, false).text).toBe(
				'2024-01-31',
			);
			expect(mlDataText('DateTime', '2024-01-31T09:30:15.000', undefined, false).text).toBe(
				'2024-01-31T09:30:15',
			);
		});

		it('returns an unreadable value as written', () => {
			expect(mlDataText('DateTime', 'soon', undefined, false).text).toBe('soon');
		});
	});

	describe('Boolean and Error', () => {
		it('returns TRUE and FALSE for 1/true and 0/false, anything else as written', () => {
			expect(mlDataText('Boolean', '1', undefined, false).text).toBe('TRUE');
			expect(mlDataText('Boolean', ' false ', undefined, false).text).toBe('FALSE');
			expect(mlDataText('Boolean', 'maybe', undefined, false).text).toBe('maybe');
		});

		it('returns an error value trimmed and marked, an empty one unmarked', () => {
			expect(mlDataText('Error', ' #N/A ', undefined, false)).toEqual({
				text: '#N/A',
				error: true,
			});
			expect(mlDataText('Error', ' ', undefined, false)).toEqual({ text: '', error: false });
		});
	});

	it('returns a String, or an unknown type, as written', () => {
		expect(mlDataText('String', ' 00123 ', '0', false)).toEqual({ text: ' 00123 ', error: false });
		expect(mlDataText('Formula', 'x', undefined, false)).toEqual({ text: 'x', error: false });
	});
});
