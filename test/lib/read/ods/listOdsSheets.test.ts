import { listOdsSheets } from '../../../../lib/read/ods/listOdsSheets';
import { contentXml, row, textRow } from './odsFixtures';

const bytes = (s: string) => new TextEncoder().encode(s);

/** The bytes of `s` in pieces of `size`, as an inflater hands them out. */
function* pieces(s: string, size: number): Generator<Uint8Array> {
	const b = bytes(s);
	for (let p = 0; p < b.length; p += size) yield b.subarray(p, p + size);
}

describe('listOdsSheets', () => {
	const xml = contentXml([
		{ name: 'Clients &amp; Co', rows: textRow('a') },
		{ name: 'Hidden', rows: textRow('h'), hidden: true },
		{
			name: 'Blank',
			rows: row(
				['<table:table-cell table:number-columns-repeated="1024"/>'],
				'table:number-rows-repeated="1048576"',
			),
		},
		{ name: 'Zoë', rows: row(['<table:table-cell office:value-type="float" office:value="1"/>']) },
	]);
	const expected = [
		{ name: 'Clients & Co', state: 'visible', hasValues: true },
		{ name: 'Hidden', state: 'hidden', hasValues: true },
		{ name: 'Blank', state: 'visible', hasValues: false },
		{ name: 'Zoë', state: 'visible', hasValues: true },
	];

	it('returns each table with its state and whether it holds values', () => {
		expect(listOdsSheets([bytes(xml)], 'content.xml')).toEqual(expected);
	});

	it('returns the same whatever pieces the text comes in', () => {
		for (const size of [1, 7, 64, 301])
			expect(listOdsSheets(pieces(xml, size), 'content.xml')).toEqual(expected);
	});

	it('returns the tables of a document that names its namespaces otherwise', () => {
		const other = xml
			.replace(/table:/g, 't:')
			.replace(/text:/g, 'x:')
			.replace(/xmlns:table="[^"]*"/, 'xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
			.replace(/xmlns:text="[^"]*"/, 'xmlns:x="urn:oasis:names:tc:opendocument:xmlns:text:1.0"');
		expect(other).toContain('<t:table t:name="Blank"');
		expect(listOdsSheets([bytes(other)], 'content.xml')).toEqual(expected);
	});

	it('returns no tables for a document without a body', () => {
		expect(listOdsSheets([bytes('<office:document-content/>')], 'content.xml')).toEqual([]);
		expect(listOdsSheets([], 'content.xml')).toEqual([]);
	});
});
