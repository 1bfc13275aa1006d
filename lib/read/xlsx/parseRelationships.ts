import { readAttributes } from './scanXmlAttributes';

/** One relationship of an OPC package part. */
export interface Relationship {
	/** The relationship type URI; compare its last segment (`…/worksheet`), which transitional and strict OOXML share. */
	type: string;
	/** The target as written, relative to the source part's folder. */
	target: string;
	/** Whether the target lies outside the package (a hyperlink). */
	external: boolean;
}

/**
 * Reads a relationships part (`_rels/….rels`) into a map by relationship id.
 *
 * @param xml - the part's text
 * @returns the relationships by `Id`
 * @example
 * parseRelationships('<Relationships><Relationship Id="rId1" Type="http://…/officeDocument" Target="xl/workbook.xml"/></Relationships>').get('rId1')
 * //=> { type: 'http://…/officeDocument', target: 'xl/workbook.xml', external: false }
 */
export function parseRelationships(xml: string): Map<string, Relationship> {
	const rels = new Map<string, Relationship>();
	for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
		const a = readAttributes(m[0]);
		if (a.Id)
			rels.set(a.Id, {
				type: a.Type ?? '',
				target: a.Target ?? '',
				external: /^external$/i.test(a.TargetMode ?? ''),
			});
	}
	return rels;
}

/**
 * Whether a relationship's type URI ends with the given name (`worksheet`,
 * `officeDocument`, …), in transitional and strict OOXML alike.
 *
 * @example
 * isRelType({ type: 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet', target: '', external: false }, 'worksheet')
 * //=> true
 */
export function isRelType(rel: Relationship, name: string): boolean {
	return rel.type.endsWith(`/${name}`);
}

/**
 * Resolves a relationship target against the part that holds the
 * relationship, as a ZIP entry name: `worksheets/sheet1.xml` from
 * `xl/workbook.xml` is `xl/worksheets/sheet1.xml`; a leading `/` starts at the
 * package root; percent-escapes are decoded.
 *
 * @param source - the source part's name (`''` for the package itself)
 * @param target - the relationship's target
 * @returns the target part's name
 * @example
 * resolvePartPath('xl/workbook.xml', '../customXml/item1.xml')
 * //=> 'customXml/item1.xml'
 */
export function resolvePartPath(source: string, target: string): string {
	let t = target;
	try {
		t = decodeURIComponent(target);
	} catch {
		// A stray % is taken as written.
	}
	t = t.replace(/\\/g, '/').replace(/[?#].*$/, '');
	const parts = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
	for (const seg of t.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg !== '.' && seg !== '') parts.push(seg);
	}
	return parts.join('/');
}

/**
 * The name of the relationships part of a part.
 *
 * @example
 * relationshipsPartOf('xl/workbook.xml')
 * //=> 'xl/_rels/workbook.xml.rels'
 */
export function relationshipsPartOf(part: string): string {
	const slash = part.lastIndexOf('/');
	return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
