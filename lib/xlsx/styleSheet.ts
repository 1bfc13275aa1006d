import { invalidOption } from '../errors';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from './excelLimits';
import { MAIN_NS, xmlText } from './xml';
import type { XlsxStyle } from './writeXlsx';

/** Excel's built-in number formats, by format code: these need no <numFmt> of their own. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = Object.freeze({
	General: 0,
	'0': 1,
	'0.00': 2,
	'#,##0': 3,
	'#,##0.00': 4,
	'0%': 9,
	'0.00%': 10,
	'mm-dd-yy': 14,
	'@': 49,
});

/** The first id of a custom number format. */
const FIRST_CUSTOM_FORMAT = 164;

/** A colour as the ARGB Excel writes: `RRGGBB` made opaque. */
function argb(c: string, option: string): string {
	if (!/^[0-9A-Fa-f]{6}$/.test(c))
		throw invalidOption('XLSX_INVALID_OPTION', option, 'six hex digits (RRGGBB)', c);
	return `FF${c.toUpperCase()}`;
}

/** A <font> for a style with any font property, or undefined for the default font. */
function fontXml(style: XlsxStyle): string | undefined {
	if (!style.bold && !style.italic && style.size === undefined && style.color === undefined)
		return undefined;
	const size = style.size ?? 11;
	if (!(size >= MIN_FONT_SIZE && size <= MAX_FONT_SIZE))
		throw invalidOption(
			'XLSX_INVALID_OPTION',
			'style.size',
			`a font size from ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE} points`,
			style.size,
		);
	const color = style.color ? `<color rgb="${argb(style.color, 'style.color')}"/>` : '';
	return `<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}<sz val="${size}"/>${color}<name val="Calibri"/><family val="2"/></font>`;
}

/** A solid <fill>, or undefined for none. */
function fillXml(style: XlsxStyle): string | undefined {
	if (!style.fill) return undefined;
	return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill, 'style.fill')}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** An <alignment> for wrapping and vertical alignment, or ''. */
function alignmentXml(style: XlsxStyle): string {
	if (!style.wrap && !style.verticalAlign) return '';
	return `<alignment${style.wrap ? ' wrapText="1"' : ''}${style.verticalAlign ? ` vertical="${style.verticalAlign}"` : ''}/>`;
}

/** One cell format (<xf>) from its parts' indexes; `apply*` marks what differs from the default. */
function xfXml(numFmt: number, font: number, fill: number, align: string): string {
	const applied =
		(numFmt ? ' applyNumberFormat="1"' : '') +
		(font ? ' applyFont="1"' : '') +
		(fill ? ' applyFill="1"' : '');
	const close = align ? ` applyAlignment="1">${align}</xf>` : '/>';
	return `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}${close}`;
}

/** The style sheet being collected: see {@link createStyleSheet}. */
export interface StyleSheet {
	/** The cell-format index of a style (0 for none), adding it on first use. */
	index: (style: XlsxStyle | undefined) => number;
	/** styles.xml with every style indexed so far. */
	xml: () => string;
}

/**
 * Collects the distinct styles of a workbook into styles.xml and hands out
 * their indexes. Invariants: index 0 is the default format (and font 0, fills
 * 0 and 1, Excel's required ones); a style gets the same index however its
 * keys are ordered; fonts, fills and number formats are shared between the
 * formats that use them.
 *
 * @returns the sheet: `index(style)` while cells are written, then `xml()`
 * @throws IntakeError `XLSX_INVALID_OPTION` (from `index`) for a colour that is not RRGGBB or a font size outside 1–409
 * @example
 * const styles = createStyleSheet();
 * [styles.index(undefined), styles.index({ bold: true }), styles.index({ bold: true })]
 * //=> [0, 1, 1]
 */
export function createStyleSheet(): StyleSheet {
	const fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
	const fills = [
		'<fill><patternFill patternType="none"/></fill>',
		'<fill><patternFill patternType="gray125"/></fill>',
	];
	const formats: string[] = [];
	const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
	const byKey = new Map<string, number>([['{}', 0]]);
	const find = (list: string[], xml: string | undefined): number => {
		if (xml === undefined) return 0;
		const at = list.indexOf(xml);
		return at >= 0 ? at : list.push(xml) - 1;
	};
	const numberFormat = (code: string | undefined): number => {
		if (code === undefined) return 0;
		if (Object.hasOwn(BUILT_IN_FORMATS, code)) return BUILT_IN_FORMATS[code];
		return FIRST_CUSTOM_FORMAT + find(formats, code);
	};
	return {
		index(style) {
			if (!style) return 0;
			const key = JSON.stringify(style, Object.keys(style).sort());
			const known = byKey.get(key);
			if (known !== undefined) return known;
			const font = find(fonts, fontXml(style));
			const fill = find(fills, fillXml(style));
			const xf = xfXml(numberFormat(style.numberFormat), font, fill, alignmentXml(style));
			const at = xfs.push(xf) - 1;
			byKey.set(key, at);
			return at;
		},
		xml: () => styleSheetXml(fonts, fills, formats, xfs),
	};
}

/** styles.xml from the collected parts (one border, one cell style: Excel's required minimum). */
function styleSheetXml(fonts: string[], fills: string[], formats: string[], xfs: string[]): string {
	const numFmts = formats.length
		? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>`
		: '';
	return (
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">${numFmts}` +
		`<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills>` +
		'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
		'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
		`<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
		'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
	);
}
