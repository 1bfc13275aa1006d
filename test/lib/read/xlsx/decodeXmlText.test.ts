import { createXmlDecoder } from '../../../../lib/read/xlsx/createXmlDecoder';
import { decodeOoxmlEscapes, decodeXmlText } from '../../../../lib/read/xlsx/decodeXmlText';

describe('decodeXmlText', () => {
	it('decodes the five named entities and numeric references', () => {
		expect(decodeXmlText('Smith &amp; Sons &#x2013; &lt;est. 1901&gt; &quot;&apos;&#65;')).toBe(
			'Smith & Sons – <est. 1901> "\'A',
		);
	});

	it('returns text without references as it is', () => {
		expect(decodeXmlText('plain text')).toBe('plain text');
	});
});

describe('decodeOoxmlEscapes', () => {
	it('decodes _xHHHH_ escapes, and _x005F_ keeps a literal one', () => {
		expect(decodeOoxmlEscapes('Line 1_x000D_\nLine 2 and _x005F_x0041_')).toBe(
			'Line 1\r\nLine 2 and _x0041_',
		);
	});
});

describe('createXmlDecoder', () => {
	it('returns a decoder by the byte order mark, UTF-8 without one', () => {
		expect(createXmlDecoder(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])).encoding).toBe('utf-16le');
		expect(createXmlDecoder(new Uint8Array([0xfe, 0xff, 0x00, 0x3c])).encoding).toBe('utf-16be');
		expect(createXmlDecoder(new TextEncoder().encode('<?xml')).encoding).toBe('utf-8');
	});
});
