import { SNIFF_BYTES } from '../../../lib/bytes/sizes';
import { detectFormat } from '../../../lib/read/detectFormat';
import { fixture } from '../../helpers/fixtures';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (t: string) => new TextEncoder().encode(t);

/** The error code and message `detectFormat` throws, or undefined. */
function refusal(b: Uint8Array, fileName?: string): { code: string; message: string } | undefined {
	try {
		detectFormat(b, fileName);
		return undefined;
	} catch (e) {
		const { code, message } = e as { code: string; message: string };
		return { code, message };
	}
}

describe('detectFormat', () => {
	describe('workbooks, by their first bytes', () => {
		it('returns xlsx in a zip for a ZIP local header (PK\\3\\4) and an empty ZIP (PK\\5\\6)', () => {
			expect(detectFormat(fixture('contacts.xlsx'))).toEqual({ format: 'xlsx', container: 'zip' });
			expect(detectFormat(bytes(0x50, 0x4b, 0x05, 0x06, 0, 0))).toEqual({
				format: 'xlsx',
				container: 'zip',
			});
		});

		it('returns ods in a zip when the first entry is the OpenDocument spreadsheet mimetype, or the name ends .ods', () => {
			expect(detectFormat(fixture('ods/matters.ods'))).toEqual({ format: 'ods', container: 'zip' });
			const pk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
			expect(detectFormat(pk, 'book.ODS').format).toBe('ods');
			expect(detectFormat(pk, 'book.xlsx').format).toBe('xlsx');
		});

		it('returns xls in a compound file for the OLE2 signature', () => {
			expect(detectFormat(fixture('people.xls'))).toEqual({ format: 'xls', container: 'cfb' });
		});

		it('returns xls for a BIFF2-4 worksheet starting with a BOF record', () => {
			expect(detectFormat(bytes(0x09, 0x04, 0x06, 0x00, 0x00, 0x00))).toEqual({
				format: 'xls',
				container: 'cfb',
			});
		});
	});

	describe('markup', () => {
		it('returns xls markup for an HTML table saved as .xls', () => {
			expect(detectFormat(text('<html><body><table><tr><td>a</td></tr></table>'))).toEqual({
				format: 'xls',
				container: 'markup',
			});
		});

		it('returns xls markup for Excel 2003 XML (SpreadsheetML)', () => {
			const xml =
				'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">';
			expect(detectFormat(text(xml)).container).toBe('markup');
		});

		it('returns xls markup after a BOM and leading blank lines', () => {
			expect(detectFormat(text('\uFEFF\n\n  <!DOCTYPE html><table>')).container).toBe('markup');
		});

		it('throws UNSUPPORTED_FORMAT for XML or HTML without a table', () => {
			expect(refusal(text('<?xml version="1.0"?><rss></rss>'), 'feed.xml')).toEqual({
				code: 'UNSUPPORTED_FORMAT',
				message:
					'"feed.xml" is an XML or HTML document without a table, not a spreadsheet. Upload a CSV, TSV, XLSX, XLS or ODS file; from other programs, export or "Save As" one of those.',
			});
		});

		it('returns csv for text that starts with "<" but is not a tag', () => {
			expect(detectFormat(text('<5 years,count\n1,2\n')).format).toBe('csv');
		});
	});

	describe('text', () => {
		it('returns csv in text for delimited text, whatever the delimiter', () => {
			expect(detectFormat(text('name;email\nJane;j@x.org\n'))).toEqual({
				format: 'csv',
				container: 'text',
			});
		});

		it('returns tsv for a .tsv or .tab file name, any case', () => {
			expect(detectFormat(text('a\tb\n'), 'export.TSV').format).toBe('tsv');
			expect(detectFormat(text('a\tb\n'), 'export.tab').format).toBe('tsv');
			expect(detectFormat(text('a\tb\n'), 'export.txt').format).toBe('csv');
		});

		it('returns text for UTF-16 with a BOM, whose zero bytes are not binary', () => {
			expect(detectFormat(fixture('utf16le.tsv'), 'x.tsv')).toEqual({
				format: 'tsv',
				container: 'text',
			});
		});

		it('returns text for Windows-1252 bytes', () => {
			expect(detectFormat(fixture('latin1-semicolon.csv')).container).toBe('text');
		});

		it('returns text for a file with one stray NUL (the CSV reader reports its row)', () => {
			expect(detectFormat(text('a,b\n1,\u00002\n3,4\n')).container).toBe('text');
		});

		it('looks only at the first 64 KiB: binary bytes after it do not count', () => {
			const b = new Uint8Array(SNIFF_BYTES + 100).fill(0x61);
			b.fill(0x01, SNIFF_BYTES);
			expect(detectFormat(b).container).toBe('text');
		});
	});

	describe('files that are not spreadsheets', () => {
		it.each([
			['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
			['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
			['a JPEG image', [0xff, 0xd8, 0xff, 0xe0]],
			['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
			['a gzip archive', [0x1f, 0x8b, 0x08]],
			['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
			['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
			['a bzip2 archive', [0x42, 0x5a, 0x68, 0x39]],
			['an RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66, 0x31]],
		])('throws UNSUPPORTED_FORMAT naming %s', (what, b) => {
			expect(refusal(bytes(...b))).toEqual({
				code: 'UNSUPPORTED_FORMAT',
				message: `The file is ${what}, not a spreadsheet. Upload a CSV, TSV, XLSX, XLS or ODS file; from other programs, export or "Save As" one of those.`,
			});
		});

		it('throws UNSUPPORTED_FORMAT for bytes full of control characters', () => {
			const b = new Uint8Array(1000);
			for (let i = 0; i < b.length; i++) b[i] = i % 7 === 0 ? 0x02 : 0x61;
			expect(refusal(b)?.message).toMatch(/^The file is a binary file of an unknown kind/);
		});

		it('lets a handful of control bytes through in a short text', () => {
			expect(detectFormat(text('a\u0001,b\u0002\n1,2\n')).container).toBe('text');
		});
	});

	it('tells a flat OpenDocument spreadsheet (.fods) by its root element and mimetype', () => {
		expect(detectFormat(fixture('ods/matters.fods'))).toEqual({
			format: 'ods',
			container: 'markup',
		});
		const xml =
			'<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.text"></office:document>';
		// a flat text document is not a spreadsheet
		expect(refusal(text(xml))?.code).toBe('UNSUPPORTED_FORMAT');
	});
});
