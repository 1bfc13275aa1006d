import {
	collapse,
	htmlCellText,
	span,
	typedValue,
} from '../../../../../lib/read/xls/htmlTables/htmlCellText';

describe('htmlCellText', () => {
	describe('shown text', () => {
		it('returns the text with references decoded, non-breaking spaces as spaces, trimmed', () => {
			expect(htmlCellText(['  Jane&nbsp;', ' Doe '], undefined)).toEqual({
				text: 'Jane  Doe',
				error: false,
			});
		});

		it('trims each line and drops blank lines at the ends', () => {
			expect(htmlCellText(['\n', ' 1 Main St ', '\n', ' Apt 2 ', '\n'], undefined).text).toBe(
				'1 Main St\nApt 2',
			);
		});

		it('keeps "00123" as shown', () => {
			expect(htmlCellText(['00123'], undefined).text).toBe('00123');
		});
	});

	describe('a value the cell carries', () => {
		it('returns a SheetJS number as its format shows it', () => {
			expect(htmlCellText(['1/2/24'], { t: 'n', v: '45293', z: 'yyyy-mm-dd' })).toEqual({
				text: '2024-01-02',
				error: false,
			});
		});

		it('returns a SheetJS boolean as TRUE or FALSE and marks an error', () => {
			expect(htmlCellText(['yes'], { t: 'b', v: 'true' }).text).toBe('TRUE');
			expect(htmlCellText(['#N/A'], { t: 'e', v: '#N/A' })).toEqual({ text: '#N/A', error: true });
		});

		it('returns a LibreOffice date as ISO 8601 in the date system whose year the text shows', () => {
			expect(htmlCellText(['01/02/24'], { t: 'sd', v: '45293', z: 'MM/DD/YY' }).text).toBe(
				'2024-01-02',
			);
		});

		it('returns the shown text for a number value that is not a number', () => {
			expect(htmlCellText([' 12 '], { t: 'n', v: 'abc' }).text).toBe('12');
		});
	});
});

describe('typedValue', () => {
	it('returns SheetJS data attributes, decoded', () => {
		expect(typedValue('<td data-t="n" data-v="45293" data-z="yyyy-mm-dd"')).toEqual({
			t: 'n',
			v: '45293',
			z: 'yyyy-mm-dd',
		});
	});

	it('returns a LibreOffice date, and nothing for a LibreOffice number', () => {
		expect(typedValue('<td sdval="45293" sdnum="1033;0;MM/DD/YY"')).toEqual({
			t: 'sd',
			v: '45293',
			z: 'MM/DD/YY',
		});
		expect(typedValue('<td sdval="12" sdnum="1033;0;0.00"')).toBeUndefined();
	});

	it('returns nothing for a plain cell', () => {
		expect(typedValue('<td class="x"')).toBeUndefined();
	});
});

describe('span and collapse', () => {
	it('returns a colspan or rowspan of at least 1', () => {
		expect(span('<td colspan="3"', 'colspan')).toBe(3);
		expect(span('<td ROWSPAN=2', 'rowspan')).toBe(2);
		expect(span('<td colspan="0"', 'colspan')).toBe(1);
		expect(span('<td', 'rowspan')).toBe(1);
	});

	it('collapses each run of white space to one space', () => {
		expect(collapse(' a \t\r\n b ')).toBe(' a b ');
	});
});
