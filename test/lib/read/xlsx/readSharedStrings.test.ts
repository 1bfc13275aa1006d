import { IntakeError } from '../../../../lib/errors';
import { readSharedStrings } from '../../../../lib/read/xlsx/readSharedStrings';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import { DEFAULT_XLSX_LIMITS } from '../../../../lib/read/xlsx/xlsxLimits';
import { sharedStringsXml, zipParts } from '../../../helpers/zipBuilder';

function read(xml: string, mismatched?: string[]): string[] {
	const zip = zipParts({ 'xl/sharedStrings.xml': xml });
	return readSharedStrings(zip, readZipDirectory(zip)[0], DEFAULT_XLSX_LIMITS, mismatched);
}

describe('readSharedStrings', () => {
	describe('string items', () => {
		it('returns each item by index, plain and rich text alike', () => {
			expect(
				read(sharedStringsXml(['Name', '<r><t>Jane </t></r><r><rPr><b/></rPr><t>Doe</t></r>', ''])),
			).toEqual(['Name', 'Jane Doe', '']);
		});

		it('decodes entities and OOXML escapes, and leaves out phonetic runs', () => {
			expect(
				read(
					sharedStringsXml([
						'Smith &amp; Sons',
						'Line 1_x000D_\nLine 2',
						'<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
					]),
				),
			).toEqual(['Smith & Sons', 'Line 1\r\nLine 2', '東京']);
		});

		it('reads a prefixed table', () => {
			expect(
				read('<x:sst xmlns:x="m"><x:si><x:t>a</x:t></x:si><x:si><x:t>b</x:t></x:si></x:sst>'),
			).toEqual(['a', 'b']);
		});

		it("reads thousands of strings across the inflater's chunks", () => {
			const items = Array.from({ length: 20000 }, (_, i) => `contact ${i}@example.org`);
			const strings = read(sharedStringsXml(items));
			expect(strings.length).toBe(20000);
			expect(strings[12345]).toBe('contact 12345@example.org');
		});
	});

	describe('damaged tables', () => {
		it("drops an item the part's end cuts short", () => {
			expect(read('<sst><si><t>a</t></si><si><t>b')).toEqual(['a']);
		});

		it('throws FILE_CORRUPT for a part that fails to inflate', () => {
			const zip = zipParts({
				'xl/sharedStrings.xml': sharedStringsXml(['a'.repeat(5000)]),
			}).slice();
			const entry = readZipDirectory(zip)[0];
			// Overwrite the deflated data with bytes that are not a deflate stream.
			const at = 30 + entry.name.length;
			zip.fill(0xff, at, at + entry.compressedSize);
			expect(() => readSharedStrings(zip, entry, DEFAULT_XLSX_LIMITS)).toThrow(IntakeError);
		});
	});
});
