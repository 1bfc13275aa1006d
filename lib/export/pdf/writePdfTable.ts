import { IntakeError } from '../../errors';
import { getCoreFontEncoding } from './coreFontEncoding';
import { PdfFile, pdfDate, pdfTextString } from './pdfFile';
import { cleanPdfText, fmt, measureCell, measureText, showText, wrapText } from './pdfText';

/** A table report to render as PDF. */
export interface PdfTable {
	/** The report's heading. */
	title: string;
	/** Lines under the heading: when it was generated, the filter in words, the record count. */
	subtitle: string[];
	headers: string[];
	/** Cell text, one array per row, as wide as `headers`. */
	rows: string[][];
}

/** Options of {@link writePdfTable}. */
export interface PdfOptions {
	/** Default `auto`: landscape when the columns need it. */
	orientation?: 'auto' | 'portrait' | 'landscape';
	/** Written in the document's properties. */
	creationDate?: Date;
}

// US Letter: the reports go to US law firms, whose printers and filing are Letter.
// An A4 printer fits a Letter page with its margins intact ("fit to page" shrinks it 3%).
const PAGE_SHORT = 612;
const PAGE_LONG = 792;
const MARGIN = 36;
const FOOTER_Y = 20;
const BODY_SIZE = 8;
const MIN_BODY_SIZE = 6;
const TITLE_SIZE = 15;
const SUBTITLE_SIZE = 9;
const PAD_X = 4;
const PAD_Y = 2.5;
/** A column wider than this (3 inches) wraps instead. */
const MAX_COLUMN = 216;
/** Below this a column breaks words rather than shrink further (unless nothing else fits). */
const MIN_COLUMN = 40;
const ZEBRA_GRAY = '0.945';
const HEADER_GRAY = '0.85';
const RULE_GRAY = '0.55';
const TEXT_GRAY = '0.1';
const NUMERIC = /^[-+(]?[$€£¥]?\d[\d,. ]*%?\)?$/;

interface Column {
	width: number;
	/** Right-aligned: every non-empty body cell is a number. */
	right: boolean;
	x: number;
}

/**
 * Renders a table report as a PDF: the title and subtitle lines, then the
 * table with its header row repeated on every page, long cells wrapped onto
 * as many lines as they need (never cut), zebra-shaded rows and "Page n of N"
 * at the foot of each page. Columns are sized from their content, up to three
 * inches each; `orientation: 'auto'` turns the page to landscape when the
 * columns need the width. The page is US Letter.
 *
 * Text uses Helvetica and Helvetica-Bold (the PDF core fonts, not embedded)
 * through two custom encodings, which print all of Latin-1 and Latin
 * Extended-A (José, Zoë, Łukasz, Dvořák, Şahin, Ødegaard), typographic
 * quotes and dashes, € and ™. A character they lack (Greek, Cyrillic, CJK,
 * emoji) shows as `?` and still extracts as itself (its /ActualText); count
 * them beforehand with {@link countPdfReplacements} to warn the user.
 *
 * @param table - the title, subtitle lines, headers and rows (cells as text)
 * @param options - orientation and the creation date written in the properties
 * @returns the PDF file's bytes; the same input and `creationDate` give the same bytes
 * @throws IntakeError `EXPORT_INVALID_OPTION` for an unknown orientation or an invalid date
 * @example
 * const pdf = writePdfTable({
 *   title: 'Clients',
 *   subtitle: ['Generated 2025-01-05 09:30 UTC', 'All records', '1 record'],
 *   headers: ['Name', 'Email'],
 *   rows: [['José Müller', 'jose@example.com']],
 * }, { creationDate: new Date('2025-01-05T09:30:00Z') })
 * //=> Uint8Array [0x25, 0x50, 0x44, 0x46, …] (one portrait page)
 */
export function writePdfTable(table: PdfTable, options: PdfOptions = {}): Uint8Array {
	const orientation = options.orientation ?? 'auto';
	if (orientation !== 'auto' && orientation !== 'portrait' && orientation !== 'landscape') {
		throw new IntakeError(
			'EXPORT_INVALID_OPTION',
			`Invalid option \`orientation\`: expected 'auto', 'portrait' or 'landscape', got ${JSON.stringify(orientation)}`,
		);
	}
	const created = options.creationDate;
	if (created !== undefined && (!(created instanceof Date) || Number.isNaN(created.getTime()))) {
		throw new IntakeError(
			'EXPORT_INVALID_OPTION',
			'Invalid option `creationDate`: expected a valid Date',
		);
	}

	const title = cleanPdfText(table.title);
	const subtitle = (Array.isArray(table.subtitle) ? table.subtitle : []).map(cleanPdfText);
	const rawRows = Array.isArray(table.rows) ? table.rows : [];
	const rawHeaders = Array.isArray(table.headers) ? table.headers : [];
	let columnCount = rawHeaders.length;
	for (const row of rawRows)
		if (Array.isArray(row) && row.length > columnCount) columnCount = row.length;
	const headers = Array.from({ length: columnCount }, (_, c) => cleanPdfText(rawHeaders[c]));
	const rows = rawRows.map((row) =>
		Array.from({ length: columnCount }, (_, c) => cleanPdfText(Array.isArray(row) ? row[c] : '')),
	);

	// Column measures in 1/1000 em (scale-free, so the font size can be chosen afterwards).
	const natural = new Array<number>(columnCount).fill(0);
	const longestWord = new Array<number>(columnCount).fill(0);
	const numeric = new Array<boolean>(columnCount).fill(true);
	const seen = new Array<boolean>(columnCount).fill(false);
	for (let c = 0; c < columnCount; c++) {
		const m = measureCell(headers[c], true);
		natural[c] = m.line;
		longestWord[c] = m.word;
	}
	for (const row of rows) {
		for (let c = 0; c < columnCount; c++) {
			const text = row[c];
			if (text === '') continue;
			const m = measureCell(text, false);
			if (m.line > natural[c]) natural[c] = m.line;
			if (m.word > longestWord[c]) longestWord[c] = m.word;
			if (numeric[c]) {
				seen[c] = true;
				if (!NUMERIC.test(text)) numeric[c] = false;
			}
		}
	}

	const size = (s: number) => (em: number) => (em * s) / 1000 + 2 * PAD_X;
	const want = (s: number) => natural.map((n) => Math.min(size(s)(n), MAX_COLUMN));
	const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
	const portraitWidth = PAGE_SHORT - 2 * MARGIN;
	const landscapeWidth = PAGE_LONG - 2 * MARGIN;
	const landscape =
		orientation === 'landscape' || (orientation === 'auto' && sum(want(BODY_SIZE)) > portraitWidth);
	const pageWidth = landscape ? PAGE_LONG : PAGE_SHORT;
	const pageHeight = landscape ? PAGE_SHORT : PAGE_LONG;
	const available = landscape ? landscapeWidth : portraitWidth;

	// Many columns: a smaller type (down to 6 pt) before words have to break.
	let fontSize = BODY_SIZE;
	const floorsAt = (s: number) =>
		want(s).map((w, c) =>
			Math.min(w, Math.max(MIN_COLUMN, Math.min(size(s)(longestWord[c]), MAX_COLUMN))),
		);
	const floorTotal = sum(floorsAt(BODY_SIZE));
	if (floorTotal > available)
		fontSize = Math.max(MIN_BODY_SIZE, Math.floor((BODY_SIZE * available * 10) / floorTotal) / 10);
	const widths = fitColumns(
		want(fontSize),
		floorsAt(fontSize),
		natural.map(size(fontSize)),
		available,
	);

	const columns: Column[] = [];
	let x = MARGIN;
	for (let c = 0; c < columnCount; c++) {
		columns.push({ width: widths[c], right: numeric[c] && seen[c], x });
		x += widths[c];
	}
	const tableWidth = x - MARGIN;
	const lineHeight = fontSize * 1.22;
	// The small allowance keeps rounding from wrapping a cell whose column was sized to it exactly.
	const wrapWidth = (c: number) => ((columns[c].width - 2 * PAD_X) * 1000) / fontSize + 1;

	const headerLines = headers.map((h, c) => wrapText(h, wrapWidth(c), true));
	const headerHeight = Math.max(1, ...headerLines.map((l) => l.length)) * lineHeight + 2 * PAD_Y;
	const top = pageHeight - MARGIN;
	const bottom = MARGIN;

	const file = new PdfFile();
	const catalogNum = file.reserve();
	const pagesNum = file.reserve();
	const infoNum = file.reserve();
	const fontNums = [file.reserve(), file.reserve(), file.reserve(), file.reserve()];
	const encodingNums = [file.reserve(), file.reserve()];
	const toUnicodeNums = [file.reserve(), file.reserve()];
	const pageContents: number[] = [];

	let ops: string[] = [];
	let y = top;
	const finishPage = () => {
		const num = file.reserve();
		file.writeStream(num, ops.join(''));
		pageContents.push(num);
		ops = [];
		y = top;
	};
	const drawHeader = () => {
		if (columnCount === 0) return;
		ops.push(
			`${HEADER_GRAY} g ${fmt(MARGIN)} ${fmt(y - headerHeight)} ${fmt(tableWidth)} ${fmt(headerHeight)} re f\n0 g\n`,
		);
		for (let c = 0; c < columnCount; c++) {
			headerLines[c].forEach((line, i) => {
				const col = columns[c];
				const lx = col.right
					? col.x + col.width - PAD_X - (measureText(line, true) * fontSize) / 1000
					: col.x + PAD_X;
				ops.push(showText(line, lx, y - PAD_Y - (i + 0.8) * lineHeight, fontSize, true));
			});
		}
		y -= headerHeight;
		ops.push(
			`${RULE_GRAY} G 0.6 w ${fmt(MARGIN)} ${fmt(y)} m ${fmt(MARGIN + tableWidth)} ${fmt(y)} l S\n${TEXT_GRAY} g\n`,
		);
	};
	const newPage = () => {
		finishPage();
		drawHeader();
	};

	// The title block, on the first page only.
	ops.push('0 g\n');
	for (const line of title === ''
		? []
		: wrapText(title, ((pageWidth - 2 * MARGIN) * 1000) / TITLE_SIZE, true)) {
		y -= TITLE_SIZE * 1.2;
		ops.push(showText(line, MARGIN, y + TITLE_SIZE * 0.22, TITLE_SIZE, true));
	}
	if (title !== '') y -= 4;
	ops.push('0.3 g\n');
	for (const sub of subtitle) {
		for (const line of wrapText(sub, ((pageWidth - 2 * MARGIN) * 1000) / SUBTITLE_SIZE, false)) {
			y -= SUBTITLE_SIZE * 1.3;
			ops.push(showText(line, MARGIN, y + SUBTITLE_SIZE * 0.25, SUBTITLE_SIZE, false));
		}
	}
	y -= 10;
	// A header with no room for one row under it starts on the next page.
	if (y - headerHeight - lineHeight - 2 * PAD_Y < bottom) finishPage();
	drawHeader();
	ops.push(`${TEXT_GRAY} g\n`);

	const bodyRows = columnCount === 0 ? [] : rows;
	if (bodyRows.length === 0) {
		y -= lineHeight + PAD_Y;
		ops.push(`0.4 g\n${showText('No records.', MARGIN + PAD_X, y, fontSize, false)}`);
	}

	const cellLines: string[][] = new Array(columnCount);
	for (let r = 0; r < bodyRows.length; r++) {
		let lineCount = 1;
		for (let c = 0; c < columnCount; c++) {
			const text = bodyRows[r][c];
			// Short text needs no wrapping pass: no glyph is wider than 1015/1000 em.
			if (text === '') cellLines[c] = [];
			else if (text.length * 1015 <= wrapWidth(c) && !text.includes('\n')) cellLines[c] = [text];
			else cellLines[c] = wrapText(text, wrapWidth(c), false);
			if (cellLines[c].length > lineCount) lineCount = cellLines[c].length;
		}
		const rowHeight = lineCount * lineHeight + 2 * PAD_Y;
		const pageRoom = top - headerHeight - bottom;
		// A row that fits on a page is never split; a taller one fills pages and goes on.
		if (y - rowHeight < bottom && rowHeight <= pageRoom) newPage();
		let from = 0;
		while (from < lineCount) {
			let fit = Math.floor((y - bottom - 2 * PAD_Y) / lineHeight);
			if (fit < 1) {
				newPage();
				fit = Math.floor((y - bottom - 2 * PAD_Y) / lineHeight);
			}
			const n = Math.min(fit, lineCount - from);
			const h = n * lineHeight + 2 * PAD_Y;
			if (r % 2 === 1)
				ops.push(
					`${ZEBRA_GRAY} g ${fmt(MARGIN)} ${fmt(y - h)} ${fmt(tableWidth)} ${fmt(h)} re f\n${TEXT_GRAY} g\n`,
				);
			for (let c = 0; c < columnCount; c++) {
				const lines = cellLines[c];
				const col = columns[c];
				for (let i = from; i < from + n && i < lines.length; i++) {
					const baseline = y - PAD_Y - (i - from + 0.8) * lineHeight;
					const lx = col.right
						? col.x + col.width - PAD_X - (measureText(lines[i], false) * fontSize) / 1000
						: col.x + PAD_X;
					ops.push(showText(lines[i], lx, baseline, fontSize, false));
				}
			}
			y -= h;
			from += n;
			if (from < lineCount) newPage();
		}
	}
	if (columnCount > 0)
		ops.push(
			`${RULE_GRAY} G 0.6 w ${fmt(MARGIN)} ${fmt(y)} m ${fmt(MARGIN + tableWidth)} ${fmt(y)} l S\n`,
		);
	finishPage();

	// Footers need the page count, so each page gets a second, small content stream.
	const total = pageContents.length;
	const pageNums: number[] = [];
	for (let p = 0; p < total; p++) {
		const label = `Page ${p + 1} of ${total}`;
		const lx = pageWidth - MARGIN - (measureText(label, false) * 8) / 1000;
		const footerNum = file.reserve();
		file.writeStream(footerNum, `0.35 g\n${showText(label, lx, FOOTER_Y, 8, false)}`);
		const pageNum = file.reserve();
		file.writeObject(
			pageNum,
			`<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] ` +
				`/Resources << /Font << /F1 ${fontNums[0]} 0 R /F2 ${fontNums[1]} 0 R /F3 ${fontNums[2]} 0 R /F4 ${fontNums[3]} 0 R >> >> ` +
				`/Contents [${pageContents[p]} 0 R ${footerNum} 0 R] >>`,
		);
		pageNums.push(pageNum);
	}
	file.writeObject(
		pagesNum,
		`<< /Type /Pages /Count ${total} /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] >>`,
	);
	file.writeObject(catalogNum, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
	writeFonts(file, fontNums, encodingNums, toUnicodeNums);
	const info = [`/Title ${pdfTextString(title)}`, '/Producer (n8n-nodes-intake)'];
	if (created) info.push(`/CreationDate (${pdfDate(created)})`);
	file.writeObject(infoNum, `<< ${info.join(' ')} >>`);
	return file.finish(catalogNum, infoNum);
}

/**
 * Column widths that fit `available`: each column its wanted width if they
 * all fit (spare width going to the columns that wrap); otherwise the wide columns give up width in proportion to what
 * they have above their floor (their longest word, within limits), and if
 * even the floors do not fit, everything shrinks in proportion (words then
 * break inside, nothing is cut).
 */
function fitColumns(
	want: number[],
	floors: number[],
	natural: number[],
	available: number,
): number[] {
	const total = want.reduce((a, b) => a + b, 0);
	if (total <= available) {
		// Room to spare: the capped (wrapping) columns take it, up to their natural width, so long notes use fewer lines.
		const extra = natural.map((n, c) => n - want[c]);
		const extraTotal = extra.reduce((a, b) => a + b, 0);
		if (extraTotal <= 0) return want;
		const share = Math.min(1, (available - total) / extraTotal);
		return want.map((w, c) => w + extra[c] * share);
	}
	const floorTotal = floors.reduce((a, b) => a + b, 0);
	if (floorTotal >= available) return floors.map((f) => (f * available) / floorTotal);
	const slack = total - floorTotal;
	const excess = total - available;
	return want.map((w, c) => w - ((w - floors[c]) * excess) / slack);
}

function writeFonts(
	file: PdfFile,
	fontNums: number[],
	encodingNums: number[],
	toUnicodeNums: number[],
): void {
	const enc = getCoreFontEncoding();
	for (let slot = 0; slot < 2; slot++) {
		const diffs: string[] = [];
		let expect = -1;
		for (let code = 32; code < 256; code++) {
			const name = enc.glyphNames[slot][code];
			if (name === undefined) continue;
			if (code !== expect) diffs.push(String(code));
			diffs.push(`/${name}`);
			expect = code + 1;
		}
		file.writeObject(encodingNums[slot], `<< /Type /Encoding /Differences [${diffs.join(' ')}] >>`);
		const entries: string[] = [];
		for (let code = 32; code < 256; code++) {
			const u = enc.unicodes[slot][code];
			if (u !== undefined)
				entries.push(
					`<${code.toString(16).padStart(2, '0')}> <${u.toString(16).padStart(4, '0')}>`,
				);
		}
		const blocks: string[] = [];
		for (let i = 0; i < entries.length; i += 100) {
			const part = entries.slice(i, i + 100);
			blocks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
		}
		file.writeStream(
			toUnicodeNums[slot],
			'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
				'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
				`/CMapName /Intake-Core-${slot} def\n/CMapType 2 def\n` +
				'1 begincodespacerange\n<00> <ff>\nendcodespacerange\n' +
				`${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`,
		);
	}
	const faces = ['Helvetica', 'Helvetica', 'Helvetica-Bold', 'Helvetica-Bold'];
	for (let f = 0; f < 4; f++) {
		const slot = f % 2;
		const face = f < 2 ? 0 : 1;
		file.writeObject(
			fontNums[f],
			`<< /Type /Font /Subtype /Type1 /BaseFont /${faces[f]} /Encoding ${encodingNums[slot]} 0 R ` +
				`/FirstChar 32 /LastChar 255 /Widths [${enc.widths[slot][face].join(' ')}] /ToUnicode ${toUnicodeNums[slot]} 0 R >>`,
		);
	}
}
