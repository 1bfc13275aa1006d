import * as XLSX from '@e965/xlsx';
import { dateToIso, numberText } from '../../../../lib/read/formatCell';
import type { RawRow } from '../../../../lib/read/rawRow';
import { openXlsBook } from '../../../../lib/read/xls/readXlsRows';

/** A sheet's rows as SheetJS reads them, turned to text with the same rules the old SheetJS-based reader used. */
export function sheetJsRows(bytes: Uint8Array, sheet = 0): string[][] {
	const wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false });
	const ws = wb.Sheets[wb.SheetNames[sheet]] as XLSX.WorkSheet & {
		'!data'?: Array<Array<XLSX.CellObject | undefined> | undefined>;
	};
	const d1904 = Boolean(wb.Workbook?.WBProps?.date1904);
	const out: string[][] = [];
	(ws['!data'] ?? []).forEach((line, r) => {
		if (!line) return;
		const cells = new Array<string>(line.length).fill('');
		line.forEach((c, i) => {
			if (!c) return;
			const z = typeof c.z === 'string' ? c.z : undefined;
			if (c.t === 'n') cells[i] = numberText(c.v as number, z, d1904);
			else if (c.t === 'b') cells[i] = c.v ? 'TRUE' : 'FALSE';
			else if (c.t === 'e') cells[i] = c.w ?? '';
			else if (c.t === 'd') cells[i] = dateToIso(c.v as Date, z);
			else if (c.t !== 'z') cells[i] = String(c.v ?? '');
		});
		if (cells.some((t) => t !== '')) out[r] = cells;
	});
	return out;
}

/** A sheet's rows as openXlsBook reads them, indexed the same way, with the issues it reported. */
export async function ourRows(
	bytes: Uint8Array,
	sheet?: string | number,
): Promise<{
	rows: string[][];
	raw: RawRow[];
	names: string[];
	sheetIndex: number;
	issues: string[];
}> {
	const issues: string[] = [];
	const book = await openXlsBook(bytes, sheet, (i) => issues.push(i.message));
	const rows: string[][] = [];
	const raw: RawRow[] = [];
	for (const batch of book.rows()) {
		for (const r of batch) {
			raw.push(r);
			rows[r.row - 1] = r.cells;
		}
	}
	return { rows, raw, names: book.sheets.map((s) => s.name), sheetIndex: book.sheetIndex, issues };
}
