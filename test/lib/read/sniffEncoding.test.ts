import { sniffEncoding } from '../../../lib/read/sniffEncoding';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** `text` as UTF-16 bytes, little- or big-endian, without a BOM. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
	const out = new Uint8Array(text.length * 2);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		out[i * 2 + (endian === 'le' ? 0 : 1)] = c & 0xff;
		out[i * 2 + (endian === 'le' ? 1 : 0)] = c >> 8;
	}
	return out;
}

describe('sniffEncoding', () => {
	describe('byte-order marks', () => {
		it.each([
			['UTF-8', [0xef, 0xbb, 0xbf, 0x61], 'utf-8', 3],
			['UTF-16 LE', [0xff, 0xfe, 0x61, 0x00], 'utf-16le', 2],
			['UTF-16 BE', [0xfe, 0xff, 0x00, 0x61], 'utf-16be', 2],
		])('returns %s with the BOM length', (_, b, encoding, bomLength) => {
			expect(sniffEncoding(bytes(...b))).toEqual({ encoding, bomLength, reason: 'bom' });
		});

		it('takes the BOM over everything after it (Latin-1 bytes behind a UTF-8 BOM)', () => {
			expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0xfc)).encoding).toBe('utf-8');
		});

		it('does not take a BOM that is cut short', () => {
			expect(sniffEncoding(bytes(0xef, 0xbb))).toEqual({
				encoding: 'windows-1252',
				bomLength: 0,
				reason: 'fallback-windows-1252',
			});
		});
	});

	describe('UTF-16 without a BOM', () => {
		it('returns utf-16le for Latin text with a zero in every odd byte', () => {
			expect(sniffEncoding(utf16('Name,City\r\nRenée,Montréal\r\n', 'le'))).toEqual({
				encoding: 'utf-16le',
				bomLength: 0,
				reason: 'utf16-pattern',
			});
		});

		it('returns utf-16be for Latin text with a zero in every even byte', () => {
			expect(sniffEncoding(utf16('Name,City\nAnn,Oslo\n', 'be')).encoding).toBe('utf-16be');
		});

		it('returns utf-8 for UTF-8 text with UTF-16 appended (two exports joined): the pattern must hold in both halves', () => {
			const joined = new Uint8Array([
				...utf8('Name,City\n'.repeat(100)),
				...utf16('Ann,Oslo\n'.repeat(20), 'le'),
			]);
			expect(sniffEncoding(joined).encoding).toBe('utf-8');
		});

		it('needs at least four bytes to see the pattern', () => {
			expect(sniffEncoding(bytes(0x61, 0x00)).reason).toBe('valid-utf8');
		});
	});

	describe('UTF-8 or Windows-1252', () => {
		it('returns utf-8 for valid UTF-8 with accents', () => {
			expect(sniffEncoding(utf8('Nachname;Stadt\nMüller;Köln\n'))).toEqual({
				encoding: 'utf-8',
				bomLength: 0,
				reason: 'valid-utf8',
			});
		});

		it('returns utf-8 for plain ASCII and for nothing at all', () => {
			expect(sniffEncoding(utf8('a,b\n1,2\n')).encoding).toBe('utf-8');
			expect(sniffEncoding(new Uint8Array(0)).encoding).toBe('utf-8');
		});

		it('returns windows-1252 for Latin-1 bytes ("Müller", "Garçon")', () => {
			expect(sniffEncoding(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72)).encoding).toBe(
				'windows-1252',
			);
			expect(sniffEncoding(bytes(0x47, 0x61, 0x72, 0xe7, 0x6f, 0x6e)).reason).toBe(
				'fallback-windows-1252',
			);
		});

		it('returns windows-1252 for Excel’s curly quotes and euro sign (0x93, 0x94, 0x80)', () => {
			expect(sniffEncoding(bytes(0x93, 0x61, 0x94, 0x2c, 0x80)).encoding).toBe('windows-1252');
		});
	});

	describe('a prefix of a longer file', () => {
		const cut = utf8('Name\nJosé').subarray(0, 9); // "é" is 0xc3 0xa9; the prefix ends after 0xc3

		it('returns utf-8 when only the last character is cut short, and isPrefix says so', () => {
			expect(sniffEncoding(cut, true).encoding).toBe('utf-8');
		});

		it('returns windows-1252 for the same bytes taken as the whole file', () => {
			expect(sniffEncoding(cut, false).encoding).toBe('windows-1252');
		});

		it('forgives a cut three- and four-byte character too (€, 😀)', () => {
			expect(sniffEncoding(utf8('a€').subarray(0, 3), true).encoding).toBe('utf-8');
			expect(sniffEncoding(utf8('a😀').subarray(0, 4), true).encoding).toBe('utf-8');
		});
	});
});
