import { cleanPdfText, countUnprintable } from './pdfText';
import type { PdfTable } from './writePdfTable';

/**
 * Counts the characters {@link writePdfTable} will show as `?` because the
 * PDF's core fonts (Helvetica, Latin-1 and Latin Extended-A) have no glyph
 * for them: Greek, Cyrillic, CJK, emoji and the like. They still extract as
 * themselves; call this to warn the user before exporting.
 *
 * @param table - the table to be written
 * @returns the number of replaced characters (an emoji counts once), 0 when all print
 * @example
 * countPdfReplacements({ title: 'Clients', subtitle: [], headers: ['Name'], rows: [['Łukasz'], ['Γιάννης']] })
 * //=> 7
 */
export function countPdfReplacements(table: PdfTable): number {
	let n = countUnprintable(cleanPdfText(table.title));
	for (const line of table.subtitle ?? []) n += countUnprintable(cleanPdfText(line));
	for (const header of table.headers ?? []) n += countUnprintable(cleanPdfText(header));
	for (const row of table.rows ?? []) {
		if (!Array.isArray(row)) continue;
		for (const cell of row) n += countUnprintable(cleanPdfText(cell));
	}
	return n;
}
