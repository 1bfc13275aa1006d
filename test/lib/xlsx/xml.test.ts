import { columnName, xmlText } from '../../../lib/xlsx/xml';

describe('columnName', () => {
	it("returns the letters of 0-based columns, up to Excel's last (XFD)", () => {
		expect([
			columnName(0),
			columnName(25),
			columnName(26),
			columnName(701),
			columnName(16_383),
		]).toEqual(['A', 'Z', 'AA', 'ZZ', 'XFD']);
	});
});

describe('xmlText', () => {
	it('returns markup characters escaped and Excel escapes kept literal', () => {
		expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
		expect(xmlText('_x0041_')).toBe('_x005F_x0041_');
	});

	it('returns characters XML cannot hold as _xHHHH_, keeping tabs, line breaks and pairs', () => {
		expect(xmlText('a\u0001b\tc\nd')).toBe('a_x0001_b\tc\nd');
		expect(xmlText('\uD83D\uDE00 \uD83D')).toBe('\uD83D\uDE00 _xD83D_');
	});
});
