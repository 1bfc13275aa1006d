import { createDoubleDecodingRepair } from '../../../lib/read/createDoubleDecodingRepair';
import type { ReadIssue } from '../../../lib/types';

describe('createDoubleDecodingRepair', () => {
	it('repairs raw cells of the columns given, leaving a cell that does not repair, and reports each column once', () => {
		const fix = createDoubleDecodingRepair([0], ['Name', 'City']);
		const rows = [
			['JosÃ©', 'JosÃ©'],
			['MÃ¼ller', 'x'],
			['Zoë', 'y'],
			['Plain', 'z'],
		];
		rows.forEach((cells, i) => fix.repair(cells, i + 2));
		expect(rows).toEqual([
			['José', 'JosÃ©'],
			['Müller', 'x'],
			['Zoë', 'y'],
			['Plain', 'z'],
		]);
		const issues: ReadIssue[] = [];
		fix.report((i) => issues.push(i));
		expect(issues).toEqual([
			{
				row: 2,
				code: 'TEXT_DOUBLE_DECODED_REPAIRED',
				column: 'Name',
				message:
					'Column "Name": 2 values were garbled by an earlier tool (text saved as UTF-8 and read back as Windows-1252, such as "JosÃ©" for "José") and were repaired. Check a few against the source system.',
			},
		]);
	});

	it('repairs rows keyed by header', () => {
		const fix = createDoubleDecodingRepair([1], ['Id', 'Name']);
		const row = { Id: '1', Name: 'FranÃ§ois' };
		fix.repairRow(row, 7);
		expect(row).toEqual({ Id: '1', Name: 'François' });
		const issues: ReadIssue[] = [];
		fix.report((i) => issues.push(i));
		expect(issues.map((i) => [i.row, i.column, i.message.slice(0, 26)])).toEqual([
			[7, 'Name', 'Column "Name": 1 value was'],
		]);
	});

	it('reports nothing when no cell was repaired', () => {
		const fix = createDoubleDecodingRepair([0], ['Name']);
		fix.repair(['plain'], 2);
		const issues: ReadIssue[] = [];
		fix.report((i) => issues.push(i));
		expect(issues).toEqual([]);
	});
});
