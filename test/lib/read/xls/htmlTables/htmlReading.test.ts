import {
	closeRow,
	createHtmlReading,
	finishSheet,
	onTable,
	openCell,
	openRow,
} from '../../../../../lib/read/xls/htmlTables/htmlReading';

describe('htmlReading', () => {
	it('makes a top-level table a sheet, and nested tables part of it', () => {
		const r = createHtmlReading();
		onTable(r, false);
		onTable(r, false);
		expect(r.depth).toBe(2);
		onTable(r, true);
		onTable(r, true);
		expect(r.sheets.map((s) => s.name)).toEqual(['Sheet1']);
		expect(r.sheet).toBeUndefined();
	});

	it('puts cells in their columns, past those a rowspan from above covers', () => {
		const r = createHtmlReading();
		onTable(r, false);
		openRow(r);
		openCell(r, '<td rowspan="2"');
		r.cell!.parts.push('A');
		openCell(r, '<td colspan="2"');
		r.cell!.parts.push('B');
		closeRow(r);
		openRow(r);
		openCell(r, '<td');
		r.cell!.parts.push('C');
		finishSheet(r);
		const rows = r.sheets[0].grid.rows;
		expect(rows[0]).toEqual({ cols: [0, 1], texts: ['A', 'B'] });
		expect(rows[1]).toEqual({ cols: [1], texts: ['C'] });
	});

	it('opens a row for a cell outside any', () => {
		const r = createHtmlReading();
		onTable(r, false);
		openCell(r, '<td');
		expect([r.row, r.inRow, r.col]).toEqual([0, true, 1]);
	});

	it('throws FILE_CORRUPT once rowspans cover more columns than the budget', () => {
		const r = createHtmlReading();
		onTable(r, false);
		openRow(r);
		r.budget = 3;
		openCell(r, '<td rowspan="2" colspan="3"');
		expect(() => openCell(r, '<td rowspan="2"')).toThrow(
			'The HTML table has cells spanning more rows and columns than a sheet can hold',
		);
	});
});
