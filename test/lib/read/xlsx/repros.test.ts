import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSpreadsheet } from '../../../../lib/read/readSpreadsheet';
import type { RawRow } from '../../../../lib/read/rawRow';
import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { readXlsxRows } from '../../../../lib/read/xlsx/readXlsxRows';
import type { ReadIssue } from '../../../../lib/types';
import { describeRepros, REPROS_DIR } from '../../../helpers/corpus';

/**
 * The adversarial repro files of ../shared/repros ($INTAKE_REPROS), read in place (they are
 * never copied into the repository). Each defect also has a crafted test in
 * this folder, so these only confirm the originals.
 */
const repro = (name: string) => readFileSync(join(REPROS_DIR, name));

async function rawRows(bytes: Uint8Array): Promise<{ rows: RawRow[]; issues: ReadIssue[] }> {
	const issues: ReadIssue[] = [];
	const rows: RawRow[] = [];
	for await (const batch of readXlsxRows(await openXlsxPackage(bytes, undefined), (i) =>
		issues.push(i),
	))
		rows.push(...batch);
	return { rows, issues };
}

describeRepros('XLSX repros', () => {
	it('formula_zero.xlsx: reads formula results 0 and FALSE', async () => {
		const r = await readSpreadsheet(repro('formula_zero.xlsx'));
		expect(r.rows).toEqual([{ Total: '0', Flag: 'FALSE', Two: '2' }]);
		expect(r.issues).toEqual([]);
	});

	it('inline_cdata.xlsx: reads CDATA in an inline string', async () => {
		const r = await readSpreadsheet(repro('inline_cdata.xlsx'));
		expect(r.rows).toEqual([{ A: 'Hello CDATA', B: 'World' }]);
	});

	it('xlsx_no_cell_refs.xlsx: places cells without references in order', async () => {
		const r = await readSpreadsheet(repro('xlsx_no_cell_refs.xlsx'));
		expect(r.rows).toEqual(Array.from({ length: 10 }, () => ({ Name: 'aaa' })));
		expect(r.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});

	it('sst_index_oob.xlsx: reports each missing shared string, naming the cell', async () => {
		const { rows, issues } = await rawRows(repro('sst_index_oob.xlsx'));
		expect(rows).toEqual([{ row: 1, cells: ['Name'] }]);
		expect(issues.map((i) => i.message.slice(0, i.message.indexOf(':')))).toEqual([
			'Row 1, cell B1',
			'Row 2, cell A2',
			'Row 2, cell B2',
		]);
	});

	it('bad_crc.xlsx: reads the rows, with an issue naming the part whose checksum fails (never silently)', async () => {
		const r = await readSpreadsheet(repro('bad_crc.xlsx'));
		expect(r.rows).toHaveLength(1);
		expect(r.issues).toEqual([
			expect.objectContaining({
				code: 'XLSX_CHECKSUM_MISMATCH',
				row: 2,
				message: expect.stringContaining('xl/worksheets/sheet1.xml fails its checksum'),
			}),
		]);
	});
});
