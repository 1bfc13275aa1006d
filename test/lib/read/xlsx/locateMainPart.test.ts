import { locateMainPart } from '../../../../lib/read/xlsx/locateMainPart';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import { buildXlsx, sheetXml, workbookParts, zipParts } from '../../../helpers/zipBuilder';

const SHEETS = [{ name: 'People', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }];

function locate(zip: Uint8Array) {
	return locateMainPart(zip, readZipDirectory(zip));
}

describe('locateMainPart', () => {
	describe('a package with its relationships', () => {
		it('returns the workbook the officeDocument relationship names, typed by its content type', () => {
			const main = locate(buildXlsx({ sheets: SHEETS }));
			expect(main?.entry.name).toBe('xl/workbook.xml');
			expect(main?.kind).toBe('xlsx');
			expect(main?.contentType).toBe(
				'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
			);
		});

		it('returns a workbook wherever it sits', () => {
			expect(
				locate(buildXlsx({ sheets: SHEETS, folder: 'wtf', workbookName: 'book.xml' }))?.entry.name,
			).toBe('wtf/book.xml');
			expect(locate(buildXlsx({ sheets: SHEETS, folder: '' }))?.entry.name).toBe('workbook.xml');
		});
	});

	describe('a package missing parts', () => {
		it('returns the part whose content type is a workbook when _rels/.rels is missing', () => {
			const parts = workbookParts({ sheets: SHEETS, folder: 'data' });
			delete parts['_rels/.rels'];
			expect(locate(zipParts(parts))?.entry.name).toBe('data/workbook.xml');
		});

		it('returns xl/workbook.xml with neither relationships nor content types', () => {
			const parts = workbookParts({ sheets: SHEETS, noContentTypes: true });
			delete parts['_rels/.rels'];
			expect(locate(zipParts(parts))).toMatchObject({ entry: { name: 'xl/workbook.xml' } });
		});

		it('returns undefined for an archive with no workbook', () => {
			expect(locate(zipParts({ 'readme.txt': 'hello' }))).toBeUndefined();
		});
	});

	describe('other Office documents', () => {
		it('returns a Word document as docx', () => {
			const zip = zipParts({
				'[Content_Types].xml':
					'<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
				'_rels/.rels':
					'<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
				'word/document.xml': '<w:document/>',
			});
			expect(locate(zip)).toMatchObject({ entry: { name: 'word/document.xml' }, kind: 'docx' });
		});
	});
});
