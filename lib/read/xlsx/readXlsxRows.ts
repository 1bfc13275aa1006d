import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IntakeError, isIntakeError } from '../../errors';
import { dateToIso, numberText } from '../formatCell';
import type { IssueSink, RawRow } from '../rawRow';
import type { XlsxPackage } from './openXlsxPackage';

const BATCH = 512;

type CellLike = { value: unknown; numFmt?: string };

/**
 * Streams the rows of the sheet chosen in an opened XLSX package with
 * exceljs's streaming reader. Cells are keyed by their column, so merged
 * and missing cells never shift the columns after them.
 */
export async function* readXlsxRows(pkg: XlsxPackage, onIssue: IssueSink): AsyncGenerator<RawRow[]> {
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(pkg.archive)]), {
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		worksheets: 'emit',
		entries: 'ignore',
	});
	try {
		for await (const worksheet of reader) {
			let batch: RawRow[] = [];
			for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
				const cells: string[] = [];
				const rowNumber = row.number;
				row.eachCell({ includeEmpty: false }, (cell, col) => {
					const { value, numFmt } = cell as unknown as CellLike;
					cells[col - 1] = valueText(value, numFmt, pkg.date1904, (message) =>
						onIssue({ row: rowNumber, code: 'CELL_ERROR_VALUE', message: `Row ${rowNumber}, cell ${cell.address}: ${message}` }),
					);
				});
				for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
				batch.push({ row: rowNumber, cells });
				if (batch.length >= BATCH) {
					yield batch;
					batch = [];
				}
			}
			if (batch.length > 0) yield batch;
		}
	} catch (e) {
		if (isIntakeError(e)) throw e;
		throw new IntakeError(
			'FILE_CORRUPT',
			`The workbook could not be read: ${(e as Error).message}. Open it in Excel or LibreOffice and save it again as .xlsx.`,
		);
	}
}


function valueText(value: unknown, numFmt: string | undefined, date1904: boolean, report: (m: string) => void): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') {
		if (Number.isNaN(value)) {
			report('the formula has no usable cached value; it was read as empty. Recalculate and save the workbook in Excel.');
			return '';
		}
		return numberText(value, numFmt, date1904);
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return dateToIso(value, numFmt);
	if (typeof value === 'object') {
		const v = value as Record<string, unknown>;
		if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
		if ('error' in v) {
			report(`the cell shows the error ${String(v.error)}; it was kept as text. Fix the formula in the workbook.`);
			return String(v.error);
		}
		if ('formula' in v || 'sharedFormula' in v) {
			if (v.result === undefined) {
				report('the formula has no saved result, so it was read as empty. Open the workbook in Excel, let it recalculate, and save it.');
				return '';
			}
			return valueText(v.result, numFmt, date1904, report);
		}
		if ('text' in v) return valueText(v.text, numFmt, date1904, report);
		if ('sharedString' in v) return '';
	}
	return String(value);
}
