import { MAX_COLUMNS, MAX_ROWS } from '../../xlsx/excelLimits';
import type { IssueSink, RawRow } from '../rawRow';
import { columnLetters } from '../xlsx/createSheetScanner';
import { createMergeFiller, type MergeFiller } from '../xlsx/createMergeFiller';
import { corrupt } from '../xlsx/readZipDirectory';
import { INCOMPLETE, isLocalName, isSelfClosing, nextTag, skipElement, tag } from '../xlsx/scanXml';
import { zipBomb } from '../xlsx/xlsxLimits';
import { odsCellText } from './odsCellText';
import { countAttribute } from './countAttribute';
import { readOdsAttributes } from './readOdsAttributes';
import { paragraph, readOdsParagraph } from './readOdsParagraph';

/** Cells a sheet's repeats may make: far beyond what real files repeat (LibreOffice repeats identical rows and cells, which hold values only rarely), and a bound on what one batch may hold; past it the file is a bomb. */
export const MAX_REPEATED_CELLS = 8_000_000;

/** What an ODS content scan needs. */
export interface OdsScanOptions {
	/** The part's name, for errors. */
	part: string;
	/** 0-based index of the table to read, in document order. */
	table: number;
	onIssue: IssueSink;
	/** Whether a spanned cell's value is copied into every cell it covers. */
	fillMerged: boolean;
}

/** An ODS content scan in progress: feed it text with `scan`, take rows from `rows`. */
export interface OdsScanner {
	/** Reads complete rows from the text; returns where it stopped (see `createTextWindow`). */
	scan(s: string, final: boolean): number;
	rows: RawRow[];
	/** Whether the table has ended: the rest of the part holds none of its rows. */
	done: boolean;
}

/** Containers of a table's rows, read through. */
const ROW_GROUPS = ['table-header-rows', 'table-rows', 'table-row-group'];
/** Containers of a cell's paragraphs, read through; anything else in a cell (annotations, frames) is skipped. */
const PARAGRAPH_GROUPS = ['list', 'list-item', 'list-header', 'section'];

/**
 * A forward-only scanner for an OpenDocument spreadsheet's `content.xml`
 * (or a flat `.fods`): it finds the asked-for `<table:table>` and reads its
 * `<table:table-row>` elements as they complete. Rows and cells repeated by
 * `number-rows-repeated` and `number-columns-repeated` are made only when
 * they hold a value, so the padding a writer adds to the end of each row
 * and sheet costs nothing; rows without a value are left out, as in XLSX.
 * A covered cell (`<table:covered-table-cell>`) is empty, unless spanned
 * cells are filled (`fillMerged`). Element names are compared without
 * their prefix.
 *
 * @param options - the table, the issue sink and whether to fill spans
 * @returns the scanner
 * @example
 * const scanner = createOdsScanner({ part: 'content.xml', table: 0, onIssue, fillMerged: false })
 * scanner.scan('<table:table><table:table-row><table:table-cell office:value-type="float" office:value="2"/></table:table-row></table:table>', true)
 * scanner.rows
 * //=> [{ row: 1, cells: ['2'] }]
 */
export function createOdsScanner(options: OdsScanOptions): OdsScanner {
	return new Scanner(options);
}

class Scanner implements OdsScanner {
	rows: RawRow[] = [];
	done = false;
	private tables = 0;
	private inTable = false;
	/** Rows of the table passed so far: the next row's number is one more. */
	private row = 0;
	private repeated = 0;
	private readonly filler: MergeFiller | undefined;
	private readonly options: OdsScanOptions;

	constructor(options: OdsScanOptions) {
		this.options = options;
		if (options.fillMerged) this.filler = createMergeFiller([], options.onIssue);
	}

	scan(s: string, final: boolean): number {
		let p = 0;
		for (;;) {
			if (this.done) return s.length;
			const k = nextTag(s, p);
			if (k < 0) return final || tag.start < 0 ? s.length : tag.start;
			const { end: te, nameEnd: ne, closing } = tag;
			p = te + 1;
			if (!this.inTable) {
				if (
					!closing &&
					isLocalName(s, k + 1, ne, 'table') &&
					this.tables++ === this.options.table
				) {
					this.inTable = !isSelfClosing(s, te);
					this.done = !this.inTable;
				}
				continue;
			}
			if (closing) {
				if (isLocalName(s, k + 2, ne, 'table')) this.done = true;
				continue;
			}
			if (ROW_GROUPS.some((g) => isLocalName(s, k + 1, ne, g))) continue;
			const e = isLocalName(s, k + 1, ne, 'table-row')
				? this.readRow(s, ne, te)
				: skipElement(s, te);
			if (e === INCOMPLETE) {
				if (!final) return k;
				throw corrupt(
					`the sheet ends in the middle of row ${this.row + 1} of ${this.options.part}`,
				);
			}
			p = e;
		}
	}

	/** Reads the row whose start tag's name ends at `ne` and `>` is at `te`; returns the position after it. */
	private readRow(s: string, ne: number, te: number): number {
		const repeat = countAttribute(readOdsAttributes(s, ne, te).rowsRepeated, MAX_ROWS);
		const top = this.row + 1;
		const cells: string[] = [];
		const errors: number[] = [];
		let col = 0;
		let p = te + 1;
		if (!isSelfClosing(s, te)) {
			for (;;) {
				const k = nextTag(s, p);
				if (k < 0) return INCOMPLETE;
				const { end, nameEnd, closing } = tag;
				if (closing) {
					p = end + 1;
					if (isLocalName(s, k + 2, nameEnd, 'table-row')) break;
					continue;
				}
				const covered = isLocalName(s, k + 1, nameEnd, 'covered-table-cell');
				if (!covered && !isLocalName(s, k + 1, nameEnd, 'table-cell')) {
					p = skipElement(s, end);
					if (p < 0) return INCOMPLETE;
					continue;
				}
				p = this.readCell(s, nameEnd, end, covered, top, col, cells, errors);
				if (p < 0) return INCOMPLETE;
				col = this.col;
			}
		}
		this.row += repeat;
		if (cells.length === 0) return p;
		for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
		this.emit(top, Math.min(repeat, MAX_ROWS - top + 1), cells);
		for (const c of errors) {
			this.options.onIssue({
				row: top,
				code: 'CELL_ERROR_VALUE',
				message: `Row ${top}, cell ${columnLetters(c + 1)}${top}: the cell shows the error ${cells[c]}; it was kept as text. Fix the formula in the workbook.`,
			});
		}
		return p;
	}

	/** The column after the cell last read (0-based). */
	private col = 0;

	/** Reads one cell (its start tag's name ends at `ne`, `>` at `te`) into `cells`; returns the position after it. */
	private readCell(
		s: string,
		ne: number,
		te: number,
		covered: boolean,
		row: number,
		col: number,
		cells: string[],
		errors: number[],
	): number {
		const a = readOdsAttributes(s, ne, te);
		const repeat = countAttribute(a.columnsRepeated, MAX_COLUMNS);
		this.col = col + repeat;
		let p = te + 1;
		let shown = '';
		if (!isSelfClosing(s, te)) {
			p = readCellParagraphs(s, te);
			if (p < 0) return INCOMPLETE;
			shown = cellParagraphs.text;
		}
		if (covered || col >= MAX_COLUMNS) return p;
		const { text, error } = odsCellText(a, shown);
		if (text === '') return p;
		const last = Math.min(col + repeat, MAX_COLUMNS);
		this.repeated += last - col - 1;
		if (this.repeated > MAX_REPEATED_CELLS) throw this.bomb();
		for (let c = col; c < last; c++) cells[c] = text;
		if (error) errors.push(col);
		const across = countAttribute(a.columnsSpanned, MAX_COLUMNS);
		const down = countAttribute(a.rowsSpanned, MAX_ROWS);
		if (this.filler && (across > 1 || down > 1))
			this.filler.add({ top: row, left: col, bottom: row + down - 1, right: col + across - 1 });
		return p;
	}

	/** Pushes a row and its repeats, filled where spans cover them. */
	private emit(top: number, repeat: number, cells: string[]): void {
		this.repeated += (repeat - 1) * cells.length;
		if (this.repeated > MAX_REPEATED_CELLS) throw this.bomb();
		for (let r = 0; r < repeat; r++) {
			const row = { row: top + r, cells: r === 0 ? cells : cells.slice() };
			this.filler?.fill(row);
			this.rows.push(row);
		}
	}

	private bomb(): Error {
		return zipBomb(
			this.options.part,
			`repeats its values into more than ${MAX_REPEATED_CELLS.toLocaleString('en-US')} cells`,
		);
	}
}

/** The paragraphs last read by {@link readCellParagraphs}, joined by line breaks. */
const cellParagraphs = { text: '' };

/**
 * Reads a cell's content from after its start tag (`>` at `te`) to its end
 * tag: its paragraphs, joined by line breaks, go to `cellParagraphs.text`.
 * Returns the position after the cell, or INCOMPLETE.
 */
function readCellParagraphs(s: string, te: number): number {
	const parts: string[] = [];
	let p = te + 1;
	for (;;) {
		const k = nextTag(s, p);
		if (k < 0) return INCOMPLETE;
		const { end, nameEnd, closing } = tag;
		p = end + 1;
		if (closing) {
			if (
				isLocalName(s, k + 2, nameEnd, 'table-cell') ||
				isLocalName(s, k + 2, nameEnd, 'covered-table-cell')
			)
				break;
			continue;
		}
		if (isLocalName(s, k + 1, nameEnd, 'p') || isLocalName(s, k + 1, nameEnd, 'h')) {
			if (isSelfClosing(s, end)) parts.push('');
			else {
				p = readOdsParagraph(s, end);
				if (p < 0) return INCOMPLETE;
				parts.push(paragraph.text);
			}
		} else if (!PARAGRAPH_GROUPS.some((g) => isLocalName(s, k + 1, nameEnd, g))) {
			p = skipElement(s, end);
			if (p < 0) return INCOMPLETE;
		}
	}
	cellParagraphs.text = parts.length === 1 ? parts[0] : parts.join('\n');
	return p;
}
