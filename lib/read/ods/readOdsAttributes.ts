import { decodeXmlText } from '../xlsx/decodeXmlText';

/** The attributes of an ODS table element that the reader uses, by local name; undefined when absent. */
export interface OdsAttributes {
	/** `office:value-type`: float, percentage, currency, date, time, boolean, string, void. */
	valueType: string | undefined;
	/** `calcext:value-type`, LibreOffice's own: `error` marks an error value. */
	calcType: string | undefined;
	value: string | undefined;
	dateValue: string | undefined;
	timeValue: string | undefined;
	booleanValue: string | undefined;
	stringValue: string | undefined;
	columnsRepeated: string | undefined;
	rowsRepeated: string | undefined;
	columnsSpanned: string | undefined;
	rowsSpanned: string | undefined;
	styleName: string | undefined;
	name: string | undefined;
	/** `text:c`, the count of a `<text:s>`. */
	c: string | undefined;
}

/** The attributes read, by the length of their local name, so most names are passed over by their length alone. */
const KEYS: ReadonlyArray<ReadonlyArray<[string, keyof OdsAttributes]>> = byLength([
	['value-type', 'valueType'],
	['value', 'value'],
	['date-value', 'dateValue'],
	['time-value', 'timeValue'],
	['boolean-value', 'booleanValue'],
	['string-value', 'stringValue'],
	['number-columns-repeated', 'columnsRepeated'],
	['number-rows-repeated', 'rowsRepeated'],
	['number-columns-spanned', 'columnsSpanned'],
	['number-rows-spanned', 'rowsSpanned'],
	['style-name', 'styleName'],
	['name', 'name'],
	['c', 'c'],
]);

function byLength(
	keys: Array<[string, keyof OdsAttributes]>,
): Array<Array<[string, keyof OdsAttributes]>> {
	const out: Array<Array<[string, keyof OdsAttributes]>> = [];
	for (const k of keys) (out[k[0].length] ??= []).push(k);
	return out;
}

/** The field of the local name in [start, end), if the reader uses it; no string is made. */
function keyOf(s: string, start: number, end: number): keyof OdsAttributes | undefined {
	const candidates = KEYS[end - start];
	if (!candidates) return undefined;
	for (const [name, field] of candidates) if (s.startsWith(name, start)) return field;
	return undefined;
}

const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;

/** The one object {@link readOdsAttributes} fills: a cell's attributes cost no allocation. */
const shared: OdsAttributes = {
	valueType: undefined,
	calcType: undefined,
	value: undefined,
	dateValue: undefined,
	timeValue: undefined,
	booleanValue: undefined,
	stringValue: undefined,
	columnsRepeated: undefined,
	rowsRepeated: undefined,
	columnsSpanned: undefined,
	rowsSpanned: undefined,
	styleName: undefined,
	name: undefined,
	c: undefined,
};

/**
 * Reads the attributes of the tag whose name ends at `from` and whose `>`
 * is at `te` into one shared {@link OdsAttributes}, valid until the next
 * call (a caller takes what it needs first), by local name (prefixes
 * vary by writer), entities decoded. Attributes the reader has no use for
 * are passed over without making a string.
 *
 * @param s - the text
 * @param from - where the element's name ends
 * @param te - the index of the tag's `>`
 * @returns the attributes (the shared object)
 * @example
 * readOdsAttributes('<table:table-cell office:value-type="float" office:value="3"/>', 17, 61).value
 * //=> '3'
 */
export function readOdsAttributes(s: string, from: number, te: number): OdsAttributes {
	const out = shared;
	out.valueType = out.calcType = out.value = out.dateValue = out.timeValue = undefined;
	out.booleanValue = out.stringValue = out.columnsRepeated = out.rowsRepeated = undefined;
	out.columnsSpanned = out.rowsSpanned = out.styleName = out.name = out.c = undefined;
	let p = from;
	while (p < te) {
		const eq = s.indexOf('=', p);
		if (eq < 0 || eq >= te) break;
		let q = eq + 1;
		while (q < te && s.charCodeAt(q) <= 32) q++;
		const quote = s.charCodeAt(q);
		if (quote !== DQUOTE && quote !== SQUOTE) break;
		const close = s.indexOf(quote === DQUOTE ? '"' : "'", q + 1);
		if (close < 0 || close > te) break;
		let ne = eq;
		while (ne > p && s.charCodeAt(ne - 1) <= 32) ne--;
		let ns = ne;
		while (ns > p && s.charCodeAt(ns - 1) > 32) ns--;
		let colon = ns;
		for (let k = ns; k < ne; k++) if (s.charCodeAt(k) === COLON) colon = k + 1;
		const key = keyOf(s, colon, ne);
		if (key) {
			const field = key === 'valueType' && s.startsWith('calcext:', ns) ? 'calcType' : key;
			out[field] = decodeXmlText(s.slice(q + 1, close));
		}
		p = close + 1;
	}
	return out;
}
