import { invalidOption } from '../errors';
import { writeXlsx, type XlsxStyle } from '../xlsx/writeXlsx';
import { getSchema } from '../schema/getSchema';
import type { Schema } from '../schema/types';
import { TYPE_NOTES } from './data/templateExamples';
import { templateRows } from './templateRows';
import { escapeFormula } from '../export/escapeFormula';

/** Rows given list validation and text formatting in the XLSX template. */
const TEMPLATE_ROWS = 1000;

/**
 * One CSV cell, quoted when it must be (RFC 4180). Text a spreadsheet would
 * run as a formula (a schema's example or enum value) gets a leading
 * apostrophe by the export's shared guard, escapeFormula.
 */
function csvCell(text: string): string {
	const safe = escapeFormula(text);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function requirementText(schema: Schema): string {
	const label = (key: string): string => schema.fields.find((f) => f.key === key)?.label ?? key;
	const sets = schema.requiredAnyOf.filter((set) =>
		set.every((k) => !schema.fields.find((f) => f.key === k)?.inputOnly),
	);
	return `A row needs ${sets.map((set) => set.map(label).join(' and ')).join(', or ')}.`;
}

function xlsxTemplate(schema: Schema): Uint8Array {
	const { fields, headers, notes, example } = templateRows(schema);
	const headerStyle = (required: boolean): XlsxStyle => ({
		bold: true,
		color: required ? '9C0006' : '000000',
		fill: required ? 'FFE4E4' : 'EFEFEF',
	});
	const noteStyle: XlsxStyle = {
		italic: true,
		color: '666666',
		size: 9,
		wrap: true,
		verticalAlign: 'top',
	};
	const lists = fields.flatMap((field, column) =>
		field.type === 'enum' && (field.values ?? []).length > 0
			? [
					{
						column,
						fromRow: 3,
						toRow: TEMPLATE_ROWS,
						values: field.values ?? [],
						error: `Use one of: ${(field.values ?? []).join(', ')}`,
					},
				]
			: [],
	);
	const help = [
		`Import template: ${schema.name}`,
		'',
		requirementText(schema),
		'Row 1 holds the column names: keep them. Row 2 describes each column and row 3 is an example; both are skipped on import, and you may delete them.',
		`Dates: ${TYPE_NOTES.date}. A file may use either day-month order, but one order throughout.`,
		`Phones: ${TYPE_NOTES.phone}.`,
		'Columns in red are required. Columns you do not need can be left blank or deleted.',
	];
	return writeXlsx(
		[
			{
				name: 'Import',
				rows: [
					fields.map((field, i) => ({
						value: headers[i],
						style: headerStyle(Boolean(field.required)),
					})),
					notes.map((note) => ({ value: note, style: noteStyle })),
					example,
				],
				columnWidths: headers.map((h) => Math.min(40, Math.max(14, h.length + 4))),
				// ZIPs and phone numbers are text: a spreadsheet would drop a ZIP's leading zero
				columnStyles: fields.map((field) =>
					field.key === 'zip' || field.type === 'phone' ? { numberFormat: '@' } : undefined,
				),
				rowHeights: { 2: 60 },
				freezeRows: 1,
				// Excel refuses a list whose values hold a comma or a quote, or whose formula passes 255 characters: those columns get none
				listValidations: lists,
			},
			{
				name: 'How to import',
				rows: help.map((line, i) => [
					i === 0 ? { value: line, style: { bold: true, size: 14 } } : line,
				]),
				columnWidths: [120],
			},
		],
		{ creator: 'n8n-nodes-intake', title: `Import template: ${schema.name}` },
	);
}

/**
 * Makes an import template for a schema: a file users fill in and import
 * without any mapping. Its headers are the fields' labels (which
 * {@link autoMapHeaders} maps back at full confidence), then an example row.
 * An XLSX template also has a notes row under the headers saying what each
 * column expects, whether it is required, and the accepted date and phone
 * formats, plus drop-down lists for enum fields, text
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
export async function createImportTemplate(
	schema: string | Schema,
	format: 'csv' | 'xlsx',
): Promise<Uint8Array> {
	const target = typeof schema === 'string' ? getSchema(schema as 'clients') : schema;
	if (target === null || typeof target !== 'object' || !Array.isArray(target.fields)) {
		throw invalidOption(
			'TEMPLATE_INVALID_OPTION',
			'schema',
			'a schema name or a schema from defineSchema()',
			typeof schema,
		);
	}
	if (format === 'xlsx') return xlsxTemplate(target);
	if (format !== 'csv')
		throw invalidOption('TEMPLATE_INVALID_OPTION', 'format', '"csv" or "xlsx"', format);
	const { headers, example } = templateRows(target);
	const text = `\ufeff${[headers, example].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
	return new TextEncoder().encode(text);
}
