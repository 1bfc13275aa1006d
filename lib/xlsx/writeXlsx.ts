import { strToU8, zipSync, type Zippable } from 'fflate';
import { invalidOption } from '../errors';
import { MAX_ROWS } from './excelLimits';
import {
	checkSheetNames,
	overExcelLimit,
	packageParts,
	rowXml,
	sheetHead,
	sheetTail,
	zipTime,
} from './parts';
import { createStyleSheet, type StyleSheet } from './styleSheet';

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

function sheetXml(sheet: XlsxSheet, styles: StyleSheet): string {
	const rows = sheet.rows;
	if (rows.length > MAX_ROWS)
		throw overExcelLimit(
			`The sheet "${sheet.name}" has ${rows.length} rows, more than the ${MAX_ROWS} a worksheet holds.`,
		);
	let width = 0;
	const body: string[] = [];
	for (let r = 0; r < rows.length; r++) {
		body.push(rowXml(rows[r], r, styles, sheet.name, sheet.rowHeights?.[r + 1]));
		width = Math.max(width, rows[r].length);
	}
	return (
		sheetHead(sheet, width, rows.length, styles) +
		body.join('') +
		sheetTail(sheet.autoFilter, width, rows.length, sheet.listValidations)
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
	if (!Array.isArray(sheets) || sheets.length === 0)
		throw invalidOption(
			'XLSX_INVALID_OPTION',
			'sheets',
			'a list of at least one sheet',
			Array.isArray(sheets) ? [] : typeof sheets,
		);
	checkSheetNames(
		sheets.map((s) => s?.name),
		(i) => `sheets[${i}].name`,
	);
	const styles = createStyleSheet();
	// the sheets first, as they collect the styles; [Content_Types].xml still goes first in the archive
	const sheetParts = sheets.map((sheet) => strToU8(sheetXml(sheet, styles)));
	const files: Zippable = {};
	for (const [path, bytes] of packageParts(
		sheets.map((s) => s.name),
		options,
	))
		files[path] = bytes;
	sheetParts.forEach((part, i) => {
		files[`xl/worksheets/sheet${i + 1}.xml`] = part;
	});
	files['xl/styles.xml'] = strToU8(styles.xml());
	// a fixed time in the archive's entries too, so the same input gives the same bytes
	return zipSync(files, { level: 6, mtime: zipTime(options) });
}
