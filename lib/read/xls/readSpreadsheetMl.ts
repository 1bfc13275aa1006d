import type { GridSheet } from './createCellGrid';
import { decodeEntities } from './decodeEntities';
import { createMlReading, ML_ELEMENTS, type MlReading } from './spreadsheetMl/mlElements';
import { corruptMl, readTag } from './spreadsheetMl/mlMarkup';

/**
 * Reads an Excel 2003 XML workbook (SpreadsheetML): each `<Worksheet
 * ss:Name>` is a sheet, placed by `<Row ss:Index>` and `<Cell ss:Index>`, and
 * a cell merged across columns (`ss:MergeAcross`) leaves the columns it covers
 * empty. `<Data ss:Type>` gives the value: String as written, Number as its
 * style's number format shows it (dates included), DateTime as ISO 8601,
 * Boolean as TRUE/FALSE, and Error as its text, marked as an error. Hidden
 * sheets say so (`<Visible>SheetHidden</Visible>`).
 *
 * @param xml - the decoded file
 * @returns one sheet per worksheet
 * @throws IntakeError `FILE_CORRUPT` for a tag that never closes or a row or column index beyond a sheet's limits
 * @example
 * readSpreadsheetMl('<Workbook><Worksheet ss:Name="A"><Table><Row><Cell><Data ss:Type="Number">5</Data></Cell></Row></Table></Worksheet></Workbook>')[0].grid.rows[0]
 * //=> { cols: [0], texts: ['5'] }
 */
export function readSpreadsheetMl(xml: string): GridSheet[] {
	const r = createMlReading();
	let i = 0;
	const n = xml.length;
	// Each step moves `i` past what it read (text, a comment, CDATA, a declaration or a tag), so the scan ends.
	while (i < n) {
		const lt = xml.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i) takeText(r, xml.slice(i, textEnd));
		if (lt < 0) break;
		const skipped = skipNonElement(r, xml, lt);
		if (skipped === STOP) break;
		if (skipped !== NOT_SKIPPED) {
			i = skipped;
			continue;
		}
		const { tag: t, end } = readTag(xml, lt);
		i = end;
		if (!t) continue;
		const local = t.name.slice(t.name.indexOf(':') + 1);
		if (r.comment > 0 && local !== 'Comment') continue;
		ML_ELEMENTS.get(local)?.(r, t);
	}
	return r.sheets;
}

/** Text between tags: part of an open `<Data>` (entities decoded) or `<Visible>`; else nothing. */
function takeText(r: MlReading, text: string): void {
	if (r.data) r.data.parts.push(decodeEntities(text));
	else if (r.visible) r.visible.push(text);
}

/** {@link skipNonElement}: the markup at `<` is an element tag. */
const NOT_SKIPPED = -1;
/** {@link skipNonElement}: the markup never ends, so the rest of the file is passed over. */
const STOP = -2;

/**
 * Passes over a comment, a CDATA section (its text goes to an open
 * `<Data>`), a processing instruction or a declaration at `lt`; returns
 * where it ends, {@link NOT_SKIPPED} for an element tag, or {@link STOP}
 * when it never ends.
 *
 * @throws IntakeError `FILE_CORRUPT` for a CDATA section that never ends
 */
function skipNonElement(r: MlReading, xml: string, lt: number): number {
	if (xml.startsWith('<!--', lt)) {
		const close = xml.indexOf('-->', lt + 4);
		return close < 0 ? STOP : close + 3;
	}
	if (xml.startsWith('<![CDATA[', lt)) {
		const close = xml.indexOf(']]>', lt + 9);
		if (close < 0) throw corruptMl('a CDATA section never ends');
		if (r.data) r.data.parts.push(xml.slice(lt + 9, close));
		return close + 3;
	}
	if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
		const close = xml.indexOf('>', lt + 2);
		return close < 0 ? STOP : close + 1;
	}
	return NOT_SKIPPED;
}
