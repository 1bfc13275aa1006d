import { createOdsScanner } from '../../../../lib/read/ods/createOdsScanner';
import type { RawRow } from '../../../../lib/read/rawRow';
import { createTextWindow } from '../../../../lib/read/xlsx/createTextWindow';
import type { ReadIssue } from '../../../../lib/types';
import { cell, contentXml, row, textRow } from './odsFixtures';

/** The rows of table `table` of `xml`, fed to the scanner in pieces of `size` characters. */
function scan(xml: string, table = 0, size = xml.length, fillMerged = false) {
	const issues: ReadIssue[] = [];
	const scanner = createOdsScanner({
		part: 'content.xml',
		table,
		onIssue: (i) => issues.push(i),
		fillMerged,
	});
	const window = createTextWindow('content.xml', (s, final) => scanner.scan(s, final));
	const rows: RawRow[] = [];
	for (let p = 0; p < xml.length; p += size) {
		window.push(xml.slice(p, p + size), false);
		rows.push(...scanner.rows.splice(0));
	}
	window.push('', true);
	rows.push(...scanner.rows.splice(0));
	return { rows, issues, done: scanner.done };
}

describe('createOdsScanner', () => {
	const xml = contentXml([
		{ name: 'First', rows: textRow('one') },
		{
			name: 'Second',
			rows:
				'<table:table-column table:number-columns-repeated="3"/><table:table-header-rows>' +
				textRow('Name', 'Note') +
				'</table:table-header-rows><table:table-row-group>' +
				row([cell('Ann'), cell('a<text:s text:c="2"/>b', 'office:value-type="string"')]) +
				'</table:table-row-group>' +
				row([cell('x', 'office:value-type="string" calcext:value-type="error"')]) +
				row([
					'<table:table-cell><text:p>p1</text:p><text:list><text:list-item><text:p>p2</text:p></text:list-item></text:list><draw:frame><draw:text-box><text:p>no</text:p></draw:text-box></draw:frame></table:table-cell>',
				]),
		},
	]);
	const expected = [
		{ row: 1, cells: ['Name', 'Note'] },
		{ row: 2, cells: ['Ann', 'a  b'] },
		{ row: 3, cells: ['x'] },
		{ row: 4, cells: ['p1\np2'] },
	];

	it('returns the rows of the asked-for table, through header rows and row groups, and stops at its end', () => {
		const { rows, issues, done } = scan(xml, 1);
		expect(rows).toEqual(expected);
		expect(done).toBe(true);
		expect(issues.map((i) => [i.row, i.code, i.message])).toEqual([
			[
				3,
				'CELL_ERROR_VALUE',
				'Row 3, cell A3: the cell shows the error x; it was kept as text. Fix the formula in the workbook.',
			],
		]);
	});

	it('returns the same rows whatever pieces the text comes in', () => {
		for (const size of [1, 3, 17, 100]) expect(scan(xml, 1, size).rows).toEqual(expected);
	});

	it('returns the first table, and nothing for a table that is not there', () => {
		expect(scan(xml, 0).rows).toEqual([{ row: 1, cells: ['one'] }]);
		expect(scan(xml, 5)).toEqual({ rows: [], issues: [], done: false });
	});

	it('throws FILE_CORRUPT when the text ends in the middle of a row', () => {
		const cut = xml.slice(0, xml.indexOf('Ann') + 3);
		expect(() => scan(cut, 1)).toThrow(expect.objectContaining({ code: 'FILE_CORRUPT' }));
	});

	it('returns a span reaching past the rows filled only where rows are', () => {
		const spans = contentXml([
			{
				name: 'S',
				rows:
					row([
						cell('G', 'office:value-type="string" table:number-rows-spanned="1000"'),
						cell('1'),
					]) +
					row(['<table:covered-table-cell/>', cell('2')], 'table:number-rows-repeated="2"') +
					row(['<table:covered-table-cell/>'], 'table:number-rows-repeated="500"') +
					row(['<table:covered-table-cell/>', cell('3')]),
			},
		]);
		expect(scan(spans, 0, spans.length, true).rows).toEqual([
			{ row: 1, cells: ['G', '1'] },
			{ row: 2, cells: ['G', '2'] },
			{ row: 3, cells: ['G', '2'] },
			{ row: 504, cells: ['G', '3'] },
		]);
	});
});
