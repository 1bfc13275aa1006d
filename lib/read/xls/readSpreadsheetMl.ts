import { IntakeError } from '../../errors';
import { dateToIso, numberText } from '../formatCell';
import { createCellGrid, MAX_COLS, MAX_ROWS, type GridSheet } from './createCellGrid';
import { decodeEntities } from './decodeEntities';

/** SpreadsheetML's named number formats, as the Excel format codes they stand for (the same map SheetJS uses). */
const NAMED_FORMATS: Readonly<Record<string, string>> = Object.freeze({
	'General Number': 'General',
	'General Date': 'm/d/yy h:mm',
	'Long Date': 'dddd, mmmm dd, yyyy',
	'Medium Date': 'd-mmm-yy',
	'Short Date': 'm/d/yy',
	'Long Time': 'h:mm:ss AM/PM',
	'Medium Time': 'h:mm AM/PM',
	'Short Time': 'h:mm',
	Currency: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
	Fixed: '0.00',
	Standard: '#,##0.00',
	Percent: '0.00%',
	Scientific: '0.00E+00',
	'Yes/No': '"Yes";"Yes";"No";@',
	'True/False': '"True";"True";"False";@',
	'On/Off': '"Yes";"Yes";"No";@',
});

function corrupt(why: string): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The SpreadsheetML workbook could not be read: ${why}. Open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
	);
}

interface Tag {
	name: string;
	closing: boolean;
	selfClosing: boolean;
	attrs: string;
}

/** An attribute by local name (`ss:Index` and `Index` alike), entity-decoded. */
function attr(attrs: string, local: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
		attrs,
	);
	return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

/** A positive whole-number attribute, or undefined. */
function intAttr(attrs: string, local: string, max: number): number | undefined {
	const v = attr(attrs, local);
	if (v === undefined) return undefined;
	const n = Number(v.trim());
	if (!Number.isInteger(n) || n < 0) throw corrupt(`ss:${local}="${v}" is not a whole number`);
	if (n > max)
		throw corrupt(
			`ss:${local}="${v}" is beyond the ${max.toLocaleString('en-US')} a sheet can hold`,
		);
	return n;
}

/** Where a `<Row>` or `<Cell>` goes: its `ss:Index` (1-based) as a 0-based position, or `next` when it has none. */
function indexAttr(attrs: string, max: number, next: number): number {
	const index = intAttr(attrs, 'Index', max);
	return index !== undefined && index >= 1 ? index - 1 : next;
}

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
	const sheets: GridSheet[] = [];
	const styles = new Map<string, { parent?: string; format?: string }>();
	let style: { parent?: string; format?: string } | undefined;
	let date1904 = false;
	let sheet: GridSheet | undefined;
	let row = 0;
	let col = 0;
	let inRow = false;
	let cell: { col: number; styleId?: string } | undefined;
	let data: { type: string; parts: string[] } | undefined;
	let visible: string[] | undefined;
	let comment = 0;

	const formatOf = (id: string | undefined): string | undefined => {
		// Styles inherit from a parent; follow a few links, never a loop.
		for (let k = 0; id !== undefined && k < 16; k++) {
			const s = styles.get(id);
			if (!s) return undefined;
			if (s.format !== undefined) return s.format;
			id = s.parent;
		}
		return undefined;
	};
	const finishData = () => {
		if (!data || !cell || !sheet) return;
		const raw = data.parts.join('');
		const fmt = formatOf(cell.styleId);
		let text = raw;
		let error = false;
		switch (data.type.toLowerCase()) {
			case 'number': {
				const v = raw.trim() === '' ? NaN : Number(raw);
				text = Number.isFinite(v) ? numberText(v, fmt, date1904) : raw;
				break;
			}
			case 'datetime': {
				const m = /^\s*(\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?/.exec(raw);
				if (m) {
					const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
					const d = new Date(
						Date.UTC(
							Number(m[1]),
							Number(m[2]) - 1,
							Number(m[3]),
							Number(m[4] ?? 0),
							Number(m[5] ?? 0),
							Number(m[6] ?? 0),
							ms,
						),
					);
					text = dateToIso(d, fmt);
				}
				break;
			}
			case 'boolean':
				text = /^\s*(1|true)\s*$/i.test(raw)
					? 'TRUE'
					: /^\s*(0|false)\s*$/i.test(raw)
						? 'FALSE'
						: raw;
				break;
			case 'error':
				error = raw.trim() !== '';
				text = raw.trim();
				break;
		}
		sheet.grid.put(row, cell.col, text, error);
		data = undefined;
	};

	let i = 0;
	const n = xml.length;
	while (i < n) {
		const lt = xml.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i) {
			if (data) data.parts.push(decodeEntities(xml.slice(i, textEnd)));
			else if (visible) visible.push(xml.slice(i, textEnd));
		}
		if (lt < 0) break;
		if (xml.startsWith('<!--', lt)) {
			const close = xml.indexOf('-->', lt + 4);
			if (close < 0) break;
			i = close + 3;
			continue;
		}
		if (xml.startsWith('<![CDATA[', lt)) {
			const close = xml.indexOf(']]>', lt + 9);
			if (close < 0) throw corrupt('a CDATA section never ends');
			if (data) data.parts.push(xml.slice(lt + 9, close));
			i = close + 3;
			continue;
		}
		if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
			const close = xml.indexOf('>', lt + 2);
			if (close < 0) break;
			i = close + 1;
			continue;
		}
		const tag = readTag(xml, lt);
		i = tag.end;
		const t = tag.tag;
		if (!t) continue;
		const local = t.name.slice(t.name.indexOf(':') + 1);
		if (comment > 0 && local !== 'Comment') continue;
		switch (local) {
			case 'Comment':
				// A cell's note holds its own <Data>, which is not the cell's value.
				if (!t.selfClosing) comment = t.closing ? Math.max(0, comment - 1) : comment + 1;
				break;
			case 'Date1904':
				if (!t.closing) date1904 = true;
				break;
			case 'Style':
				if (!t.closing) {
					const id = attr(t.attrs, 'ID');
					style = { parent: attr(t.attrs, 'Parent') };
					if (id !== undefined && styles.size < 100_000) styles.set(id, style);
					if (t.selfClosing) style = undefined;
				} else style = undefined;
				break;
			case 'NumberFormat':
				if (style && !t.closing) {
					const f = attr(t.attrs, 'Format');
					style.format = f === undefined ? 'General' : (NAMED_FORMATS[f] ?? f);
				}
				break;
			case 'Worksheet':
				if (!t.closing) {
					sheet = {
						name: attr(t.attrs, 'Name') ?? `Sheet${sheets.length + 1}`,
						state: 'visible',
						grid: createCellGrid(),
					};
					sheets.push(sheet);
					row = 0;
					inRow = false;
					if (t.selfClosing) sheet = undefined;
				} else sheet = undefined;
				break;
			case 'Table':
				if (!t.closing) row = 0;
				break;
			case 'Visible':
				if (t.selfClosing) break;
				if (!t.closing) visible = [];
				else if (visible && sheet) {
					const v = visible.join('').trim();
					if (v === 'SheetHidden') sheet.state = 'hidden';
					else if (v === 'SheetVeryHidden') sheet.state = 'veryHidden';
					visible = undefined;
				}
				break;
			case 'Row':
				if (!sheet) break;
				if (!t.closing) {
					row = indexAttr(t.attrs, MAX_ROWS, row);
					col = 0;
					inRow = true;
					if (t.selfClosing) {
						row += 1 + (intAttr(t.attrs, 'Span', MAX_ROWS) ?? 0);
						inRow = false;
					}
				} else if (inRow) {
					row++;
					inRow = false;
				}
				break;
			case 'Cell':
				if (!sheet) break;
				if (!t.closing) {
					col = indexAttr(t.attrs, MAX_COLS, col);
					cell = { col, styleId: attr(t.attrs, 'StyleID') };
					col += 1 + (intAttr(t.attrs, 'MergeAcross', MAX_COLS) ?? 0);
					if (t.selfClosing) cell = undefined;
				} else {
					finishData();
					cell = undefined;
				}
				break;
			case 'Data':
				if (!cell) break;
				if (!t.closing) {
					data = { type: attr(t.attrs, 'Type') ?? 'String', parts: [] };
					if (t.selfClosing) finishData();
				} else finishData();
				break;
		}
	}
	return sheets;
}

/**
 * Reads one tag from `<`, honouring quoted attribute values (a formula's `>`);
 * a tag that never closes is damage, not a reason to rescan the rest.
 */
function readTag(xml: string, lt: number): { tag?: Tag; end: number } {
	let quote = '';
	let k = lt + 1;
	for (; k < xml.length; k++) {
		const ch = xml[k];
		if (quote) {
			if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === '>') break;
	}
	if (k >= xml.length) throw corrupt('a tag never closes');
	const inner = xml.slice(lt + 1, k);
	const m = /^(\/?)([A-Za-z_][\w.:-]*)/.exec(inner);
	if (!m) return { end: k + 1 };
	const selfClosing = inner.endsWith('/');
	return {
		tag: {
			name: m[2],
			closing: m[1] === '/',
			selfClosing,
			attrs: inner.slice(m[0].length, selfClosing ? -1 : undefined),
		},
		end: k + 1,
	};
}
