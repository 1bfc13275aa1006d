import { sanitizeEntryName } from '../../../lib/export/sanitizeEntryName';

describe('sanitizeEntryName', () => {
	describe('zip-slip payloads', () => {
		it.each([
			['../../etc/passwd', 'etc/passwd'],
			['/abs', 'abs'],
			['/etc/passwd', 'etc/passwd'],
			['C:\\x', 'x'],
			['C:/Windows/x.dll', 'Windows/x.dll'],
			['..\\..\\x', 'x'],
			['a/../../b.txt', 'a/b.txt'],
			['\\\\server\\share\\f.txt', 'server/share/f.txt'],
			['./././a.txt', 'a.txt'],
			['..', 'file'],
			['', 'file'],
			['/', 'file'],
		])('returns a relative path for %j', (name, expected) => {
			expect(sanitizeEntryName(name)).toBe(expected);
		});
	});

	describe('reserved Windows names', () => {
		it.each([
			['CON.txt', '_CON.txt'],
			['con', '_con'],
			['NUL.tar.gz', '_NUL.tar.gz'],
			['aux', '_aux'],
			['COM1', '_COM1'],
			['lpt9.log', '_lpt9.log'],
			['dir/PRN/file.txt', 'dir/_PRN/file.txt'],
			['CONSOLE.txt', 'CONSOLE.txt'],
			['COM10', 'COM10'],
		])('returns %j as %j', (name, expected) => {
			expect(sanitizeEntryName(name)).toBe(expected);
		});
	});

	describe('characters', () => {
		it('replaces NUL, newlines and other control characters with _', () => {
			expect(sanitizeEntryName('a\u0000b\nc\rd\te\u007f.txt')).toBe('a_b_c_d_e_.txt');
		});
		it('replaces the characters Windows refuses', () => {
			expect(sanitizeEntryName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
		});
		it('drops trailing dots and spaces, and leading spaces', () => {
			expect(sanitizeEntryName('  report.pdf. . ')).toBe('report.pdf');
			expect(sanitizeEntryName('folder. /a.txt')).toBe('folder/a.txt');
		});
		it('drops bidi overrides that make a name read other than it is', () => {
			expect(sanitizeEntryName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
		});
		it('keeps accents, in NFC', () => {
			expect(sanitizeEntryName('Zoe\u0308 Łukasz José.pdf')).toBe('Zoë Łukasz José.pdf');
		});
	});

	describe('length', () => {
		it('cuts a 300-character name to 240 bytes, keeping its extension', () => {
			const out = sanitizeEntryName(`${'x'.repeat(300)}.pdf`);
			expect(out).toBe(`${'x'.repeat(236)}.pdf`);
		});
		it('never cuts a character in two', () => {
			const out = sanitizeEntryName(`${'é'.repeat(200)}.txt`);
			expect(new TextEncoder().encode(out).length).toBeLessThanOrEqual(240);
			expect(out).toBe(`${'é'.repeat(118)}.txt`);
		});
	});
});
