import {
	readAttributes,
	readIndex,
	readShortAttrs,
	shortAttrs,
} from '../../../../lib/read/xlsx/scanXmlAttributes';
import { INCOMPLETE } from '../../../../lib/read/xlsx/scanXml';

/** The values readShortAttrs found, as strings. */
function shortValues(s: string) {
	const at = (start: number, end: number) => (start < 0 ? undefined : s.slice(start, end));
	return {
		r: at(shortAttrs.rStart, shortAttrs.rEnd),
		t: at(shortAttrs.tStart, shortAttrs.tEnd),
		s: at(shortAttrs.sStart, shortAttrs.sEnd),
	};
}

describe('readShortAttrs', () => {
	describe('a complete start tag', () => {
		it('returns the index of its `>` and where r, t and s lie', () => {
			const s = '<c r="B2" t="s" s=\'3\'>';
			expect(readShortAttrs(s, 2)).toBe(21);
			expect(shortValues(s)).toEqual({ r: 'B2', t: 's', s: '3' });
		});

		it('passes over prefixed and longer names, and a `>` inside a value', () => {
			const s = '<c x:r="Z9" rr="Q" cm="a>b" r = "C3"/>';
			expect(readShortAttrs(s, 2)).toBe(37);
			expect(shortValues(s)).toEqual({ r: 'C3', t: undefined, s: undefined });
		});

		it('reads on past a name with no value', () => {
			const s = '<row hidden r="4">';
			expect(readShortAttrs(s, 4)).toBe(17);
			expect(shortValues(s)).toEqual({ r: '4', t: undefined, s: undefined });
		});

		it('forgets the attributes of the tag read before', () => {
			readShortAttrs('<c r="A1" t="n">', 2);
			readShortAttrs('<c>', 2);
			expect(shortValues('<c>')).toEqual({ r: undefined, t: undefined, s: undefined });
		});
	});

	describe('text that ends first', () => {
		it('returns INCOMPLETE inside a value or before the `>`', () => {
			expect(readShortAttrs('<c r="B', 2)).toBe(INCOMPLETE);
			expect(readShortAttrs('<c r="B2"', 2)).toBe(INCOMPLETE);
		});
	});
});

describe('readIndex', () => {
	it('returns the whole number written in the range', () => {
		expect(readIndex('<v>42</v>', 3, 5)).toBe(42);
		expect(readIndex('0', 0, 1)).toBe(0);
	});

	it('returns -1 for an absent, empty, signed, fractional or too long number', () => {
		expect(readIndex('12', -1, -1)).toBe(-1);
		expect(readIndex('12', 1, 1)).toBe(-1);
		expect(readIndex('-1', 0, 2)).toBe(-1);
		expect(readIndex('1.5', 0, 3)).toBe(-1);
		expect(readIndex('12345678901', 0, 11)).toBe(-1);
	});

	it('returns -1 at 2^31 and above', () => {
		expect(readIndex('2147483647', 0, 10)).toBe(2147483647);
		expect(readIndex('2147483648', 0, 10)).toBe(-1);
	});
});

describe('readAttributes', () => {
	it('returns every attribute by its full name, decoded', () => {
		expect(readAttributes('<sheet name="A &amp; B" sheetId=\'2\' r:id="rId1"/>')).toEqual({
			name: 'A & B',
			sheetId: '2',
			'r:id': 'rId1',
		});
	});

	it('returns no attributes for a bare tag', () => {
		expect(readAttributes('<workbookPr/>')).toEqual({});
	});
});
