import { fmt, measureText, showText, wrapText } from './pdfText';
import { MARGIN, PAD_X, PAD_Y, type TableLayout } from './tableLayout';

const TITLE_SIZE = 15;
const SUBTITLE_SIZE = 9;
const ZEBRA_GRAY = '0.945';
const HEADER_GRAY = '0.85';
const RULE_GRAY = '0.55';
const TEXT_GRAY = '0.1';
/** No glyph of the core fonts is wider than this, in 1/1000 em. */
const WIDEST_GLYPH = 1015;

/** The cleaned text of a report: title, subtitle lines, headers, and rows as wide as the headers. */
export interface PdfTableText {
	title: string;
	subtitle: string[];
	headers: string[];
	rows: string[][];
}

/**
 * Draws the pages of a table report as content-stream operators, one page at
 * a time. Invariants: `y` is the baseline area's top on the current page and
 * never goes below the bottom margin except for a row taller than a page
 * (which is cut between lines, never inside one); every page after the first
 * starts with the header row.
 */
class TablePages {
	private ops: string[] = [];
	private y: number;
	private readonly top: number;
	private readonly bottom = MARGIN;
	private readonly headerLines: string[][];
	readonly headerHeight: number;

	constructor(
		private readonly layout: TableLayout,
		private readonly emitPage: (content: string) => void,
		headers: readonly string[],
	) {
		this.top = layout.pageHeight - MARGIN;
		this.y = this.top;
		this.headerLines = headers.map((h, c) => wrapText(h, this.wrapWidth(c), true));
		this.headerHeight =
			Math.max(1, ...this.headerLines.map((l) => l.length)) * layout.lineHeight + 2 * PAD_Y;
	}

	/** Column c's text width in 1/1000 em; the small allowance keeps rounding from wrapping a cell whose column was sized to it exactly. */
	private wrapWidth(c: number): number {
		return ((this.layout.columns[c].width - 2 * PAD_X) * 1000) / this.layout.fontSize + 1;
	}

	/** Hands the current page's operators out and starts an empty page. */
	finishPage(): void {
		this.emitPage(this.ops.join(''));
		this.ops = [];
		this.y = this.top;
	}

	private newPage(): void {
		this.finishPage();
		this.drawHeader();
	}

	/** A line of a cell, left- or right-aligned in its column. */
	private cellText(line: string, c: number, baseline: number, bold: boolean): string {
		const { columns, fontSize } = this.layout;
		const col = columns[c];
		const lx = col.right
			? col.x + col.width - PAD_X - (measureText(line, bold) * fontSize) / 1000
			: col.x + PAD_X;
		return showText(line, lx, baseline, fontSize, bold);
	}

	/** A horizontal rule across the table at the current `y`. */
	private rule(): string {
		const { y } = this;
		return `${RULE_GRAY} G 0.6 w ${fmt(MARGIN)} ${fmt(y)} m ${fmt(MARGIN + this.layout.tableWidth)} ${fmt(y)} l S\n`;
	}

	/** The title in bold and the subtitle lines, wrapped to the page, on the first page only. */
	drawTitleBlock(title: string, subtitle: readonly string[]): void {
		const textWidth = this.layout.pageWidth - 2 * MARGIN;
		this.ops.push('0 g\n');
		const titleLines = title === '' ? [] : wrapText(title, (textWidth * 1000) / TITLE_SIZE, true);
		for (const line of titleLines) {
			this.y -= TITLE_SIZE * 1.2;
			this.ops.push(showText(line, MARGIN, this.y + TITLE_SIZE * 0.22, TITLE_SIZE, true));
		}
		if (title !== '') this.y -= 4;
		this.ops.push('0.3 g\n');
		for (const sub of subtitle) {
			for (const line of wrapText(sub, (textWidth * 1000) / SUBTITLE_SIZE, false)) {
				this.y -= SUBTITLE_SIZE * 1.3;
				this.ops.push(showText(line, MARGIN, this.y + SUBTITLE_SIZE * 0.25, SUBTITLE_SIZE, false));
			}
		}
		this.y -= 10;
	}

	/** Starts the table: on the next page when the header and one row do not fit under the title. */
	startTable(): void {
		const { lineHeight } = this.layout;
		if (this.y - this.headerHeight - lineHeight - 2 * PAD_Y < this.bottom) this.finishPage();
		this.drawHeader();
		this.ops.push(`${TEXT_GRAY} g\n`);
	}

	/** The header row on a gray band, with a rule under it. */
	private drawHeader(): void {
		const { columns, lineHeight, tableWidth } = this.layout;
		if (columns.length === 0) return;
		const h = this.headerHeight;
		this.ops.push(
			`${HEADER_GRAY} g ${fmt(MARGIN)} ${fmt(this.y - h)} ${fmt(tableWidth)} ${fmt(h)} re f\n0 g\n`,
		);
		for (let c = 0; c < columns.length; c++) {
			this.headerLines[c].forEach((line, i) => {
				this.ops.push(this.cellText(line, c, this.y - PAD_Y - (i + 0.8) * lineHeight, true));
			});
		}
		this.y -= h;
		this.ops.push(`${this.rule()}${TEXT_GRAY} g\n`);
	}

	/** "No records." where the first row would go. */
	drawNoRecords(): void {
		const { lineHeight, fontSize } = this.layout;
		this.y -= lineHeight + PAD_Y;
		this.ops.push(`0.4 g\n${showText('No records.', MARGIN + PAD_X, this.y, fontSize, false)}`);
	}

	/** Each cell's lines; short text needs no wrapping pass. */
	private wrapRow(row: readonly string[]): string[][] {
		return row.map((text, c) => {
			if (text === '') return [];
			if (text.length * WIDEST_GLYPH <= this.wrapWidth(c) && !text.includes('\n')) return [text];
			return wrapText(text, this.wrapWidth(c), false);
		});
	}

	/**
	 * Body row `r`: a row that fits on a page is never split (it starts a new
	 * page instead); a taller one fills pages and goes on. Odd rows are shaded.
	 */
	drawRow(row: readonly string[], r: number): void {
		const { lineHeight } = this.layout;
		const cellLines = this.wrapRow(row);
		const lineCount = Math.max(1, ...cellLines.map((l) => l.length));
		const rowHeight = lineCount * lineHeight + 2 * PAD_Y;
		const pageRoom = this.top - this.headerHeight - this.bottom;
		if (this.y - rowHeight < this.bottom && rowHeight <= pageRoom) this.newPage();
		let from = 0;
		while (from < lineCount) {
			let fit = Math.floor((this.y - this.bottom - 2 * PAD_Y) / lineHeight);
			if (fit < 1) {
				this.newPage();
				fit = Math.floor((this.y - this.bottom - 2 * PAD_Y) / lineHeight);
			}
			const n = Math.min(fit, lineCount - from);
			this.drawRowPart(cellLines, r, from, n);
			from += n;
			if (from < lineCount) this.newPage();
		}
	}

	/** Lines `from` to `from + n` of a row's cells, on the current page. */
	private drawRowPart(cellLines: string[][], r: number, from: number, n: number): void {
		const { lineHeight, tableWidth } = this.layout;
		const h = n * lineHeight + 2 * PAD_Y;
		if (r % 2 === 1)
			this.ops.push(
				`${ZEBRA_GRAY} g ${fmt(MARGIN)} ${fmt(this.y - h)} ${fmt(tableWidth)} ${fmt(h)} re f\n${TEXT_GRAY} g\n`,
			);
		for (let c = 0; c < cellLines.length; c++) {
			const lines = cellLines[c];
			for (let i = from; i < from + n && i < lines.length; i++) {
				const baseline = this.y - PAD_Y - (i - from + 0.8) * lineHeight;
				this.ops.push(this.cellText(lines[i], c, baseline, false));
			}
		}
		this.y -= h;
	}

	/** The rule under the last row, and the last page out. */
	endTable(): void {
		if (this.layout.columns.length > 0) this.ops.push(this.rule());
		this.finishPage();
	}
}

/**
 * Draws a table report's pages: the title block on the first page, then the
 * header row (repeated on every page) and the body rows, wrapped to their
 * columns, zebra-shaded, never cut inside a line; "No records." when there
 * are no rows or no columns. Footers are not drawn here (they need the page
 * count).
 *
 * @param text - the cleaned title, subtitle, headers and rows
 * @param layout - from layoutPdfTable
 * @param emitPage - called with each page's content stream, in order
 * @example
 * const pages = [];
 * drawTablePages({ title: 'Clients', subtitle: [], headers: ['Name'], rows: [['José']] }, layout, (p) => pages.push(p));
 * pages.length
 * //=> 1
 */
export function drawTablePages(
	text: PdfTableText,
	layout: TableLayout,
	emitPage: (content: string) => void,
): void {
	const pages = new TablePages(layout, emitPage, text.headers);
	pages.drawTitleBlock(text.title, text.subtitle);
	pages.startTable();
	const bodyRows = layout.columns.length === 0 ? [] : text.rows;
	if (bodyRows.length === 0) pages.drawNoRecords();
	bodyRows.forEach((row, r) => pages.drawRow(row, r));
	pages.endTable();
}
