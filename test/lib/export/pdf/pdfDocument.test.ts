import { finishPdfDocument, reserveDocumentObjects } from '../../../../lib/export/pdf/pdfDocument';
import { PdfFile } from '../../../../lib/export/pdf/pdfFile';

describe('reserveDocumentObjects', () => {
	it('returns the fixed objects numbered first, in a fixed order', () => {
		expect(reserveDocumentObjects(new PdfFile())).toEqual({
			catalog: 1,
			pages: 2,
			info: 3,
			fonts: [4, 5, 6, 7],
			encodings: [8, 9],
			toUnicodes: [10, 11],
		});
	});
});

describe('finishPdfDocument', () => {
	it('returns a file with a page tree, footers, fonts and the properties', () => {
		const file = new PdfFile();
		const nums = reserveDocumentObjects(file);
		const content = file.reserve();
		file.writeStream(content, 'BT ET');
		const bytes = finishPdfDocument(file, nums, [content], {
			width: 612,
			height: 792,
			title: 'Zoë',
			created: new Date('2025-01-05T09:30:00Z'),
		});
		const text = Buffer.from(bytes).toString('latin1');
		expect(text).toContain('<< /Type /Pages /Count 1 /Kids [14 0 R] >>');
		expect(text).toContain('/MediaBox [0 0 612 792]');
		expect(text).toContain('/Contents [12 0 R 13 0 R]');
		expect(text).toContain('/BaseFont /Helvetica-Bold /Encoding 9 0 R');
		expect(text).toContain(
			'<< /Title <FEFF005A006F00EB> /Producer (n8n-nodes-intake) /CreationDate (D:20250105093000Z) >>',
		);
		expect(text.endsWith('%%EOF\n')).toBe(true);
	});
});
