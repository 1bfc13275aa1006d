import {
	isRelType,
	parseRelationships,
	relationshipsPartOf,
	resolvePartPath,
} from '../../../../lib/read/xlsx/parseRelationships';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('parseRelationships', () => {
	it('returns each relationship by its Id, with its type, target and mode', () => {
		const rels = parseRelationships(
			'<Relationships><Relationship Id="rId1" Type="' +
				REL +
				'/worksheet" Target="worksheets/sheet1.xml"/>' +
				'<pr:Relationship Id="rId2" Type="' +
				REL +
				'/hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/>' +
				'<Relationship Type="x" Target="no-id.xml"/></Relationships>',
		);
		expect([...rels.entries()]).toEqual([
			['rId1', { type: REL + '/worksheet', target: 'worksheets/sheet1.xml', external: false }],
			[
				'rId2',
				{ type: REL + '/hyperlink', target: 'https://example.org/?a=1&b=2', external: true },
			],
		]);
	});

	it('returns no relationships for an empty part', () => {
		expect(parseRelationships('<Relationships/>').size).toBe(0);
	});
});

describe('isRelType', () => {
	it('matches the last segment of transitional and strict type URIs', () => {
		const rel = (type: string) => ({ type, target: '', external: false });
		expect(isRelType(rel(REL + '/worksheet'), 'worksheet')).toBe(true);
		expect(
			isRelType(
				rel('http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet'),
				'worksheet',
			),
		).toBe(true);
		expect(isRelType(rel(REL + '/chartsheet'), 'sheet')).toBe(false);
	});
});

describe('resolvePartPath', () => {
	it('resolves a target against the folder of the part that holds it', () => {
		expect(resolvePartPath('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe(
			'xl/worksheets/sheet1.xml',
		);
		expect(resolvePartPath('xl/workbook.xml', '../customXml/item1.xml')).toBe(
			'customXml/item1.xml',
		);
		expect(resolvePartPath('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
	});

	it('starts a target with a leading slash at the package root', () => {
		expect(resolvePartPath('xl/workbook.xml', '/xl/styles.xml')).toBe('xl/styles.xml');
	});

	it('decodes percent-escapes, turns backslashes into slashes and drops a query or fragment', () => {
		expect(resolvePartPath('xl/workbook.xml', 'worksheets%5Csheet%201.xml#x')).toBe(
			'xl/worksheets/sheet 1.xml',
		);
		expect(resolvePartPath('xl/workbook.xml', './100%.xml')).toBe('xl/100%.xml');
	});
});

describe('relationshipsPartOf', () => {
	it('returns the _rels part beside a part, or at the root for the package', () => {
		expect(relationshipsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
		expect(relationshipsPartOf('workbook.xml')).toBe('_rels/workbook.xml.rels');
		expect(relationshipsPartOf('')).toBe('_rels/.rels');
	});
});
