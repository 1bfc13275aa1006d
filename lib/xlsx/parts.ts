/*
 * The pieces of an XLSX package that the one-shot writer (writeXlsx) and the
 * streaming one (createXlsxStream) share: XML text, cell references, the style
 * sheet, one cell's XML, the sheet's head and tail, and the fixed package parts.
 * Internal to the library.
 */
import { strToU8 } from 'fflate';
import { IntakeError } from '../errors';
import {
	MAX_CELL_TEXT,
	MAX_COLUMNS,
	MAX_FONT_SIZE,
	MAX_SHEET_NAME,
	MAX_VALIDATION_TEXT,
	MIN_FONT_SIZE,
} from './excelLimits';
import type { XlsxCell, XlsxListValidation, XlsxOptions, XlsxStyle, XlsxValue } from './writeXlsx';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML character data: escaped, and characters XML cannot hold written as Excel's `_xHHHH_`. */
export function xmlText(text: string): string {
	return (
		text
			.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
			.replace(/[&<>"]/g, (c) =>
				c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
			)
			// control characters other than tab and line breaks, and lone surrogates, are not XML
			.replace(
				/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
				(c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
			)
	);
}

export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

export function isCell(v: XlsxValue | XlsxCell): v is XlsxCell {
	return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** Excel's serial for a date (the 1900 system, UTC). */
export function dateSerial(d: Date): number {
	return d.getTime() / 86_400_000 + 25_569;
}

export function invalid(message: string): IntakeError {
	return new IntakeError('XLSX_INVALID_OPTION', message);
}

/** Collects the distinct styles into styles.xml and hands out their indexes. */
/** The style sheet being collected. */
export type StyleSheet = ReturnType<typeof createStyleSheet>;

export function createStyleSheet(): {
	index: (style: XlsxStyle | undefined) => number;
	xml: () => string;
} {
	const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
	const fills = [
		'<fill><patternFill patternType="none"/></fill>',
		'<fill><patternFill patternType="gray125"/></fill>',
	];
	const formats: string[] = [];
	const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
	const byKey = new Map<string, number>([['{}', 0]]);
	const colour = (c: string, what: string): string => {
		if (!/^[0-9A-Fa-f]{6}$/.test(c))
			throw invalid(`A ${what} colour must be six hex digits (RRGGBB), got ${JSON.stringify(c)}.`);
		return `FF${c.toUpperCase()}`;
	};
	const find = (list: string[], xml: string): number => {
		const at = list.indexOf(xml);
		return at >= 0 ? at : list.push(xml) - 1;
	};
	const builtIn: Record<string, number> = {
		General: 0,
		'0': 1,
		'0.00': 2,
		'#,##0': 3,
		'#,##0.00': 4,
		'0%': 9,
		'0.00%': 10,
		'mm-dd-yy': 14,
		'@': 49,
	};
	return {
		index(style) {
			if (!style) return 0;
			const key = JSON.stringify(style, Object.keys(style).sort());
			const known = byKey.get(key);
			if (known !== undefined) return known;
			let font = 0;
			if (style.bold || style.italic || style.size !== undefined || style.color !== undefined) {
				const size = style.size ?? 11;
				if (!(size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE))
					throw invalid(
						`A font size must be ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE} points, got ${JSON.stringify(style.size)}.`,
					);
				font = find(
					fonts,
					`<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}<sz val="${size}"/>${style.color ? `<color rgb="${colour(style.color, 'font')}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`,
				);
			}
			const fill = style.fill
				? find(
						fills,
						`<fill><patternFill patternType="solid"><fgColor rgb="${colour(style.fill, 'fill')}"/><bgColor indexed="64"/></patternFill></fill>`,
					)
				: 0;
			let numFmt = 0;
			if (style.numberFormat !== undefined) {
				numFmt = Object.hasOwn(builtIn, style.numberFormat)
					? builtIn[style.numberFormat]
					: 164 + find(formats, style.numberFormat);
			}
			const align =
				style.wrap || style.verticalAlign
					? `<alignment${style.wrap ? ' wrapText="1"' : ''}${style.verticalAlign ? ` vertical="${style.verticalAlign}"` : ''}/>`
					: '';
			const xf = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`;
			const at = xfs.push(xf) - 1;
			byKey.set(key, at);
			return at;
		},
		xml() {
			const numFmts = formats.length
				? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>`
				: '';
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
		throw invalid(
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
		throw invalid(
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

/** Checks sheet names: 1 to MAX_SHEET_NAME (31) characters, none of `[]:*?/\`, no apostrophe first or last, unique ignoring case. */
export function checkSheetNames(names: readonly unknown[]): void {
	const seen = new Set<string>();
	for (const name of names) {
		if (
			typeof name !== 'string' ||
			name.length === 0 ||
			name.length > MAX_SHEET_NAME ||
			/[[\]:*?/\\]/.test(name) ||
			/^'|'$/.test(name)
		) {
			throw invalid(
				`A sheet name must be 1 to ${MAX_SHEET_NAME} characters without [ ] : * ? / \\ and not start or end with an apostrophe, got ${JSON.stringify(name)}.`,
			);
		}
		if (seen.has(name.toLowerCase()))
			throw invalid(
				`Two sheets are named "${name}"; sheet names must differ (Excel ignores case).`,
			);
		seen.add(name.toLowerCase());
	}
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
