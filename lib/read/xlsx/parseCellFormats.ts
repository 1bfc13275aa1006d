import { builtinNumberFormat } from '../data/builtinNumberFormats';
import { readAttributes } from './scanXmlAttributes';

/** Most cell formats read: Excel allows 64,000. */
const MAX_XFS = 65536;

/**
 * Reads styles.xml into the number format of each cell format (`cellXfs`),
 * by the index a cell's `s` attribute gives: the custom `numFmts` first,
 * then Excel's built-in formats. General formats are left undefined, so the
 * reader can skip them.
 *
 * @param xml - the styles part's text
 * @returns number format codes by cell format index
 * @example
 * parseCellFormats('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>')
 * //=> [undefined, 'yyyy-mm-dd', '#,##0.00']
 */
export function parseCellFormats(xml: string): Array<string | undefined> {
	const custom = new Map<number, string>();
	for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
		const a = readAttributes(m[0]);
		const id = Number(a.numFmtId);
		if (Number.isInteger(id) && a.formatCode !== undefined) custom.set(id, a.formatCode);
	}
	const formats: Array<string | undefined> = [];
	const open = /<(?:[\w.-]+:)?cellXfs\b[^>]*>/.exec(xml);
	if (!open || open[0].endsWith('/>')) return formats;
	const close = xml.slice(open.index).search(/<\/(?:[\w.-]+:)?cellXfs\s*>/);
	const section = xml.slice(
		open.index + open[0].length,
		close < 0 ? xml.length : open.index + close,
	);
	for (const m of section.matchAll(/<(?:[\w.-]+:)?xf\b[^>]*>/g)) {
		if (formats.length >= MAX_XFS) break;
		const id = Number(readAttributes(m[0]).numFmtId ?? 0);
		const code = custom.get(id) ?? builtinNumberFormat(id);
		formats.push(code === undefined || /^general$/i.test(code) ? undefined : code);
	}
	return formats;
}
