import { locateMainPart } from './locateMainPart';
import {
	isRelType,
	parseRelationships,
	relationshipsPartOf,
	resolvePartPath,
	type Relationship,
} from './parseRelationships';
import { corrupt, type ZipEntry } from './readZipDirectory';
import { readZipText } from './readZipText';
import { readAttributes } from './scanXmlAttributes';
import type { XlsxLimits } from './xlsxLimits';

/** What a workbook's sheet is. Only worksheets hold cells to read. */
export type XlsxSheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';

/** One sheet of a workbook, as its workbook part lists it. */
export interface XlsxSheet {
	name: string;
	/** `visible`, `hidden` or `veryHidden`. */
	state: string;
	kind: XlsxSheetKind;
	/** The sheet's part, or undefined when the archive lacks it. */
	entry: ZipEntry | undefined;
}

/** The workbook part of an XLSX archive and the parts it points to. */
export interface WorkbookParts {
	workbook: ZipEntry;
	/** The workbook's relationships part, when the archive has one. */
	relsEntry: ZipEntry | undefined;
	/** The sheets in workbook order; at least one. */
	sheets: XlsxSheet[];
	date1904: boolean;
	styles: ZipEntry | undefined;
	strings: ZipEntry | undefined;
}

const KINDS: XlsxSheetKind[] = ['worksheet', 'chartsheet', 'dialogsheet', 'macrosheet'];

function sheetKind(type: string): XlsxSheetKind {
	const last = type.slice(type.lastIndexOf('/') + 1).toLowerCase();
	if (last === 'xlmacrosheet' || last === 'xlintlmacrosheet') return 'macrosheet';
	return KINDS.find((k) => k === last) ?? 'unknown';
}

/**
 * Finds an XLSX archive's workbook part by the package's relationships
 * (wherever its parts sit), reads its relationships, and lists its sheets,
 * its date system, and its styles and shared strings parts. Without the
 * workbook's relationships part (or a sheet's relationship), its parts are
 * looked for where Excel puts them, as SheetJS does:
 * `xl/worksheets/sheetN.xml` for the Nth sheet, `xl/styles.xml`,
 * `xl/sharedStrings.xml`. Names are matched ignoring case. Each part read is
 * checked against `limits` and its CRC-32 (a mismatch only noted in `mismatched`).
 *
 * @param bytes - the whole archive
 * @param entries - its directory
 * @param limits - what tells a workbook from a decompression bomb
 * @param mismatched - where parts whose only fault is their CRC-32 are noted
 * @returns the workbook's parts
 * @throws IntakeError `FILE_CORRUPT` without a workbook part or a sheet; `ZIP_BOMB`
 * @example
 * readWorkbookParts(xlsxBytes, readZipDirectory(xlsxBytes), DEFAULT_XLSX_LIMITS, []).sheets.map((s) => s.name)
 * //=> ['Contacts', 'Second']
 */
export function readWorkbookParts(
	bytes: Uint8Array,
	entries: ZipEntry[],
	limits: Readonly<XlsxLimits>,
	mismatched: string[],
): WorkbookParts {
	const byName = new Map<string, ZipEntry>();
	for (const e of entries) byName.set(e.name.toLowerCase(), e);
	const find = (name: string) => byName.get(name.toLowerCase());

	const main = locateMainPart(bytes, entries, limits, mismatched);
	if (!main) throw corrupt('it has no workbook part');
	const workbook = main.entry;
	const workbookXml = readZipText(bytes, workbook, limits, undefined, mismatched);
	const relsEntry = find(relationshipsPartOf(workbook.name));
	const rels = relsEntry
		? parseRelationships(readZipText(bytes, relsEntry, limits, undefined, mismatched))
		: new Map<string, Relationship>();
	const folder = workbook.name.slice(0, workbook.name.lastIndexOf('/') + 1);
	// A target written from the package root without its leading slash is taken from there when the relative reading names no part.
	const target = (rel: Relationship): ZipEntry | undefined =>
		find(resolvePartPath(workbook.name, rel.target)) ?? find(resolvePartPath('', rel.target));

	const sheets = listSheets(workbookXml, rels, target, (n) =>
		find(`${folder}worksheets/sheet${n}.xml`),
	);
	if (sheets.length === 0) throw corrupt('it lists no worksheets');
	const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/i.test(
		workbookXml,
	);

	let styles: ZipEntry | undefined;
	let strings: ZipEntry | undefined;
	for (const r of rels.values()) {
		if (r.external) continue;
		if (isRelType(r, 'styles')) styles = target(r);
		if (isRelType(r, 'sharedStrings')) strings = target(r);
	}
	styles ??= find(`${folder}styles.xml`);
	strings ??= find(`${folder}sharedStrings.xml`);
	return { workbook, relsEntry, sheets, date1904, styles, strings };
}

/**
 * The `<sheet>` elements of a workbook part, each with the part its
 * relationship names (`byPosition(n)` for the Nth sheet when it has none).
 * Sheets whose relationship is external are left out.
 */
function listSheets(
	workbookXml: string,
	rels: Map<string, Relationship>,
	target: (rel: Relationship) => ZipEntry | undefined,
	byPosition: (n: number) => ZipEntry | undefined,
): XlsxSheet[] {
	const sheets: XlsxSheet[] = [];
	for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
		const a = readAttributes(m[0]);
		const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
		const rel = rels.get(rid);
		if (rel?.external) continue;
		const name = a.name ?? `Sheet${sheets.length + 1}`;
		const state = a.state ?? 'visible';
		if (rel) sheets.push({ name, state, kind: sheetKind(rel.type), entry: target(rel) });
		else sheets.push({ name, state, kind: 'worksheet', entry: byPosition(sheets.length + 1) });
	}
	return sheets;
}
