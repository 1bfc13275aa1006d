import { invalidOption } from '../../errors';
import { drawTablePages, type PdfTableText } from './drawTablePages';
import { finishPdfDocument, reserveDocumentObjects } from './pdfDocument';
import { PdfFile } from './pdfFile';
import { cleanPdfText } from './pdfText';
import { layoutPdfTable } from './tableLayout';

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

/** Checks {@link PdfOptions}. @throws IntakeError `EXPORT_INVALID_OPTION` */
function checkPdfOptions(options: PdfOptions): Required<Pick<PdfOptions, 'orientation'>> {
	const orientation = options.orientation ?? 'auto';
	if (orientation !== 'auto' && orientation !== 'portrait' && orientation !== 'landscape')
		throw invalidOption(
			'EXPORT_INVALID_OPTION',
			'orientation',
			"'auto', 'portrait' or 'landscape'",
			orientation,
		);
	const created = options.creationDate;
	if (created !== undefined && (!(created instanceof Date) || Number.isNaN(created.getTime())))
		throw invalidOption(
			'EXPORT_INVALID_OPTION',
			'creationDate',
			'a valid Date',
			// an invalid Date would show as null
			created instanceof Date ? String(created) : created,
		);
	return { orientation };
}

/**
 * The table's text made printable (see cleanPdfText), and every row as wide
 * as the widest of the headers and rows; anything not a list counts as empty.
 */
function cleanTable(table: PdfTable): PdfTableText {
	const rawRows = Array.isArray(table.rows) ? table.rows : [];
	const rawHeaders = Array.isArray(table.headers) ? table.headers : [];
	let columnCount = rawHeaders.length;
	for (const row of rawRows)
		if (Array.isArray(row) && row.length > columnCount) columnCount = row.length;
	return {
		title: cleanPdfText(table.title),
		subtitle: (Array.isArray(table.subtitle) ? table.subtitle : []).map(cleanPdfText),
		headers: Array.from({ length: columnCount }, (_, c) => cleanPdfText(rawHeaders[c])),
		rows: rawRows.map((row) =>
			Array.from({ length: columnCount }, (_, c) => cleanPdfText(Array.isArray(row) ? row[c] : '')),
		),
	};
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
	const { orientation } = checkPdfOptions(options);
	const text = cleanTable(table);
	const layout = layoutPdfTable(text.headers, text.rows, orientation);
	const file = new PdfFile();
	const nums = reserveDocumentObjects(file);
	const contents: number[] = [];
	drawTablePages(text, layout, (content) => {
		const num = file.reserve();
		file.writeStream(num, content);
		contents.push(num);
	});
	return finishPdfDocument(file, nums, contents, {
		width: layout.pageWidth,
		height: layout.pageHeight,
		title: text.title,
		created: options.creationDate,
	});
}
