import { strToU8, zipSync, type Zippable } from 'fflate';
import { IntakeError } from '../errors';

/** How a cell looks. Colours are `RRGGBB` hex. */
export interface XlsxStyle {
	bold?: boolean;
	italic?: boolean;
	/** Font size in points. Default 11. */
	size?: number;
	color?: string;
	/** Solid background colour. */
	fill?: string;
	wrap?: boolean;
	verticalAlign?: 'top' | 'center' | 'bottom';
	/** A number format: `'@'` (text), `'yyyy-mm-dd'`, `'0.00'`, … */
	numberFormat?: string;
}

/** A cell's value: text stays text (never a formula), numbers and booleans keep their type, a Date is a date serial. */
export type XlsxValue = string | number | boolean | Date | null | undefined;

/** A cell with a style. */
export interface XlsxCell {
	value: XlsxValue;
	style?: XlsxStyle;
}

/** A drop-down list on a range of one column. */
export interface XlsxListValidation {
	/** 0-based column. */
	column: number;
	/** 1-based first and last rows. */
	fromRow: number;
	toRow: number;
	values: readonly string[];
	/** Shown when a typed value is not in the list. */
	error?: string;
}

/** One worksheet. */
export interface XlsxSheet {
	/** 1–31 characters, none of `[]:*?/\`; unique in the workbook (case-insensitively). */
	name: string;
	rows: ReadonlyArray<ReadonlyArray<XlsxValue | XlsxCell>>;
	/** Column widths in characters, by 0-based column. */
	columnWidths?: ReadonlyArray<number | undefined>;
	/** Styles for the whole column (e.g. `{ numberFormat: '@' }` so typed ZIP codes keep their zeros), by 0-based column. */
	columnStyles?: ReadonlyArray<XlsxStyle | undefined>;
	/** Row heights in points, by 1-based row. */
	rowHeights?: Readonly<Record<number, number>>;
	/** Rows kept in view when scrolling (1 = the header row). */
	freezeRows?: number;
	/** Adds filter buttons to the first row over the used columns. */
	autoFilter?: boolean;
	listValidations?: readonly XlsxListValidation[];
}

/** Options of {@link writeXlsx}. */
export interface XlsxOptions {
	/** The document's author, in its properties. */
	creator?: string;
	/** The document's title, in its properties. */
	title?: string;
	/** Fixed time for the properties (reproducible files). Default now. */
	created?: Date;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML character data: escaped, and characters XML cannot hold written as Excel's `_xHHHH_`. */
function xmlText(text: string): string {
	return text
		.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
		.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
		// control characters other than tab and line breaks, and lone surrogates, are not XML
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

function isCell(v: XlsxValue | XlsxCell): v is XlsxCell {
	return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** Excel's serial for a date (the 1900 system, UTC). */
function dateSerial(d: Date): number {
	return d.getTime() / 86_400_000 + 25_569;
}

function invalid(message: string): IntakeError {
	return new IntakeError('XLSX_INVALID_OPTION', message);
}

/** Collects the distinct styles into styles.xml and hands out their indexes. */
function createStyleSheet(): { index: (style: XlsxStyle | undefined) => number; xml: () => string } {
	const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
	const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
	const formats: string[] = [];
	const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
	const byKey = new Map<string, number>([['{}', 0]]);
	const colour = (c: string, what: string): string => {
		if (!/^[0-9A-Fa-f]{6}$/.test(c)) throw invalid(`A ${what} colour must be six hex digits (RRGGBB), got ${JSON.stringify(c)}.`);
		return `FF${c.toUpperCase()}`;
	};
	const find = (list: string[], xml: string): number => {
		const at = list.indexOf(xml);
		return at >= 0 ? at : list.push(xml) - 1;
	};
	const builtIn: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, 'mm-dd-yy': 14, '@': 49 };
	return {
		index(style) {
			if (!style) return 0;
			const key = JSON.stringify(style, Object.keys(style).sort());
			const known = byKey.get(key);
			if (known !== undefined) return known;
			let font = 0;
			if (style.bold || style.italic || style.size !== undefined || style.color !== undefined) {
				const size = style.size ?? 11;
				if (!(size >= 1 && size <= 409)) throw invalid(`A font size must be 1 to 409 points, got ${JSON.stringify(style.size)}.`);
				font = find(fonts, `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}<sz val="${size}"/>${style.color ? `<color rgb="${colour(style.color, 'font')}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`);
			}
			const fill = style.fill ? find(fills, `<fill><patternFill patternType="solid"><fgColor rgb="${colour(style.fill, 'fill')}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
			let numFmt = 0;
			if (style.numberFormat !== undefined) {
				numFmt = Object.hasOwn(builtIn, style.numberFormat) ? builtIn[style.numberFormat] : 164 + find(formats, style.numberFormat);
			}
			const align = style.wrap || style.verticalAlign ? `<alignment${style.wrap ? ' wrapText="1"' : ''}${style.verticalAlign ? ` vertical="${style.verticalAlign}"` : ''}/>` : '';
			const xf = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`;
			const at = xfs.push(xf) - 1;
			byKey.set(key, at);
			return at;
		},
		xml() {
			const numFmts = formats.length ? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>` : '';
			return (
				`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">${numFmts}` +
				`<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills>` +
				'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
				'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
				`<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
				'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
			);
		},
	};
}

function sheetXml(sheet: XlsxSheet, styles: ReturnType<typeof createStyleSheet>): string {
	const rows = sheet.rows;
	if (rows.length > MAX_ROWS) throw invalid(`The sheet "${sheet.name}" has ${rows.length} rows, more than the ${MAX_ROWS} a worksheet holds.`);
	let width = 0;
	const body: string[] = [];
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		if (row.length > MAX_COLUMNS) throw invalid(`Row ${r + 1} of "${sheet.name}" has ${row.length} cells, more than the ${MAX_COLUMNS} a worksheet holds.`);
		width = Math.max(width, row.length);
		const cells: string[] = [];
		for (let c = 0; c < row.length; c++) {
			const item = row[c];
			const value = isCell(item) ? item.value : item;
			let style = isCell(item) ? styles.index(item.style) : 0;
			const ref = `${columnName(c)}${r + 1}`;
			const s = (): string => (style ? ` s="${style}"` : '');
			if (value === null || value === undefined || value === '') {
				if (style) cells.push(`<c r="${ref}"${s()}/>`);
			} else if (typeof value === 'number') {
				cells.push(Number.isFinite(value) ? `<c r="${ref}"${s()}><v>${value}</v></c>` : `<c r="${ref}"${s()} t="inlineStr"><is><t>${String(value)}</t></is></c>`);
			} else if (typeof value === 'boolean') {
				cells.push(`<c r="${ref}"${s()} t="b"><v>${value ? 1 : 0}</v></c>`);
			} else if (value instanceof Date) {
				if (Number.isNaN(value.getTime())) {
					cells.push(`<c r="${ref}"${s()}/>`);
				} else {
					if (!isCell(item) || item.style?.numberFormat === undefined) style = styles.index({ ...(isCell(item) ? item.style : {}), numberFormat: 'yyyy-mm-dd' });
					cells.push(`<c r="${ref}"${s()}><v>${dateSerial(value)}</v></c>`);
				}
			} else {
				const text = String(value);
				if (text.length > 32_767) throw invalid(`Cell ${ref} of "${sheet.name}" holds ${text.length} characters, more than the 32,767 a cell holds.`);
				const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
				cells.push(`<c r="${ref}"${s()} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`);
			}
		}
		const height = sheet.rowHeights?.[r + 1];
		body.push(`<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells.join('')}</row>`);
	}
	const colCount = Math.max(width, sheet.columnWidths?.length ?? 0, sheet.columnStyles?.length ?? 0);
	const cols: string[] = [];
	for (let c = 0; c < colCount; c++) {
		const w = sheet.columnWidths?.[c];
		const st = styles.index(sheet.columnStyles?.[c]);
		if (w === undefined && !st) continue;
		cols.push(`<col min="${c + 1}" max="${c + 1}" width="${w ?? 9.140625}"${w !== undefined ? ' customWidth="1"' : ''}${st ? ` style="${st}"` : ''}/>`);
	}
	const freeze = sheet.freezeRows ?? 0;
	const view = freeze > 0
		? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
		: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
	const dimension = width > 0 && rows.length > 0 ? `A1:${columnName(width - 1)}${rows.length}` : 'A1';
	const filter = sheet.autoFilter && width > 0 && rows.length > 0 ? `<autoFilter ref="A1:${columnName(width - 1)}${rows.length}"/>` : '';
	const lists = (sheet.listValidations ?? []).filter((v) => {
		const formula = `"${v.values.join(',')}"`;
		// Excel's list formula holds 255 characters, and a comma or quote inside a value cannot be written in it
		return v.values.length > 0 && formula.length <= 255 && !v.values.some((x) => /[",]/.test(x));
	});
	const validations = lists.length
		? `<dataValidations count="${lists.length}">${lists
				.map((v) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${v.error ? ` errorTitle="Not in the list" error="${xmlText(v.error.slice(0, 255))}"` : ''} sqref="${columnName(v.column)}${v.fromRow}:${columnName(v.column)}${v.toRow}"><formula1>${xmlText(`"${v.values.join(',')}"`)}</formula1></dataValidation>`)
				.join('')}</dataValidations>`
		: '';
	return (
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>${view}<sheetFormatPr defaultRowHeight="15"/>` +
		`${cols.length ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>${body.join('')}</sheetData>${filter}${validations}` +
		'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
	);
}

/**
 * Writes an XLSX workbook in pure JavaScript (no Node built-ins, so it runs
 * inside n8n Cloud): typed cells, text that is never taken for a formula,
 * fonts, fills, number formats, column widths and styles, frozen header
 * rows, filter buttons and drop-down lists. Parts are deflated with fflate.
 *
 * @param sheets - the worksheets, in order
 * @param options - document properties
 * @returns the file's bytes
 * @throws IntakeError `XLSX_INVALID_OPTION` for a bad sheet name, a sheet or cell over Excel's limits, or a bad colour
 *
 * @example
 * const bytes = writeXlsx([{ name: 'Clients', rows: [['Name', 'Since'], ['Jane', new Date('2024-05-01')]], freezeRows: 1 }])
 * bytes.subarray(0, 2) //=> Uint8Array [ 80, 75 ] ("PK", a ZIP archive)
 */
export function writeXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Uint8Array {
	if (!Array.isArray(sheets) || sheets.length === 0) throw invalid('A workbook needs at least one sheet.');
	const seen = new Set<string>();
	for (const sheet of sheets) {
		const name = sheet?.name;
		if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
			throw invalid(`A sheet name must be 1 to 31 characters without [ ] : * ? / \\ and not start or end with an apostrophe, got ${JSON.stringify(name)}.`);
		}
		if (seen.has(name.toLowerCase())) throw invalid(`Two sheets are named "${name}"; sheet names must differ (Excel ignores case).`);
		seen.add(name.toLowerCase());
	}
	const styles = createStyleSheet();
	// the sheets first, as they collect the styles; [Content_Types].xml still goes first in the archive
	const sheetParts = sheets.map((sheet) => strToU8(sheetXml(sheet, styles)));
	const files: Zippable = {};
	const created = (options.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
	files['[Content_Types].xml'] = strToU8(
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
			sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
			'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
			'<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
			'<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
	);
	files['_rels/.rels'] = strToU8(
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
			'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
			'<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
	);
	files['docProps/core.xml'] = strToU8(
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
			`${options.title ? `<dc:title>${xmlText(options.title)}</dc:title>` : ''}${options.creator ? `<dc:creator>${xmlText(options.creator)}</dc:creator>` : ''}` +
			`<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`,
	);
	files['docProps/app.xml'] = strToU8(
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>n8n-nodes-intake</Application></Properties>',
	);
	files['xl/workbook.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
			sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
			'</sheets></workbook>',
	);
	files['xl/_rels/workbook.xml.rels'] = strToU8(
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
			`<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
	);
	sheetParts.forEach((part, i) => {
		files[`xl/worksheets/sheet${i + 1}.xml`] = part;
	});
	files['xl/styles.xml'] = strToU8(styles.xml());
	// a fixed time in the archive's entries too, so the same input gives the same bytes
	return zipSync(files, { level: 6, mtime: options.created ?? new Date('2000-01-01T00:00:00Z') });
}
