import fc from 'fast-check';
import {
	readBody,
	readingsOf,
	readPlain,
	splitNumberText,
} from '../../../../lib/normalize/number/readNumberText';

/** The full grammar's reading, without the shortcut for plain shapes. */
function full(text: string, mark: '.' | ','): number | undefined {
	const parts = splitNumberText(text);
	return parts === undefined ? undefined : readBody(parts, mark);
}

describe('readNumberText', () => {
	it('splits the marks off a number', () => {
		expect(splitNumberText(' (€ 1.234,56) ')).toEqual({
			negative: true,
			body: '1.234,56',
			exponent: '',
		});
		expect(splitNumberText('EUR-1,5E-3')).toEqual({ negative: true, body: '1,5', exponent: '-3' });
		expect(splitNumberText('12 apples')).toBeUndefined();
	});
	it('reads each mark, or says it does not read', () => {
		expect(readingsOf('1,234')).toEqual({ dot: 1234, comma: 1.234 });
		expect(readingsOf('9,99')).toEqual({ dot: undefined, comma: 9.99 });
		expect(readingsOf('3.5')).toEqual({ dot: 3.5, comma: undefined });
		expect(readingsOf('12')).toEqual({ dot: 12, comma: 12 });
		expect(readingsOf('x')).toBeUndefined();
	});
	it('reads plain shapes as the full grammar does', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^-?\d{0,5}[.,]?\d{0,5}$/), (text) => {
				for (const mark of ['.', ','] as const) {
					const fast = readPlain(text, mark);
					if (fast !== undefined)
						expect([text, mark, fast]).toEqual([text, mark, full(text, mark)]);
				}
				const either = readPlain(text, 'auto');
				if (either !== undefined) {
					const [dot, comma] = [full(text, '.'), full(text, ',')];
					expect(dot === undefined || comma === undefined || dot === comma).toBe(true);
					expect(either).toBe(dot ?? comma);
				}
			}),
			{ numRuns: 3000 },
		);
	});
});
