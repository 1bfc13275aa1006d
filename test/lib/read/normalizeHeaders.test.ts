import { normalizeHeaders } from '../../../lib/read/normalizeHeaders';

describe('normalizeHeaders', () => {
	describe('cleaning', () => {
		it('trims headers and turns inner runs of whitespace, line breaks included, into one space', () => {
			expect(normalizeHeaders([' Name ', 'Date of\r\n  Birth', 'E-mail\taddress']).headers).toEqual(
				['Name', 'Date of Birth', 'E-mail address'],
			);
		});

		it('removes zero-width spaces and BOMs', () => {
			expect(normalizeHeaders(['\uFEFFName', 'Ci\u200Bty']).headers).toEqual(['Name', 'City']);
		});

		it('keeps accents, punctuation and case as written', () => {
			expect(normalizeHeaders(['Prénom', 'Straße/Nr.', 'ZIP Code']).headers).toEqual([
				'Prénom',
				'Straße/Nr.',
				'ZIP Code',
			]);
		});

		it('reports nothing for clean, unique headers', () => {
			expect(normalizeHeaders(['a', 'b']).renamed).toEqual([]);
		});
	});

	describe('blank headers', () => {
		it('names a blank or whitespace-only header Column N by its 1-based position', () => {
			expect(normalizeHeaders(['Name', '', '  ', '\u200B'])).toEqual({
				headers: ['Name', 'Column 2', 'Column 3', 'Column 4'],
				renamed: [
					{ index: 1, from: '', to: 'Column 2', why: 'blank' },
					{ index: 2, from: '  ', to: 'Column 3', why: 'blank' },
					{ index: 3, from: '\u200B', to: 'Column 4', why: 'blank' },
				],
			});
		});

		it('treats a missing cell (a hole in a sparse row) as blank', () => {
			expect(normalizeHeaders(['a', , 'c'] as string[]).headers).toEqual(['a', 'Column 2', 'c']);
		});

		it('gives a blank header a suffix when Column N is already taken', () => {
			expect(normalizeHeaders(['Column 2', '']).renamed).toEqual([
				{ index: 1, from: '', to: 'Column 2 (2)', why: 'blank' },
			]);
		});
	});

	describe('repeated headers', () => {
		it('adds (2), (3) to repeats, ignoring case, and keeps the repeat’s own case', () => {
			expect(normalizeHeaders(['Phone', 'phone', 'PHONE'])).toEqual({
				headers: ['Phone', 'phone (2)', 'PHONE (3)'],
				renamed: [
					{ index: 1, from: 'phone', to: 'phone (2)', why: 'duplicate' },
					{ index: 2, from: 'PHONE', to: 'PHONE (3)', why: 'duplicate' },
				],
			});
		});

		it('finds repeats after cleaning (" Email " and "Email")', () => {
			expect(normalizeHeaders([' Email ', 'Email']).headers).toEqual(['Email', 'Email (2)']);
		});

		it('skips a suffix that an existing header already has', () => {
			expect(normalizeHeaders(['a', 'a (2)', 'a']).headers).toEqual(['a', 'a (2)', 'a (3)']);
		});
	});

	describe('hostile headers', () => {
		it('keeps __proto__, constructor and prototype as names (createRowBuilder makes them safe)', () => {
			expect(
				normalizeHeaders(['__proto__', 'constructor', 'prototype', '__proto__']).headers,
			).toEqual(['__proto__', 'constructor', 'prototype', '__proto__ (2)']);
		});

		it('keeps formula-like headers as text', () => {
			expect(normalizeHeaders(['=SUM(A1:A2)', '@cmd']).headers).toEqual(['=SUM(A1:A2)', '@cmd']);
		});
	});
});
