import { IntakeError } from '../../errors';
import { createCellGrid, MAX_COLS, type GridSheet } from './createCellGrid';
import { isDateFormat, numberText } from '../formatCell';
import { decodeEntities } from './decodeEntities';

/** Elements whose content is not text of the page. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xml']);

/** Columns a rowspan may mark in one file: far beyond any real table, well short of a hang. */
const SPAN_BUDGET = 20_000_000;

interface OpenCell {
	row: number;
	col: number;
	parts: string[];
	/** SheetJS's `data-t`/`data-v`/`data-z`: the value behind the shown text. */
	typed?: { t: string; v: string; z?: string };
}

/**
 * Reads the tables of an HTML page, as web applications export them with an
 * .xls name: each `<table>` is a sheet ("Sheet1", "Sheet2", …), each `<tr>`
 * a row and each `<td>` or `<th>` a cell. Tags inside a cell are dropped,
 * `<br>` becomes a line break, white space collapses as a browser shows it,
 * and character references are decoded. A cell spanning columns or rows
 * (colspan, rowspan) puts its text in its first cell and leaves the cells it
 * covers empty. Cell text is kept as shown: "00123" stays "00123", except
 * where the cell carries its value (`data-t`/`data-v`/`data-z`, as SheetJS
 * writes them), so a date reads as ISO 8601 as in the workbook. The scan
 * looks at each character a bounded number of times, whatever the markup.
 *
 * @param html - the decoded page
 * @returns one sheet per top-level table
 * @throws IntakeError `FILE_CORRUPT` for a cell beyond a sheet's limits or spans covering an absurd area
 * @example
 * readHtmlTables('<table><tr><td>Jane</td><td>j@x.org</td></tr></table>')[0].grid.rows[0]
 * //=> { cols: [0, 1], texts: ['Jane', 'j@x.org'] }
 */
export function readHtmlTables(html: string): GridSheet[] {
	const sheets: GridSheet[] = [];
	let depth = 0;
	let sheet: GridSheet | undefined;
	let row = -1;
	let col = 0;
	let inRow = false;
	let cell: OpenCell | undefined;
	/** Last row each column is covered to by a rowspan from above. */
	let coveredTo: number[] = [];
	let budget = SPAN_BUDGET;

	const closeCell = () => {
		if (!cell || !sheet) return;
		const typed = cell.typed;
		const v = typed ? Number(typed.v) : NaN;
		if (typed?.t === 'n' && typed.v.trim() !== '' && Number.isFinite(v))
			sheet.grid.put(cell.row, cell.col, numberText(v, typed.z, false));
		else if (typed?.t === 'sd' && typed.v.trim() !== '' && Number.isFinite(v))
			sheet.grid.put(cell.row, cell.col, officeDate(v, typed.z, cellText(cell.parts)));
		else if (typed?.t === 'b' && /^(true|false)$/i.test(typed.v))
			sheet.grid.put(cell.row, cell.col, typed.v.toLowerCase() === 'true' ? 'TRUE' : 'FALSE');
		else sheet.grid.put(cell.row, cell.col, cellText(cell.parts), typed?.t === 'e');
		cell = undefined;
	};
	const closeRow = () => {
		closeCell();
		inRow = false;
	};
	const openRow = () => {
		closeRow();
		row++;
		col = 0;
		inRow = true;
	};

	let i = 0;
	const n = html.length;
	const lastQuote = { '"': html.lastIndexOf('"'), "'": html.lastIndexOf("'") };
	while (i < n) {
		const lt = html.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (cell && textEnd > i) cell.parts.push(collapse(html.slice(i, textEnd)));
		if (lt < 0) break;
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close < 0 ? n : close + 3;
			continue;
		}
		if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
			// '<' before a space or a digit opens no tag: it is text, as a browser shows it.
			if (cell) cell.parts.push('<');
			i = lt + 1;
			continue;
		}
		const gt = tagEnd(html, lt, lastQuote);
		if (gt < 0) {
			// A '<' that opens no tag is text.
			if (cell) cell.parts.push(collapse(html.slice(lt)));
			break;
		}
		const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
		if (!m) {
			if (cell && html[lt + 1] !== '!' && html[lt + 1] !== '?')
				cell.parts.push(collapse(html.slice(lt, gt + 1)));
			i = gt + 1;
			continue;
		}
		i = gt + 1;
		const closing = m[1] === '/';
		const name = m[2].toLowerCase();
		if (!closing && RAW_TEXT.has(name)) {
			const end = new RegExp(`</${name}`, 'gi');
			end.lastIndex = i;
			i = end.exec(html)?.index ?? n;
			continue;
		}
		if (name === 'table') {
			if (closing) {
				if (depth === 1 && sheet) {
					closeRow();
					sheets.push(sheet);
					sheet = undefined;
				}
				if (depth > 0) depth--;
			} else {
				depth++;
				if (depth === 1) {
					sheet = { name: `Sheet${sheets.length + 1}`, state: 'visible', grid: createCellGrid() };
					row = -1;
					inRow = false;
					coveredTo = [];
				}
			}
			continue;
		}
		if (name === 'br') {
			if (cell) cell.parts.push('\n');
			continue;
		}
		if (depth !== 1 || !sheet) continue;
		if (name === 'tr') {
			if (closing) closeRow();
			else openRow();
		} else if (name === 'td' || name === 'th') {
			if (closing) {
				closeCell();
				continue;
			}
			if (!inRow) openRow();
			closeCell();
			while (col < MAX_COLS && (coveredTo[col] ?? -1) >= row) col++;
			const tag = html.slice(lt, gt);
			const colspan = Math.min(span(tag, 'colspan'), Math.max(1, MAX_COLS - col));
			const rowspan = span(tag, 'rowspan');
			cell = { row, col, parts: [], typed: typedValue(tag) };
			if (rowspan > 1) {
				budget -= colspan;
				if (budget < 0) {
					throw new IntakeError(
						'FILE_CORRUPT',
						'The HTML table has cells spanning more rows and columns than a sheet can hold. Open it in a spreadsheet program and save it as .xlsx or CSV.',
					);
				}
				for (let c = col; c < col + colspan; c++)
					coveredTo[c] = Math.max(coveredTo[c] ?? -1, row + rowspan - 1);
			}
			col += colspan;
		} else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
			closeRow();
		}
	}
	if (sheet) {
		closeRow();
		sheets.push(sheet);
	}
	return sheets;
}

/**
 * Where a tag opened at `lt` ends: the first `>` outside a quoted attribute
 * value (SheetJS puts `<br/>` inside `data-v`). A quote with no partner later
 * in the page is taken as a character, so no scan runs past what a later one
 * would read again.
 */
function tagEnd(html: string, lt: number, lastQuote: Record<string, number>): number {
	let prev = '';
	for (let k = lt + 1; k < html.length; k++) {
		const ch = html[k];
		if (ch === '>') return k;
		if ((ch === '"' || ch === "'") && prev === '=' && lastQuote[ch] > k) {
			k = html.indexOf(ch, k + 1);
			prev = ch;
			continue;
		}
		if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') prev = ch;
	}
	return -1;
}

/** A colspan or rowspan attribute, at least 1. */
function span(tag: string, attr: 'colspan' | 'rowspan'): number {
	const m = new RegExp(`\\s${attr}\\s*=\\s*["']?\\s*(\\d{1,7})`, 'i').exec(tag);
	const v = m ? Number(m[1]) : 1;
	return v >= 1 ? v : 1;
}

/**
 * SheetJS writes each cell's value and format beside its shown text; with them a date reads as ISO 8601, as from the workbook.
 * LibreOffice and OpenOffice write `sdval` and `sdnum` ("1033;0;M/D/YY"): a date among them reads as ISO 8601 too,
 * other numbers keep the text the page shows.
 */
function typedValue(tag: string): OpenCell['typed'] {
	const get = (name: string) => {
		const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
		return m ? decodeEntities(m[1] ?? m[2]) : undefined;
	};
	if (tag.indexOf('sdval') >= 0 && tag.indexOf('data-t') < 0) {
		const v = get('sdval');
		// the language, the format's language, then the format itself, which may hold ';'
		const z = get('sdnum')?.split(';').slice(2).join(';');
		return v !== undefined && z && isDateFormat(z) ? { t: 'sd', v, z } : undefined;
	}
	if (tag.indexOf('data-t') < 0) return undefined;
	const t = get('data-t');
	const v = get('data-v');
	return t !== undefined && v !== undefined ? { t, v, z: get('data-z') } : undefined;
}

/**
 * A LibreOffice date cell as ISO 8601. Its serial counts from the document's
 * start date, 1899-12-30 or 1904-01-01, which the page does not say: the one
 * whose year the shown text holds is taken, and with neither (or both) the
 * shown text is kept.
 */
function officeDate(serial: number, format: string | undefined, shown: string): string {
	const from1900 = numberText(serial, format, false);
	// a time of day or a duration is the same in both date systems
	if (!/^-?\d{4,}-/.test(from1900)) return from1900;
	const from1904 = numberText(serial, format, true);
	const holds = (iso: string) => {
		const year = /^-?(\d{4,})/.exec(iso)?.[1] ?? '';
		return new RegExp(`(^|\\D)(${year}|${year.slice(-2)})(\\D|$)`).test(shown);
	};
	const a = holds(from1900);
	const b = holds(from1904);
	if (a && !b) return from1900;
	if (b && !a) return from1904;
	return shown;
}

/** White space as HTML shows it: any run of it is one space. */
function collapse(text: string): string {
	return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/** A cell's text: references decoded, non-breaking spaces as spaces, each line trimmed. */
function cellText(parts: string[]): string {
	const raw = decodeEntities(parts.join('')).replace(/\u00a0/g, ' ');
	if (raw.indexOf('\n') < 0) return raw.trim();
	return raw
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/^\n+|\n+$/g, '');
}
