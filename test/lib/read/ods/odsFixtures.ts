import { zipParts } from '../../../helpers/zipBuilder';

/**
 * Builds OpenDocument spreadsheets in tests, after OpenDocument 1.3 part 3
 * (table:table, table:table-row, table:table-cell, office:value-type) and
 * part 2 (the package: mimetype first and stored, META-INF/manifest.xml).
 */

const NS = [
	'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
	'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
	'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
	'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
	'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(' ');

/** A table (sheet) of `content.xml`: its name, its rows' markup, and whether its style hides it. */
export interface OdsTable {
	name: string;
	rows: string;
	hidden?: boolean;
}

/** The `content.xml` of a spreadsheet holding `tables`. */
export function contentXml(tables: OdsTable[]): string {
	const styles =
		'<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
		'<style:style style:family="table" style:name="ta2"><style:table-properties table:display="false"/></style:style></office:automatic-styles>';
	const body = tables
		.map(
			(t) =>
				`<table:table table:name="${t.name}" table:style-name="${t.hidden ? 'ta2' : 'ta1'}">${t.rows}</table:table>`,
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3">${styles}<office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
}

/** A cell: `string` text, or a typed value with its attributes and shown text. */
export function cell(text: string, attrs = 'office:value-type="string"'): string {
	return `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;
}

/** A row of cells. */
export function row(cells: string[], attrs = ''): string {
	return `<table:table-row${attrs ? ' ' + attrs : ''}>${cells.join('')}</table:table-row>`;
}

/** A row of plain string cells. */
export function textRow(...texts: string[]): string {
	return row(texts.map((t) => cell(t)));
}

/** An .ods package around `content` (with the other parts a writer adds), or with parts replaced. */
export function buildOds(content: string, parts: Record<string, string> = {}): Uint8Array {
	return zipParts({
		mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
		'META-INF/manifest.xml':
			'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
		'content.xml': content,
		'styles.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NS}/>`,
		...parts,
	});
}
