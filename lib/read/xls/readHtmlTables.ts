import type { GridSheet } from './createCellGrid';
import { collapse } from './htmlTables/htmlCellText';
import {
	closeCell,
	closeRow,
	createHtmlReading,
	finishSheet,
	onTable,
	openCell,
	openRow,
	type HtmlReading,
} from './htmlTables/htmlReading';

/** Elements whose content is not text of the page. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xml']);

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
	const r = createHtmlReading();
	let i = 0;
	const n = html.length;
	const lastQuote = { '"': html.lastIndexOf('"'), "'": html.lastIndexOf("'") };
	// Each step moves `i` forward past what it read, and tagEnd never rescans past a quote with no partner.
	while (i < n) {
		const lt = html.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (r.cell && textEnd > i) r.cell.parts.push(collapse(html.slice(i, textEnd)));
		if (lt < 0) break;
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close < 0 ? n : close + 3;
			continue;
		}
		if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
			// '<' before a space or a digit opens no tag: it is text, as a browser shows it.
			r.cell?.parts.push('<');
			i = lt + 1;
			continue;
		}
		const gt = tagEnd(html, lt, lastQuote);
		if (gt < 0) {
			// A '<' that opens no tag is text.
			r.cell?.parts.push(collapse(html.slice(lt)));
			break;
		}
		i = gt + 1;
		const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
		if (!m) {
			if (r.cell && html[lt + 1] !== '!' && html[lt + 1] !== '?')
				r.cell.parts.push(collapse(html.slice(lt, gt + 1)));
			continue;
		}
		const closing = m[1] === '/';
		const name = m[2].toLowerCase();
		if (!closing && RAW_TEXT.has(name)) {
			const end = new RegExp(`</${name}`, 'gi');
			end.lastIndex = i;
			i = end.exec(html)?.index ?? n;
			continue;
		}
		onElement(r, name, closing, html.slice(lt, gt));
	}
	finishSheet(r);
	return r.sheets;
}

/** What a tag does to the read: tables, rows, cells and line breaks; other tags only end text runs. */
function onElement(r: HtmlReading, name: string, closing: boolean, tag: string): void {
	if (name === 'table') onTable(r, closing);
	else if (name === 'br') r.cell?.parts.push('\n');
	else if (r.depth !== 1 || !r.sheet) return;
	else if (name === 'tr') {
		if (closing) closeRow(r);
		else openRow(r);
	} else if (name === 'td' || name === 'th') {
		if (closing) closeCell(r);
		else openCell(r, tag);
	} else if (name === 'thead' || name === 'tbody' || name === 'tfoot') closeRow(r);
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
