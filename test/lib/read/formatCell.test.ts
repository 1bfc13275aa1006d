import { numberText } from '../../../lib/read/formatCell';

describe('numberText', () => {
	describe('elapsed-time formats', () => {
		it.each([
			[1.5, '[h]:mm:ss', '36:00:00'],
			[0.5, '[h]:mm:ss', '12:00:00'],
			[2.0104166666666665, '[hh]:mm', '48:15:00'],
			[-1.25, '[h]:mm:ss', '-30:00:00'],
			[0.0625, '[mm]:ss', '01:30:00'],
		])('returns %s in %s as a duration, %j, its hours past 24 kept', (value, format, text) => {
			expect(numberText(value, format, false)).toBe(text);
		});

		it('returns a time of day for a clock format', () => {
			expect(numberText(1.5, 'h:mm:ss', false)).toBe('12:00:00');
		});
	});
});
