import {
	anyHasDigit,
	hasDigit,
	isDigits,
	join,
	startsWithDigit,
	startsWithHash,
	tokenize,
} from '../../../../lib/normalize/address/tokens';

describe('tokenize', () => {
	it('cuts at spaces and commas, marking the word before a comma', () => {
		expect(tokenize('12 Main St, Apt 4B').map((t) => [t.text, t.comma])).toEqual([
			['12', false],
			['Main', false],
			['St', true],
			['Apt', false],
			['4B', false],
		]);
	});
	it('gives each word its lookup key: lower case, periods removed', () => {
		expect(tokenize('P.O. Box 42').map((t) => t.key)).toEqual(['po', 'box', '42']);
	});
	it('cuts the "#" off "Road# 1" and "Rd#5", so it starts a unit', () => {
		expect(tokenize('Road# 1').map((t) => t.text)).toEqual(['Road', '#', '1']);
		expect(tokenize('Rd#5').map((t) => t.text)).toEqual(['Rd', '#5']);
	});
	it('keeps a "#" that follows a digit on its word', () => {
		expect(tokenize('12# Main').map((t) => t.text)).toEqual(['12#', 'Main']);
	});
	it('drops a comma that leads the text and never makes empty words', () => {
		expect(tokenize(', 12 ,Main').map((t) => [t.text, t.comma])).toEqual([
			['12', true],
			['Main', false],
		]);
	});
});

describe('join', () => {
	it('joins tokens back as written, commas kept', () => {
		expect(join(tokenize('12 Main St, Apt 4B'))).toBe('12 Main St, Apt 4B');
		expect(join([])).toBe('');
	});
});

describe('character tests', () => {
	it('startsWithDigit looks at the first character only', () => {
		expect(startsWithDigit('4B')).toBe(true);
		expect(startsWithDigit('#5')).toBe(false);
		expect(startsWithDigit('')).toBe(false);
	});
	it('hasDigit and anyHasDigit find a digit anywhere', () => {
		expect(hasDigit('Apt4')).toBe(true);
		expect(hasDigit('Apt')).toBe(false);
		expect(anyHasDigit(tokenize('Main St #5'))).toBe(true);
		expect(anyHasDigit(tokenize('Main St'))).toBe(false);
	});
	it('isDigits wants digits only', () => {
		expect(isDigits('1400')).toBe(true);
		expect(isDigits('14B')).toBe(false);
	});
	it('startsWithHash sees "#" and "#5"', () => {
		const [hash, five, word] = tokenize('# #5 No');
		expect([startsWithHash(hash), startsWithHash(five), startsWithHash(word)]).toEqual([
			true,
			true,
			false,
		]);
	});
});
