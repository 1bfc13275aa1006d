import * as XLSX from '@e965/xlsx';
import { IntakeError } from '../../errors';
import { dateToIso, numberText } from '../formatCell';
import { pickSheet } from '../pickSheet';
import type { IssueSink, RawRow } from '../rawRow';
import { readXlsInWorker } from './readXlsInWorker';

/** A legacy workbook opened with SheetJS. */
export interface XlsBook {
	sheets: Array<{ name: string; state: string }>;
	sheetIndex: number;
	rows: () => Generator<RawRow[]>;
}

const BATCH = 512;

/**
 * Opens a legacy Excel workbook (BIFF .xls, and the HTML and SpreadsheetML
 * 2003 files that many systems save with an .xls name) with SheetJS.
 */
export async function openXlsBook(bytes: Uint8Array, sheet: string | number | undefined, onIssue: IssueSink): Promise<XlsBook> {
	let wb: XLSX.WorkBook;
	try {
		// in a worker: SheetJS can loop for ever on damaged files, and there it can be stopped
		wb = await readXlsInWorker(bytes, {
			type: 'array',
			dense: true,
			cellNF: true,
			cellText: false,
			cellDates: false,
			cellFormula: false,
			cellHTML: false,
			WTF: false,
		});
	} catch (e) {
		if (e instanceof IntakeError) throw e;
		const message = (e as Error).message ?? String(e);
		if (/password|encrypt/i.test(message)) {
			throw new IntakeError('FILE_ENCRYPTED', 'The workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook), save it, and try again.');
		}
		throw new IntakeError(
			'FILE_CORRUPT',
			`The .xls workbook could not be read (${message}). Open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
		);
	}
	const names = wb.SheetNames;
	if (names.length === 0) throw new IntakeError('FILE_CORRUPT', 'The workbook has no sheets. Open it in Excel and save it again.');
	const states = wb.Workbook?.Sheets ?? [];
	const sheetIndex = pickSheet(names, sheet);
	const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
	const ws = wb.Sheets[names[sheetIndex]] as
		| (XLSX.WorkSheet & { '!data'?: Array<Array<XLSX.CellObject | undefined> | undefined> })
		| undefined;
	if (!ws) throw new IntakeError('FILE_CORRUPT', `The sheet "${names[sheetIndex]}" could not be read. Open the workbook in Excel or LibreOffice and save it as .xlsx or CSV.`);
	const sheets = names.map((name, i) => {
		const hidden = states[i]?.Hidden;
		return { name, state: hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible' };
	});
	const data = Array.isArray(ws['!data']) ? ws['!data'] : [];
	function* rows(): Generator<RawRow[]> {
		let batch: RawRow[] = [];
		for (let r = 0; r < data.length; r++) {
			const line = data[r];
			if (!line) continue;
			const cells: string[] = new Array(line.length).fill('');
			for (let c = 0; c < line.length; c++) {
				const cell = line[c];
				if (cell && typeof cell === 'object') cells[c] = cellText(cell, date1904, r + 1, c, onIssue);
			}
			batch.push({ row: r + 1, cells });
			if (batch.length >= BATCH) {
				yield batch;
				batch = [];
			}
		}
		if (batch.length > 0) yield batch;
	}
	return { sheets, sheetIndex, rows };
}

function cellText(cell: XLSX.CellObject, date1904: boolean, row: number, col: number, onIssue: IssueSink): string {
	const fmt = typeof cell.z === 'string' ? cell.z : undefined;
	switch (cell.t) {
		case 'n':
			if (typeof cell.v !== 'number') return '';
			return numberText(cell.v, fmt, date1904);
		case 'b':
			return cell.v ? 'TRUE' : 'FALSE';
		case 'd':
			return cell.v instanceof Date ? dateToIso(cell.v, fmt) : String(cell.v ?? '');
		case 'e': {
			const text = cell.w ?? (typeof cell.v === 'string' ? cell.v : '#ERROR');
			onIssue({
				row,
				code: 'CELL_ERROR_VALUE',
				message: `Row ${row}, cell ${XLSX.utils.encode_cell({ r: row - 1, c: col })}: the cell shows the error ${text}; it was kept as text. Fix the formula in the workbook.`,
			});
			return text;
		}
		case 'z':
			return '';
		default:
			return cell.v === undefined || cell.v === null ? '' : String(cell.v);
	}
}
