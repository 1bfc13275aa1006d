import { locateMainPart, type MainPart } from './locateMainPart';
import type { ZipEntry } from './readZipDirectory';

const DESCRIPTIONS: Record<Exclude<MainPart['kind'], 'xlsx' | 'unknown'>, string> = {
	xlsb: 'an Excel binary workbook (XLSB); save it as XLSX first, and it',
	docx: 'a Word document (DOCX)',
	pptx: 'a PowerPoint presentation (PPTX)',
};

/**
 * Names a ZIP archive's kind. A workbook is recognised by following the
 * package's own pointers (`_rels/.rels` to the main document, typed by
 * `[Content_Types].xml`), so one whose parts sit at the root or under a
 * folder other than `xl/` is still a workbook; the folder names decide only
 * when those parts are missing or unreadable.
 *
 * @param entries - the archive's directory, from `readZipDirectory`
 * @param bytes - the whole archive, to read `_rels/.rels` and `[Content_Types].xml`
 * @returns `'xlsx'`, or what the archive is, worded to follow "The file is"
 * @example
 * classifyZip(readZipDirectory(docxBytes), docxBytes)
 * //=> 'a Word document (DOCX)'
 */
export function classifyZip(entries: readonly ZipEntry[], bytes: Uint8Array): 'xlsx' | string {
	let main: MainPart | undefined;
	try {
		main = locateMainPart(bytes, entries);
	} catch {
		// Damaged package metadata: judge by the names, and let the reader report the damage.
	}
	const kind = main?.kind;
	if (kind === 'xlsx') return 'xlsx';
	if (kind !== undefined && kind !== 'unknown') return DESCRIPTIONS[kind];
	const lower = entries.map((e) => e.name.toLowerCase());
	// An XLSB without its content types: its workbook part is binary.
	if (/(^|\/)workbook\.bin$/i.test(main?.entry.name ?? '') || lower.includes('xl/workbook.bin'))
		return DESCRIPTIONS.xlsb;
	if (lower.some((n) => n.startsWith('xl/'))) return 'xlsx';
	if (lower.some((n) => n.startsWith('word/'))) return 'a Word document (DOCX)';
	if (lower.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation (PPTX)';
	if (lower.includes('content.xml') && lower.includes('mimetype'))
		return 'an OpenDocument file (ODS/ODT); save it as XLSX first, and it';
	return 'a ZIP archive';
}
