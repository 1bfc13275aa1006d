import { IntakeError } from '../../../../../lib/errors';
import {
	attr,
	indexAttr,
	intAttr,
	readTag,
} from '../../../../../lib/read/xls/spreadsheetMl/mlMarkup';

describe('readTag', () => {
	it('returns a start tag, self-closing, with its attributes and where it ends', () => {
		expect(readTag('<ss:Cell ss:Index="2"/>', 0)).toEqual({
			tag: { name: 'ss:Cell', closing: false, selfClosing: true, attrs: ' ss:Index="2"' },
			end: 23,
		});
	});

	it('returns an end tag', () => {
		expect(readTag('x</Row>', 1)).toEqual({
			tag: { name: 'Row', closing: true, selfClosing: false, attrs: '' },
			end: 7,
		});
	});

	it('passes over a `>` inside a quoted attribute value', () => {
		expect(readTag('<Cell ss:Formula="=IF(A1>2,1,0)">', 0).end).toBe(33);
	});

	it('returns no tag for markup that is not an element, only where it ends', () => {
		expect(readTag('<1abc>', 0)).toEqual({ end: 6 });
	});

	it('throws FILE_CORRUPT for a tag that never closes', () => {
		expect(() => readTag('<Cell ss:Index="2"', 0)).toThrow(IntakeError);
		expect(() => readTag('<Cell a="x>', 0)).toThrow('a tag never closes');
	});
});

describe('attr', () => {
	it('returns an attribute by its local name, with or without a prefix, decoded', () => {
		expect(attr(' ss:Name="A &amp; B"', 'Name')).toBe('A & B');
		expect(attr(" Name='C'", 'Name')).toBe('C');
		expect(attr(' ss:StyleID="s1"', 'Name')).toBeUndefined();
	});
});

describe('intAttr and indexAttr', () => {
	it('returns a whole number, or undefined when absent', () => {
		expect(intAttr(' ss:MergeAcross="2"', 'MergeAcross', 16384)).toBe(2);
		expect(intAttr('', 'MergeAcross', 16384)).toBeUndefined();
	});

	it('throws FILE_CORRUPT for a value that is not a whole number or past the limit', () => {
		expect(() => intAttr(' ss:Index="1.5"', 'Index', 10)).toThrow(
			'ss:Index="1.5" is not a whole number',
		);
		expect(() => intAttr(' ss:Index="20000"', 'Index', 16384)).toThrow(
			'ss:Index="20000" is beyond the 16,384 a sheet can hold',
		);
	});

	it('returns a 1-based ss:Index as a 0-based position, else the next one', () => {
		expect(indexAttr(' ss:Index="3"', 16384, 0)).toBe(2);
		expect(indexAttr('', 16384, 5)).toBe(5);
		expect(indexAttr(' ss:Index="0"', 16384, 5)).toBe(5);
	});
});
