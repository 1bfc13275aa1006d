import { decodeMarkup } from '../../../../lib/read/xls/decodeMarkup';

const bytes = (...parts: Array<string | number[]>) =>
	new Uint8Array(
		parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)),
	);
const utf16 = (s: string, be = false) =>
	Array.from(s).flatMap((c) =>
		be
			? [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]
			: [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8],
	);

describe('decodeMarkup', () => {
	it('returns text decoded by its byte-order mark: UTF-8, UTF-16LE, UTF-16BE', () => {
		expect(decodeMarkup(bytes([0xef, 0xbb, 0xbf], '<td>Zoë</td>'))).toBe('<td>Zoë</td>');
		expect(decodeMarkup(bytes([0xff, 0xfe], utf16('<td>Zoë</td>')))).toBe('<td>Zoë</td>');
		expect(decodeMarkup(bytes([0xfe, 0xff], utf16('<td>Zoë</td>', true)))).toBe('<td>Zoë</td>');
	});

	it('returns UTF-16 without a mark, seen from its zero bytes', () => {
		expect(decodeMarkup(bytes(utf16('<table><tr><td>Zoë</td></tr></table>')))).toBe(
			'<table><tr><td>Zoë</td></tr></table>',
		);
	});

	it('returns text in the charset the file declares, in an XML declaration or a meta tag', () => {
		expect(
			decodeMarkup(
				bytes('<?xml version="1.0" encoding="windows-1251"?><a>', [0xcf, 0xf0, 0xe8], '</a>'),
			),
		).toBe('<?xml version="1.0" encoding="windows-1251"?><a>При</a>');
		expect(decodeMarkup(bytes('<meta charset="iso-8859-1"><td>', [0xe9, 0x80], '</td>'))).toBe(
			'<meta charset="iso-8859-1"><td>é€</td>',
		);
	});

	it('returns UTF-8 when it is valid, Windows-1252 otherwise', () => {
		expect(decodeMarkup(bytes('<td>café ✓</td>'))).toBe('<td>café ✓</td>');
		expect(decodeMarkup(bytes('<td>M', [0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80], '</td>'))).toBe(
			'<td>Müller €</td>',
		);
	});
});
