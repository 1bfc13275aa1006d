import {
	isRelType,
	parseRelationships,
	relationshipsPartOf,
	resolvePartPath,
} from './parseRelationships';
import type { ZipEntry } from './readZipDirectory';
import { readZipText } from './readZipText';
import { readAttributes } from './scanXmlAttributes';
import type { XlsxLimits } from './xlsxLimits';

/** What kind of Office document a main part is. */
export type MainPartKind = 'xlsx' | 'xlsb' | 'docx' | 'pptx' | 'unknown';

/** The main document part of an OPC (Office Open XML) package. */
export interface MainPart {
	/** The part's entry in the archive. */
	entry: ZipEntry;
	/** Its content type, when `[Content_Types].xml` names one. */
	contentType?: string;
	kind: MainPartKind;
}

const KINDS: Array<[RegExp, MainPartKind]> = [
	[
		/(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template|addin)\.macroenabled)\.main\+xml$/,
		'xlsx',
	],
	[/ms-excel\.sheet\.binary\.macroenabled\.main$/, 'xlsb'],
	[
		/wordprocessingml\.(document|template)\.main\+xml$|ms-word\.(document|template)\.macroenabled\.main\+xml$/,
		'docx',
	],
	[
		/presentationml\.(presentation|slideshow|template)\.main\+xml$|ms-powerpoint\.(presentation|slideshow|template)\.macroenabled\.main\+xml$/,
		'pptx',
	],
];

/**
 * Finds a package's main document the way Office does: the `officeDocument`
 * relationship of `_rels/.rels`, typed by `[Content_Types].xml`; failing
 * those, a part whose content type is a workbook's, then `xl/workbook.xml`.
 * The workbook may sit anywhere (`wtf/workbook.xml`, or at the root).
 *
 * @param bytes - the whole archive
 * @param entries - its directory
 * @param limits - the bomb limits for the small parts read
 * @returns the main part, or undefined when none is found
 * @throws IntakeError `FILE_CORRUPT` or `ZIP_BOMB` when `_rels/.rels` or `[Content_Types].xml` is damaged
 * @example
 * locateMainPart(xlsxBytes, readZipDirectory(xlsxBytes))
 * //=> { entry: { name: 'xl/workbook.xml', … }, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', kind: 'xlsx' }
 */
export function locateMainPart(
	bytes: Uint8Array,
	entries: readonly ZipEntry[],
	limits?: Readonly<XlsxLimits>,
	mismatched?: string[],
): MainPart | undefined {
	const byName = new Map<string, ZipEntry>();
	for (const e of entries) byName.set(e.name.toLowerCase(), e);
	const find = (name: string) => byName.get(name.toLowerCase());

	const overrides = new Map<string, string>();
	const defaults = new Map<string, string>();
	const typesEntry = find('[Content_Types].xml');
	if (typesEntry) {
		const xml = readZipText(bytes, typesEntry, limits, undefined, mismatched);
		for (const m of xml.matchAll(/<(?:[\w.-]+:)?(Override|Default)\b[^>]*>/g)) {
			const a = readAttributes(m[0]);
			const type = (a.ContentType ?? '').trim().toLowerCase();
			if (m[1] === 'Override' && a.PartName)
				overrides.set(resolvePartPath('', a.PartName).toLowerCase(), type);
			if (m[1] === 'Default' && a.Extension) defaults.set(a.Extension.toLowerCase(), type);
		}
	}
	const typeOf = (entry: ZipEntry): string | undefined => {
		const name = entry.name.toLowerCase();
		return overrides.get(name) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1));
	};
	const describe = (entry: ZipEntry): MainPart => {
		const contentType = typeOf(entry);
		const known = contentType ? KINDS.find(([re]) => re.test(contentType)) : undefined;
		let kind: MainPartKind = known ? known[1] : 'unknown';
		// Without a specific content type, the name is the best evidence left.
		if (!known && (/(^|\/)workbook\.xml$/i.test(entry.name) || linksWorksheets(entry)))
			kind = 'xlsx';
		return { entry, contentType, kind };
	};

	const linksWorksheets = (entry: ZipEntry): boolean => {
		const rels = find(relationshipsPartOf(entry.name));
		if (!rels) return false;
		for (const rel of parseRelationships(
			readZipText(bytes, rels, limits, undefined, mismatched),
		).values())
			if (isRelType(rel, 'worksheet')) return true;
		return false;
	};

	const rootRels = find('_rels/.rels');
	if (rootRels) {
		for (const rel of parseRelationships(
			readZipText(bytes, rootRels, limits, undefined, mismatched),
		).values()) {
			if (rel.external || !isRelType(rel, 'officeDocument')) continue;
			const entry = find(resolvePartPath('', rel.target));
			if (entry) return describe(entry);
		}
	}
	for (const [name, type] of overrides) {
		const entry = find(name);
		if (entry && KINDS[0][0].test(type)) return describe(entry);
	}
	const fallback = find('xl/workbook.xml');
	return fallback ? describe(fallback) : undefined;
}
