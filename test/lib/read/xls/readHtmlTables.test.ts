import { readHtmlTables } from '../../../../lib/read/xls/readHtmlTables';
import { gridRows } from './gridRows';

const rows = gridRows;

describe('readHtmlTables', () => {
	it('returns cell text with tags stripped, entities decoded, white space collapsed and <br> as a line break', () => {
		const [sheet] = readHtmlTables(
			'<html><head><style>td{x:1}</style><script>var t="<td>no</td>"</script></head><body><!-- <td>gone</td> -->' +
				'<table border=1><thead><tr><th>Name</th><th>Note</th></tr></thead><tbody>' +
				'<tr><td> <b>Fish</b> &amp;\n  Chips </td><td>caf&eacute; &#8211; &#x2713;<br>second&nbsp;line<br/></td></tr>' +
				'<tr><td>00123</td><td>a < b</td></tr></tbody></table></body></html>',
		);
		expect(sheet.name).toBe('Sheet1');
		expect(rows(sheet)).toEqual([
			['Name', 'Note'],
			['Fish & Chips', 'café – ✓\nsecond line'],
			['00123', 'a < b'],
		]);
	});

	it('returns a spanned value in its first cell and leaves the cells it covers empty', () => {
		const [sheet] = readHtmlTables(
			'<table><tr><td colspan="2">AB</td><td rowspan=2>C</td><td>D</td></tr><tr><td>a</td><td>b</td><td>d</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>',
		);
		expect(rows(sheet)).toEqual([
			['AB', '', 'C', 'D'],
			['a', 'b', '', 'd'],
			['1', '2', '3', '4'],
		]);
	});

	it("returns one sheet per top-level table, with a nested table's text inside its cell", () => {
		const sheets = readHtmlTables(
			'<table><tr><td>x<table><tr><td>inner</td></tr></table></td></tr></table><p>between</p><table><tr><td>second</td></tr></table>',
		);
		expect(sheets.map((s) => s.name)).toEqual(['Sheet1', 'Sheet2']);
		expect(rows(sheets[0])).toEqual([['xinner']]);
		expect(rows(sheets[1])).toEqual([['second']]);
	});

	it('returns cells of rows that never close their tags, and no sheet for a page without a table', () => {
		expect(rows(readHtmlTables('<table><tr><td>a<td>b<tr><td>c')[0])).toEqual([['a', 'b'], ['c']]);
		expect(readHtmlTables('<html><body><p>nothing</p></body></html>')).toEqual([]);
	});

	it('ends in bounded time on a page of unclosed quotes and tags', () => {
		const started = performance.now();
		readHtmlTables(
			'<table><tr><td a="'.repeat(20000) + '<'.repeat(20000) + "<td x='>".repeat(20000),
		);
		expect(performance.now() - started).toBeLessThan(2000);
	});

	describe('pages LibreOffice saves (sdval and sdnum)', () => {
		const page = (cells: string) =>
			`<html><head><meta name="generator" content="LibreOffice 7.4"/></head><body><table><tr>${cells}</tr></table></body></html>`;

		it('returns dates and times as ISO 8601, as the workbook it was saved from reads', () => {
			const [sheet] = readHtmlTables(
				page(
					'<td sdval="45306" sdnum="1033;0;M/D/YY">1/15/24</td>' +
						'<td sdval="45306.6042245370" sdnum="1033;0;MMMM D, YYYY H:MM">January 15, 2024 14:30</td>' +
						'<td sdval="0.75" sdnum="1033;0;H:MM AM/PM">6:00 PM</td>' +
						'<td sdval="1.5" sdnum="1033;0;[HH]:MM:SS">36:00:00</td>',
				),
			);
			expect(rows(sheet)).toEqual([['2024-01-15', '2024-01-15T14:30:05', '18:00:00', '36:00:00']]);
		});

		it("returns a 1904 workbook's dates by the year the page shows, and keeps numbers as shown", () => {
			const [sheet] = readHtmlTables(
				page(
					'<td sdval="43844" sdnum="1033;0;YYYY-MM-DD">2024-01-15</td>' +
						'<td sdval="1234.5" sdnum="1033;0;#,##0.00">1,234.50</td>' +
						'<td sdval="2134" sdnum="1033;0;00000">02134</td>',
				),
			);
			expect(rows(sheet)).toEqual([['2024-01-15', '1,234.50', '02134']]);
		});

		it('keeps the shown text when neither date system gives the year it shows', () => {
			const [sheet] = readHtmlTables(page('<td sdval="45306" sdnum="1033;0;MMM D">Jan 15</td>'));
			expect(rows(sheet)).toEqual([['Jan 15']]);
		});
	});

	it('notes each colspan and rowspan as a merged range, the layout as before', () => {
		const [sheet] = readHtmlTables(
			'<table><tr><td rowspan="2" colspan="2">G</td><td>x</td></tr><tr><td>y</td></tr><tr><td colspan="1">z</td></tr></table>',
		);
		expect(gridRows(sheet)).toEqual([['G', '', 'x'], ['', '', 'y'], ['z']]);
		expect(sheet.grid.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 1 }]);
	});
});
