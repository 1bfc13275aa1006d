/*
 * The pieces of an XLSX package that the one-shot writer (writeXlsx) and the
 * streaming one (createXlsxStream) share: one cell's and one row's XML, the
 * sheet's head and tail, the sheet-name check and the fixed package parts.
 * (XML text is in xml.ts, the style sheet in styleSheet.ts.) Internal to the
 * library.
 */
import { strToU8 } from 'fflate';
import { IntakeError, invalidOption } from '../errors';
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_SHEET_NAME, MAX_VALIDATION_TEXT } from './excelLimits';
import type { StyleSheet } from './styleSheet';
import type { XlsxCell, XlsxListValidation, XlsxOptions, XlsxStyle, XlsxValue } from './writeXlsx';
import { MAIN_NS, REL_NS, columnName, xmlText } from './xml';

/**
 * The error for data past one of Excel's limits (a row, a cell, a sheet too
 * large): not an option of the caller's but the data given, so it says what
 * is too large in words rather than "Invalid option"; the code stays the
 * writer's XLSX_INVALID_OPTION.
 */
export function overExcelLimit(message: string): IntakeError {
	return new IntakeError('XLSX_INVALID_OPTION', message);
}

export function isCell(v: XlsxValue | XlsxCell): v is XlsxCell {
	return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** Excel's serial for a date (the 1900 system, UTC). */
export function dateSerial(d: Date): number {
	return d.getTime() / 86_400_000 + 25_569;
}

/**
 * One cell's XML, or '' for an empty cell without a style. Text is an inline
 * string (never a formula); a Date is a serial with a date format unless the
 * cell's style names one.
 */
export function cellXml(
	item: XlsxValue | XlsxCell,
	ref: string,
	styles: StyleSheet,
	sheetName: string,
): string {
	const value = isCell(item) ? item.value : item;
	let style = isCell(item) ? styles.index(item.style) : 0;
	const s = (): string => (style ? ` s="${style}"` : '');
	if (value === null || value === undefined || value === '')
		return style ? `<c r="${ref}"${s()}/>` : '';
	if (typeof value === 'number') {
		return Number.isFinite(value)
			? `<c r="${ref}"${s()}><v>${value}</v></c>`
			: `<c r="${ref}"${s()} t="inlineStr"><is><t>${String(value)}</t></is></c>`;
	}
	if (typeof value === 'boolean') return `<c r="${ref}"${s()} t="b"><v>${value ? 1 : 0}</v></c>`;
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return `<c r="${ref}"${s()}/>`;
		if (!isCell(item) || item.style?.numberFormat === undefined)
			style = styles.index({ ...(isCell(item) ? item.style : {}), numberFormat: 'yyyy-mm-dd' });
		return `<c r="${ref}"${s()}><v>${dateSerial(value)}</v></c>`;
	}
	const text = String(value);
	if (text.length > MAX_CELL_TEXT)
		throw overExcelLimit(
			`Cell ${ref} of "${sheetName}" holds ${text.length} characters, more than the ${MAX_CELL_TEXT.toLocaleString('en-US')} a cell holds.`,
		);
	const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
	return `<c r="${ref}"${s()} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** One `<row>`: its cells' XML, after checking the row against Excel's column limit. */
export function rowXml(
	row: ReadonlyArray<XlsxValue | XlsxCell>,
	r: number,
	styles: StyleSheet,
	sheetName: string,
	height?: number,
): string {
	if (row.length > MAX_COLUMNS)
		throw overExcelLimit(
			`Row ${r + 1} of "${sheetName}" has ${row.length} cells, more than the ${MAX_COLUMNS} a worksheet holds.`,
		);
	let cells = '';
	for (let c = 0; c < row.length; c++)
		cells += cellXml(row[c], `${columnName(c)}${r + 1}`, styles, sheetName);
	return `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells}</row>`;
}

/** What goes before `<sheetData>`: the dimension (when known), the frozen pane and the columns. */
export function sheetHead(
	sheet: {
		freezeRows?: number;
		columnWidths?: ReadonlyArray<number | undefined>;
		columnStyles?: ReadonlyArray<XlsxStyle | undefined>;
	},
	width: number,
	rowCount: number | undefined,
	styles: StyleSheet,
): string {
	const colCount = Math.max(
		width,
		sheet.columnWidths?.length ?? 0,
		sheet.columnStyles?.length ?? 0,
	);
	const cols: string[] = [];
	for (let c = 0; c < colCount; c++) {
		const w = sheet.columnWidths?.[c];
		const st = styles.index(sheet.columnStyles?.[c]);
		if (w === undefined && !st) continue;
		cols.push(
			`<col min="${c + 1}" max="${c + 1}" width="${w ?? 9.140625}"${w !== undefined ? ' customWidth="1"' : ''}${st ? ` style="${st}"` : ''}/>`,
		);
	}
	const freeze = sheet.freezeRows ?? 0;
	const view =
		freeze > 0
			? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
			: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
	// a streamed sheet does not know its rows yet; the dimension is optional
	const dimension =
		rowCount === undefined
			? ''
			: `<dimension ref="${width > 0 && rowCount > 0 ? `A1:${columnName(width - 1)}${rowCount}` : 'A1'}"/>`;
	return (
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${dimension}${view}<sheetFormatPr defaultRowHeight="15"/>` +
		`${cols.length ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>`
	);
}

/** What goes after `</sheetData>`: the filter buttons and the drop-down lists. */
export function sheetTail(
	autoFilter: boolean | undefined,
	width: number,
	rowCount: number,
	listValidations: readonly XlsxListValidation[] | undefined,
): string {
	const filter =
		autoFilter && width > 0 && rowCount > 0
			? `<autoFilter ref="A1:${columnName(width - 1)}${rowCount}"/>`
			: '';
	const lists = (listValidations ?? []).filter((v) => {
		const formula = `"${v.values.join(',')}"`;
		// Excel's list formula holds MAX_VALIDATION_TEXT (255) characters, and a comma or quote inside a value cannot be written in it
		return (
			v.values.length > 0 &&
			formula.length <= MAX_VALIDATION_TEXT &&
			!v.values.some((x) => /[",]/.test(x))
		);
	});
	const validations = lists.length
		? `<dataValidations count="${lists.length}">${lists
				.map(
					(v) =>
						`<dataValidation type="list" allowBlank="1" showErrorMessage="1"${v.error ? ` errorTitle="Not in the list" error="${xmlText(v.error.slice(0, MAX_VALIDATION_TEXT))}"` : ''} sqref="${columnName(v.column)}${v.fromRow}:${columnName(v.column)}${v.toRow}"><formula1>${xmlText(`"${v.values.join(',')}"`)}</formula1></dataValidation>`,
				)
				.join('')}</dataValidations>`
		: '';
	return `</sheetData>${filter}${validations}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

const SHEET_NAME_RULE = `1 to ${MAX_SHEET_NAME} characters without [ ] : * ? / \\ and not starting or ending with an apostrophe`;

/**
 * Checks sheet names: 1 to MAX_SHEET_NAME (31) characters, none of `[]:*?/\`,
 * no apostrophe first or last, unique ignoring case (as Excel compares them).
 *
 * @param names - the names, in sheet order
 * @param option - names the option of sheet `i` in the error (`sheets[1].name`)
 * @throws IntakeError `XLSX_INVALID_OPTION`
 * @example
 * checkSheetNames(['Clients', 'clients'], (i) => `sheets[${i}].name`)
 * // throws: Invalid option `sheets[1].name`: expected a name no other sheet has (Excel ignores case), got "clients"
 */
export function checkSheetNames(
	names: readonly unknown[],
	option: (index: number) => string,
): void {
	const seen = new Set<string>();
	names.forEach((name, i) => {
		if (
			typeof name !== 'string' ||
			name.length === 0 ||
			name.length > MAX_SHEET_NAME ||
			/[[\]:*?/\\]/.test(name) ||
			/^'|'$/.test(name)
		)
			throw invalidOption('XLSX_INVALID_OPTION', option(i), SHEET_NAME_RULE, name);
		if (seen.has(name.toLowerCase()))
			throw invalidOption(
				'XLSX_INVALID_OPTION',
				option(i),
				'a name no other sheet has (Excel ignores case)',
				name,
			);
		seen.add(name.toLowerCase());
	});
}

/**
 * The package's parts other than the sheets and styles, in the order they go
 * in the archive ([Content_Types].xml first), as [path, bytes].
 */
export function packageParts(
	sheetNames: readonly string[],
	options: XlsxOptions,
): Array<[string, Uint8Array]> {
	const created = (options.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	return [
		[
			'[Content_Types].xml',
			strToU8(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
					'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
					'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
					sheetNames
						.map(
							(_, i) =>
								`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
						)
						.join('') +
					'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
					'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
					'<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
			),
		],
		[
			'_rels/.rels',
			strToU8(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
					'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
					'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
					'<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
			),
		],
		[
			'docProps/core.xml',
			strToU8(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
					`${options.title ? `<dc:title>${xmlText(options.title)}</dc:title>` : ''}${options.creator ? `<dc:creator>${xmlText(options.creator)}</dc:creator>` : ''}` +
					`<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
			),
		],
		[
			'docProps/app.xml',
			strToU8(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>n8n-nodes-intake</Application></Properties>',
			),
		],
		[
			'xl/workbook.xml',
			strToU8(
				`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
					sheetNames
						.map((s, i) => `<sheet name="${xmlText(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
						.join('') +
					'</sheets></workbook>',
			),
		],
		[
			'xl/_rels/workbook.xml.rels',
			strToU8(
				'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
					sheetNames
						.map(
							(_, i) =>
								`<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
						)
						.join('') +
					`<Relationship Id="rId${sheetNames.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
			),
		],
	];
}

/** The time written in the archive's entries: fixed unless given, so the same input gives the same bytes. */
export function zipTime(options: XlsxOptions): Date {
	return options.created ?? new Date('2000-01-01T00:00:00Z');
}
