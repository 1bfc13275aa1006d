import { getSchema } from '../../../../lib/schema/getSchema';
import { cellText, isMultiline, matchKey, show } from '../../../../lib/validate/transform/cellText';

describe('cellText', () => {
	it('writes any cell as text', () => {
		expect(cellText(undefined, 'collapse')).toBe('');
		expect(cellText(null, 'collapse')).toBe('');
		expect(cellText(42.5, 'collapse')).toBe('42.5');
		expect(cellText(true, 'collapse')).toBe('true');
		expect(cellText(10n, 'collapse')).toBe('10');
		expect(cellText(new Date(Date.UTC(2024, 0, 15)), 'collapse')).toBe('2024-01-15T00:00:00.000Z');
		expect(cellText(new Date(NaN), 'collapse')).toBe('');
		expect(cellText({ a: 1 }, 'collapse')).toBe('{"a":1}');
	});
	it('collapses, trims or keeps whitespace as asked', () => {
		const text = '  Ann \u00a0 Lee\n\nSmith ';
		expect(cellText(text, 'collapse')).toBe('Ann Lee Smith');
		expect(cellText(text, 'trim')).toBe('Ann \u00a0 Lee\n\nSmith');
		expect(cellText(text, 'keep')).toBe(text);
	});
	it('keeps line breaks of a multiline field, at most one blank line in a row', () => {
		expect(cellText(' line  one \r\n\n\n\n line\ttwo ', 'collapse', true)).toBe(
			'line one\n\nline two',
		);
	});
});

describe('isMultiline', () => {
	it('follows the multiline flag of a text field', () => {
		const clients = getSchema('clients');
		const multiline = clients.fields.filter(isMultiline).map((f) => f.key);
		expect(multiline).toEqual(['notes']);
		expect(isMultiline(undefined)).toBe(false);
	});
});

describe('matchKey and show', () => {
	it('compares values without case or punctuation', () => {
		expect(matchKey('Open - Active')).toBe(matchKey('open/active'));
		expect(matchKey('Ünïcode 42')).toBe('ünïcode42');
	});
	it('quotes a value, cut to 60 characters', () => {
		expect(show('abc')).toBe('"abc"');
		expect(show('x'.repeat(61))).toBe(`"${'x'.repeat(60)}…"`);
	});
});
