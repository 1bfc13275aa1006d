import fc from 'fast-check';
import { undoDoubleDecoding } from '../../../../lib/read/doubleDecoded/undoDoubleDecoding';
import { WINDOWS_1252_HIGH } from '../../../../lib/read/xls/data/windows1252';
import cases from '../../../fixtures/double-decoded.json';

/** What a tool that reads UTF-8 as Windows-1252 shows for the text (undefined bytes as C1 controls). */
function mojibake(text: string): string {
	return [...Buffer.from(text, 'utf8')]
		.map((b) => String.fromCharCode(b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b))
		.join('');
}

describe('undoDoubleDecoding', () => {
	describe('text decoded twice', () => {
		it.each([
			['JosÃ©', 'José'],
			['MÃ¼ller', 'Müller'],
			['Oâ€™Brien', 'O’Brien'],
			['Ã˜stergaard', 'Østergaard'],
			['â‚¬ 12', '€ 12'],
		])('repairs %s as %s', (text, fixed) => {
			expect(undoDoubleDecoding(text)).toBe(fixed);
		});
		it("repairs Latin-1's C1 controls and Windows-1252's undefined bytes", () => {
			expect(undoDoubleDecoding('Oâ\u0080\u0099Brien')).toBe('O’Brien');
			expect(undoDoubleDecoding('Å\u0081Ã³dÅº')).toBe('Łódź');
			expect(undoDoubleDecoding('Ã\u008d')).toBe('Í');
		});
		it('undoes two and three layers', () => {
			expect(undoDoubleDecoding('JosÃƒÂ©')).toBe('José');
			expect(undoDoubleDecoding(mojibake(mojibake(mojibake('Crème brûlée'))))).toBe('Crème brûlée');
		});
		it('repairs every case of test/fixtures/double-decoded.json', () => {
			const wrong = cases.repairs
				.filter((c) => undoDoubleDecoding(c.text) !== c.fixed)
				.map((c) => c.source);
			expect(wrong).toEqual([]);
		});
	});

	describe('text to leave alone', () => {
		it('answers undefined for ASCII, real accents, and text no decoder gives', () => {
			for (const text of ['Ann Lee', '', 'José', 'Müller', 'SÃO PAULO', 'José and JosÃ©', '2012—∞'])
				expect([text, undoDoubleDecoding(text)]).toEqual([text, undefined]);
		});
		it('answers undefined for real text that decodes into characters no one writes there', () => {
			expect(undoDoubleDecoding('PARCE QUE SUR LEURS PLAQUES IL Y MARQUÉ…')).toBeUndefined();
			expect(undoDoubleDecoding('NESTLÉ® requiere')).toBeUndefined();
			expect(undoDoubleDecoding('Offering 5×£35 pin ups')).toBeUndefined();
			expect(undoDoubleDecoding('Pipe Ø½" brass')).toBeUndefined();
			expect(undoDoubleDecoding('„Fuß“')).toBeUndefined();
		});
		it('answers undefined when the only evidence is a letter before a no-break space', () => {
			expect(undoDoubleDecoding('SELKÄ\u00a0EDELLÄ\u00a0MAAHAN')).toBeUndefined();
			expect(undoDoubleDecoding('voilÃ\u00a0')).toBeUndefined();
		});
		it('leaves every leaveAlone case of test/fixtures/double-decoded.json', () => {
			const wrong = cases.leaveAlone
				.filter((c) => undoDoubleDecoding(c.text) !== undefined)
				.map((c) => c.source);
			expect(wrong).toEqual([]);
		});
		it('answers undefined for bytes that are not well-formed UTF-8', () => {
			// overlong lead C1, a lone continuation, a cut sequence, a surrogate, past U+10FFFF
			for (const text of ['Á©', '©', 'Ã', 'x â€', 'í\u00a0½', 'ô\u0090\u0080\u0080'])
				expect([text, undoDoubleDecoding(text)]).toEqual([text, undefined]);
		});
		it('never throws on what is not text', () => {
			expect(undoDoubleDecoding(undefined as unknown as string)).toBeUndefined();
		});
	});

	describe('on arbitrary strings', () => {
		it('never throws, and never answers with a mojibake layer left', () => {
			fc.assert(
				fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
					const fixed = undoDoubleDecoding(text);
					if (fixed !== undefined) expect(fixed).not.toBe(text);
				}),
				{ numRuns: 2000 },
			);
		});
		it('gives back the text that was decoded twice, or nothing', () => {
			const latinWords = fc.stringMatching(/^[a-zà-öø-ÿ ]{1,30}$/);
			fc.assert(
				fc.property(latinWords, (text) => {
					const expected = /[á-öø-ÿ]/.test(text) ? text : undefined;
					expect(undoDoubleDecoding(mojibake(text))).toBe(expected);
				}),
				{ numRuns: 2000 },
			);
		});
	});
});
