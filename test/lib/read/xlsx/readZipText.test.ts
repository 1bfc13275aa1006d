import { IntakeError } from '../../../../lib/errors';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import { readZipText } from '../../../../lib/read/xlsx/readZipText';
import { zipParts } from '../../../helpers/zipBuilder';

describe('readZipText', () => {
	it('returns a UTF-8 part as text', () => {
		const zip = zipParts({ 'a.xml': '<?xml version="1.0"?><a>Zoë – Müller</a>' });
		expect(readZipText(zip, readZipDirectory(zip)[0])).toBe(
			'<?xml version="1.0"?><a>Zoë – Müller</a>',
		);
	});

	it('returns a UTF-16 part, told by its byte order mark, as text', () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>Zoë</a>', 'utf16le')]);
		const zip = zipParts({ 'a.xml': new Uint8Array(utf16) });
		expect(readZipText(zip, readZipDirectory(zip)[0])).toBe('<a>Zoë</a>');
	});

	it('returns an empty part as empty text', () => {
		const zip = zipParts({ 'a.xml': '' });
		expect(readZipText(zip, readZipDirectory(zip)[0])).toBe('');
	});

	it('throws ZIP_BOMB for a part that declares more than the cap', () => {
		const zip = zipParts({ 'a.xml': 'x'.repeat(200) });
		const entry = readZipDirectory(zip)[0];
		try {
			readZipText(zip, entry, undefined, 100);
			throw new Error('expected ZIP_BOMB');
		} catch (e) {
			expect((e as IntakeError).code).toBe('ZIP_BOMB');
			expect((e as IntakeError).message).toContain("The workbook's part a.xml claims 200 bytes");
		}
	});
});
