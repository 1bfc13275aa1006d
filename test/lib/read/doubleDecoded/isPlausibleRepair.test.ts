import { isPlausibleRepair } from '../../../../lib/read/doubleDecoded/isPlausibleRepair';

describe('isPlausibleRepair', () => {
	it('takes Latin letters, punctuation, whole words of other scripts, CJK and emoji', () => {
		for (const text of [
			'José',
			'O’Brien',
			'Łódź',
			'Tại sao',
			'Привет',
			'Ελλάδα',
			'عيد',
			'中文',
			'😀',
			'e\u0301',
		])
			expect([text, isPlausibleRepair(text)]).toEqual([text, true]);
	});
	it('refuses IPA letters, lone letters of another script, stray marks and controls', () => {
		for (const text of [
			'MARQUɅ',
			'NESTLɮ',
			'5ף35',
			'Pipe ؽ',
			'Fuߓ',
			'4288ׅ',
			'ᴴ',
			'a\u0085b',
			'\ue000',
		])
			expect([text, isPlausibleRepair(text)]).toEqual([text, false]);
	});
	it('refuses a repair whose only evidence was a no-break space', () => {
		expect(isPlausibleRepair('à')).toBe(false);
		expect(isPlausibleRepair('SELĠEDELĠ')).toBe(false);
		expect(isPlausibleRepair('à é')).toBe(true);
	});
});
