import ExcelJS from 'exceljs';
import { IntakeError } from '../errors';
import { getSchema } from '../schema/getSchema';
import type { Schema } from '../schema/types';
import { TYPE_NOTES } from './data/templateExamples';
import { templateRows } from './templateRows';

/** Rows given list validation and text formatting in the XLSX template. */
const TEMPLATE_ROWS = 1000;

/** One CSV cell, quoted when it must be (RFC 4180). */
function csvCell(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function requirementText(schema: Schema): string {
	const label = (key: string): string => schema.fields.find((f) => f.key === key)?.label ?? key;
	const sets = schema.requiredAnyOf.filter((set) => set.every((k) => !schema.fields.find((f) => f.key === k)?.inputOnly));
	return `A row needs ${sets.map((set) => set.map(label).join(' and ')).join(', or ')}.`;
}

async function xlsxTemplate(schema: Schema): Promise<Uint8Array> {
	const { fields, headers, notes, example } = templateRows(schema);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'n8n-nodes-intake';
	const sheet = workbook.addWorksheet('Import', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.addRow(headers);
	sheet.addRow(notes);
	sheet.addRow(example);
	fields.forEach((field, i) => {
		const column = sheet.getColumn(i + 1);
		column.width = Math.min(40, Math.max(14, headers[i].length + 4));
		const header = sheet.getCell(1, i + 1);
		header.font = { bold: true, color: { argb: field.required ? 'FF9C0006' : 'FF000000' } };
		header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: field.required ? 'FFFFE4E4' : 'FFEFEFEF' } };
		header.note = notes[i];
		const note = sheet.getCell(2, i + 1);
		note.font = { italic: true, color: { argb: 'FF666666' }, size: 9 };
		note.alignment = { wrapText: true, vertical: 'top' };
		// ZIPs and phone numbers are text: a spreadsheet would drop a ZIP's leading zero
		if (field.key === 'zip' || field.type === 'phone') {
			for (let row = 3; row <= TEMPLATE_ROWS; row++) sheet.getCell(row, i + 1).numFmt = '@';
		}
		const list = field.type === 'enum' ? `"${(field.values ?? []).join(',')}"` : '';
		if (list && list.length <= 255 && !(field.values ?? []).some((v) => v.includes(','))) {
			for (let row = 3; row <= TEMPLATE_ROWS; row++) {
				sheet.getCell(row, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: true, error: `Use one of: ${(field.values ?? []).join(', ')}` };
			}
		}
	});
	sheet.getRow(2).height = 60;
	const help = workbook.addWorksheet('How to import');
	const lines = [
		`Import template: ${schema.name}`,
		'',
		requirementText(schema),
		'Row 1 holds the column names: keep them. Row 2 describes each column and row 3 is an example; both are skipped on import, and you may delete them.',
		`Dates: ${TYPE_NOTES.date}. A file may use either day-month order, but one order throughout.`,
		`Phones: ${TYPE_NOTES.phone}.`,
		'Columns in red are required. Columns you do not need can be left blank or deleted.',
	];
	for (const line of lines) help.addRow([line]);
	help.getColumn(1).width = 120;
	help.getCell(1, 1).font = { bold: true, size: 14 };
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Makes an import template for a schema: a file users fill in and import
 * without any mapping. Its headers are the fields' labels (which
 * {@link autoMapHeaders} maps back at full confidence), then an example row.
 * An XLSX template also has a notes row under the headers saying what each
 * column expects, whether it is required, and the accepted date and phone
 * formats, plus header comments, drop-down lists for enum fields, text
 * formatting for ZIPs and phones, and a "How to import" sheet. On import,
 * {@link transformRecords} skips the notes and example rows.
 *
 * @param schema - a built-in schema's name or a {@link Schema}
 * @param format - `'csv'` (UTF-8 with a byte-order mark, so Excel reads accents) or `'xlsx'`
 * @returns the file's bytes
 * @throws IntakeError `TEMPLATE_INVALID_OPTION` for another format, `SCHEMA_NOT_FOUND` for an unknown schema
 *
 * @example
 * new TextDecoder().decode(await createImportTemplate('cases', 'csv')).split('\r\n')[0]
 * //=> 'Case name,Case number,Case type,Status,Client name,Client phone,Client email,Opened,Closed,Assigned to,Court date,Deadline,Description'
 */
export async function createImportTemplate(schema: string | Schema, format: 'csv' | 'xlsx'): Promise<Uint8Array> {
	const target = typeof schema === 'string' ? getSchema(schema as 'clients') : schema;
	if (target === null || typeof target !== 'object' || !Array.isArray(target.fields)) {
		throw new IntakeError('TEMPLATE_INVALID_OPTION', 'Invalid argument `schema`: expected a schema name or a schema from defineSchema()');
	}
	if (format === 'xlsx') return xlsxTemplate(target);
	if (format !== 'csv') throw new IntakeError('TEMPLATE_INVALID_OPTION', `Invalid argument \`format\`: expected "csv" or "xlsx", got ${JSON.stringify(format)}`);
	const { headers, example } = templateRows(target);
	const text = `\ufeff${[headers, example].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
	return new TextEncoder().encode(text);
}
