import { classifyZip } from '../../../../lib/read/xlsx/classifyZip';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import { buildXlsx, patchEntry, sheetXml, zipParts } from '../../../helpers/zipBuilder';

const classify = (bytes: Uint8Array) => classifyZip(readZipDirectory(bytes), bytes);
const sheets = [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }];
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const officeRels = (target: string) =>
	`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}" Target="${target}"/></Relationships>`;
const types = (part: string, type: string) =>
	`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${type}"/></Types>`;

describe('classifyZip', () => {
	describe('workbooks', () => {
		it('returns xlsx for a workbook under xl/', () => {
			expect(classify(buildXlsx({ sheets }))).toBe('xlsx');
		});

		it.each([
			['under another folder', { folder: 'wtf' }],
			['at the archive root', { folder: '' }],
			[
				'with another name and no content types',
				{ folder: 'book', workbookName: 'main.xml', noContentTypes: true },
			],
		])('returns xlsx for a workbook %s, found through _rels/.rels', (_what, spec) => {
			expect(classify(buildXlsx({ sheets, ...spec }))).toBe('xlsx');
		});

		it('returns xlsx for a macro-enabled workbook (XLSM)', () => {
			const bytes = zipParts({
				'_rels/.rels': officeRels('doc/book.xml'),
				'[Content_Types].xml': types(
					'doc/book.xml',
					'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
				),
				'doc/book.xml': '<workbook/>',
			});
			expect(classify(bytes)).toBe('xlsx');
		});

		it('falls back to the xl/ folder when _rels/.rels is damaged', () => {
			expect(classify(patchEntry(buildXlsx({ sheets }), '_rels/.rels', { crc32: 7 }))).toBe('xlsx');
		});
	});

	describe('other archives', () => {
		it('names a Word document by its content type, wherever its part is', () => {
			const bytes = zipParts({
				'_rels/.rels': officeRels('text/body.xml'),
				'[Content_Types].xml': types(
					'text/body.xml',
					'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
				),
				'text/body.xml': '<document/>',
			});
			expect(classify(bytes)).toBe('a Word document (DOCX)');
		});

		it('names an XLSB workbook, which it can not read', () => {
			const bytes = zipParts({
				'_rels/.rels': officeRels('xl/workbook.bin'),
				'[Content_Types].xml': types(
					'xl/workbook.bin',
					'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
				),
				'xl/workbook.bin': new Uint8Array([1, 2, 3]),
			});
			expect(classify(bytes)).toBe(
				'an Excel binary workbook (XLSB); save it as XLSX first, and it',
			);
		});

		it('names an XLSB workbook without [Content_Types].xml by its binary workbook part', () => {
			const bin = new Uint8Array([0x83, 0x01, 0x00]);
			expect(
				classify(
					zipParts({
						'_rels/.rels': officeRels('xl/workbook.bin'),
						'xl/workbook.bin': bin,
						'xl/worksheets/sheet1.bin': bin,
					}),
				),
			).toBe('an Excel binary workbook (XLSB); save it as XLSX first, and it');
			expect(classify(zipParts({ 'xl/workbook.bin': bin }))).toBe(
				'an Excel binary workbook (XLSB); save it as XLSX first, and it',
			);
		});

		it.each([
			[{ 'word/document.xml': '<w/>' }, 'a Word document (DOCX)'],
			[{ 'ppt/presentation.xml': '<p/>' }, 'a PowerPoint presentation (PPTX)'],
			[
				{ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<o/>' },
				'an OpenDocument file (ODS/ODT); save it as XLSX first, and it',
			],
			[{ 'notes.txt': 'hello' }, 'a ZIP archive'],
		])('names %j by its folders, as describeZip did', (parts, expected) => {
			expect(classify(zipParts(parts))).toBe(expected);
		});

		it('does not take an archive whose package points to a missing workbook for one', () => {
			const bytes = zipParts({
				'_rels/.rels': officeRels('xl/workbook.xml'),
				'wd/workbook.xml': '<workbook/>',
			});
			expect(classify(bytes)).toBe('a ZIP archive');
		});
	});
});
