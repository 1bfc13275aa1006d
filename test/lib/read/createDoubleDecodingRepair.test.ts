import { createDoubleDecodingRepair } from '../../../lib/read/createDoubleDecodingRepair';
import type { ReadIssue } from '../../../lib/types';

describe('createDoubleDecodingRepair', () => {
	it('returns the columns where every non-ASCII cell repairs, and repairs later rows', () => {
		const fix = createDoubleDecodingRepair(
			[
				{ row: 2, cells: ['JosÃ©', 'José', '1'] },
				{ row: 3, cells: ['', 'Zoë', '2'] },
				{ row: 4, cells: ['MÃ¼ller', 'Ann', '3'] },
			],
			['Name', 'City', 'Id'],
		);
		expect(fix.columns).toEqual([0]);
		const rows = [
			['JosÃ©', 'JosÃ©'],
			['MÃ¼ller', 'x'],
			['Plain', 'y'],
		];
		rows.forEach((cells, i) => fix.repair(cells, i + 2));
		expect(rows).toEqual([
			['José', 'JosÃ©'],
			['Müller', 'x'],
			['Plain', 'y'],
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

	it('returns no column when one cell of it does not repair (never a guess on one cell)', () => {
		const fix = createDoubleDecodingRepair(
			[
				{ row: 2, cells: ['JosÃ©'] },
				{ row: 3, cells: ['Zoë'] },
			],
			['Name'],
		);
		expect(fix.columns).toEqual([]);
	});

	it('reports nothing when no cell was repaired', () => {
		const fix = createDoubleDecodingRepair([{ row: 2, cells: ['plain'] }], ['Name']);
		const issues: ReadIssue[] = [];
		fix.report((i) => issues.push(i));
		expect([fix.columns, issues]).toEqual([[], []]);
	});
});
