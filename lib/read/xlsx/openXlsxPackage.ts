import { IntakeError } from '../../errors';
import { pickSheet } from '../pickSheet';
import { checkDeclaredSize } from './inflateZipEntry';
import { locateMainPart } from './locateMainPart';
import { parseCellFormats } from './parseCellFormats';
import {
	isRelType,
	parseRelationships,
	relationshipsPartOf,
	resolvePartPath,
	type Relationship,
} from './parseRelationships';
import { pickDefaultSheet } from './pickDefaultSheet';
import { readSharedStrings } from './readSharedStrings';
import { corrupt, readZipDirectory, type ZipEntry } from './readZipDirectory';
import { readZipText } from './readZipText';
import { readAttributes } from './scanXmlAttributes';
import { DEFAULT_XLSX_LIMITS, zipBomb, type XlsxLimits } from './xlsxLimits';

export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsxLimits';

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

/** An opened workbook: its sheets, the chosen one, and what reading its cells needs. */
export interface XlsxPackage {
	sheets: XlsxSheet[];
	/** 0-based index of the chosen sheet in `sheets`. */
	sheetIndex: number;
	date1904: boolean;
	/** The whole archive; parts are inflated from it as they are read. */
	bytes: Uint8Array;
	/** The shared strings table. */
	sharedStrings: string[];
	/** Number format code by cell format index; undefined for General. */
	formats: Array<string | undefined>;
	limits: Readonly<XlsxLimits>;
	/** Parts read whose only fault is their CRC-32; the reader reports each (see readXlsxRows). */
	mismatched: string[];
}

const KINDS: XlsxSheetKind[] = ['worksheet', 'chartsheet', 'dialogsheet', 'macrosheet'];

function sheetKind(type: string): XlsxSheetKind {
	const last = type.slice(type.lastIndexOf('/') + 1).toLowerCase();
	if (last === 'xlmacrosheet' || last === 'xlintlmacrosheet') return 'macrosheet';
	return KINDS.find((k) => k === last) ?? 'unknown';
}

/**
 * Opens an XLSX archive: finds the workbook by the package's relationships
 * (wherever its parts sit), lists its sheets, picks one, and reads the
 * shared strings and cell formats. Without the workbook's relationships,
 * its parts are looked for where Excel writes them, as SheetJS does. Nothing is inflated past its declared
 * size, every part read has its CRC-32 checked, and the sizes the parts
 * declare must stay within `limits`; the sheet itself is inflated only as
 * {@link readXlsxRows} reads it. With no sheet asked for, the first
 * worksheet that holds a value is chosen (a chart sheet is never the
 * default).
 *
 * @param bytes - the whole archive
 * @param sheet - a sheet name or 0-based index; undefined for the default
 * @param limits - what tells a workbook from a decompression bomb
 * @returns the opened package
 * @throws IntakeError `FILE_CORRUPT`, `ZIP_BOMB`, `SHEET_NOT_FOUND`, or `EMPTY_FILE` for a chart sheet asked for by name
 * @example
 * const pkg = await openXlsxPackage(xlsxBytes, undefined)
 * pkg.sheets.map((s) => s.name)
 * //=> ['Contacts', 'Second']
 */
export async function openXlsxPackage(
	bytes: Uint8Array,
	sheet: string | number | undefined,
	limits: Readonly<XlsxLimits> = DEFAULT_XLSX_LIMITS,
): Promise<XlsxPackage> {
	const entries = readZipDirectory(bytes);
	const byName = new Map<string, ZipEntry>();
	for (const e of entries) byName.set(e.name.toLowerCase(), e);
	const find = (name: string) => byName.get(name.toLowerCase());

	const mismatched: string[] = [];
	const main = locateMainPart(bytes, entries, limits, mismatched);
	if (!main) throw corrupt('it has no workbook part');
	const workbook = main.entry;
	const workbookXml = readZipText(bytes, workbook, limits, undefined, mismatched);
	// Without its relationships part (or a sheet's relationship), a workbook's parts are looked for where Excel
	// puts them, as SheetJS does: xl/worksheets/sheetN.xml for the Nth sheet, xl/styles.xml, xl/sharedStrings.xml.
	const relsEntry = find(relationshipsPartOf(workbook.name));
	const rels = relsEntry
		? parseRelationships(readZipText(bytes, relsEntry, limits, undefined, mismatched))
		: new Map<string, Relationship>();
	const folder = workbook.name.slice(0, workbook.name.lastIndexOf('/') + 1);
	// A target written from the package root without its leading slash is taken from there when the relative reading names no part.
	const target = (rel: Relationship): ZipEntry | undefined =>
		find(resolvePartPath(workbook.name, rel.target)) ?? find(resolvePartPath('', rel.target));

	const sheets: XlsxSheet[] = [];
	for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
		const a = readAttributes(m[0]);
		const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
		const rel = rels.get(rid);
		if (rel?.external) continue;
		const name = a.name ?? `Sheet${sheets.length + 1}`;
		const state = a.state ?? 'visible';
		if (rel) sheets.push({ name, state, kind: sheetKind(rel.type), entry: target(rel) });
		else
			sheets.push({
				name,
				state,
				kind: 'worksheet',
				entry: find(`${folder}worksheets/sheet${sheets.length + 1}.xml`),
			});
	}
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
	const meta = [workbook, relsEntry, styles, strings].reduce(
		(n, e) => n + (e?.uncompressedSize ?? 0),
		0,
	);
	const checkTotal = (sheetEntry: ZipEntry): void => {
		checkDeclaredSize(sheetEntry, limits);
		if (meta + sheetEntry.uncompressedSize > limits.maxInflatedBytes) {
			throw zipBomb(
				sheetEntry.name,
				`and the parts read with it inflate to ${Math.round((meta + sheetEntry.uncompressedSize) / 1048576)} MiB`,
			);
		}
	};

	const formats = styles
		? parseCellFormats(readZipText(bytes, styles, limits, undefined, mismatched))
		: [];
	const sharedStrings = strings ? readSharedStrings(bytes, strings, limits, mismatched) : [];
	const pkg: XlsxPackage = {
		sheets,
		sheetIndex: 0,
		date1904,
		bytes,
		sharedStrings,
		formats,
		limits,
		mismatched,
	};

	if (sheet === undefined) {
		pkg.sheetIndex = pickDefaultSheet(pkg);
	} else {
		pkg.sheetIndex = pickSheet(
			sheets.map((s) => s.name),
			sheet,
		);
		const chosen = sheets[pkg.sheetIndex];
		if (chosen.kind === 'chartsheet') {
			throw new IntakeError(
				'EMPTY_FILE',
				`The sheet "${chosen.name}" is a chart, which has no rows to read. Pick a worksheet: ${sheets
					.filter((s) => s.kind === 'worksheet')
					.map((s) => `"${s.name}"`)
					.join(', ')}.`,
				{ sheets: sheets.map((s) => s.name) },
			);
		}
	}
	const chosenEntry = sheets[pkg.sheetIndex].entry;
	if (!chosenEntry)
		throw corrupt(`the sheet "${sheets[pkg.sheetIndex].name}" is missing from the archive`);
	checkTotal(chosenEntry);
	return pkg;
}
