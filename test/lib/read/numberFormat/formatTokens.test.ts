import { tokenize } from '../../../../lib/read/numberFormat/formatTokens';

describe('tokenize', () => {
	it('returns placeholders, point, percent and grouping', () => {
		expect(tokenize('#,0.0%')).toEqual([
			{ t: 'digit', c: '#' },
			{ t: 'comma' },
			{ t: 'digit', c: '0' },
			{ t: 'dot' },
			{ t: 'digit', c: '0' },
			{ t: 'pct' },
		]);
	});

	it('returns literals for quotes, escapes, padding and a currency, nothing for fills and colours', () => {
		expect(tokenize('"ID "\\#_)*-[Red][$€-407]')).toEqual([
			{ t: 'lit', s: 'ID ' },
			{ t: 'lit', s: '#' },
			{ t: 'lit', s: ' ' },
			{ t: 'lit', s: '€' },
		]);
	});

	it('returns the exponent with its sign, the slash, text and General', () => {
		expect(tokenize('0E+0 ?/? @ General').map((t) => t.t)).toEqual([
			'digit',
			'exp',
			'digit',
			'lit',
			'digit',
			'slash',
			'digit',
			'lit',
			'text',
			'lit',
			'general',
		]);
	});
});
