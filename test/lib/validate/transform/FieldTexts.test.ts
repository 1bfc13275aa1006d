import { FieldTexts } from '../../../../lib/validate/transform/FieldTexts';

const slots = new Map([
	['firstName', 0],
	['lastName', 1],
	['email', 2],
]);

describe('FieldTexts', () => {
	it('reads and writes field texts as a Map does', () => {
		const texts = new FieldTexts(slots);
		expect(texts.set('email', 'a@x.com').set('firstName', '')).toBe(texts);
		expect([texts.get('email'), texts.get('firstName'), texts.get('lastName')]).toEqual([
			'a@x.com',
			'',
			undefined,
		]);
		expect([texts.has('firstName'), texts.has('lastName'), texts.size]).toEqual([true, false, 2]);
		expect([texts.delete('email'), texts.delete('email'), texts.has('email')]).toEqual([
			true,
			false,
			false,
		]);
	});

	it('keeps a key that is no field apart, and lists fields in schema order, then the others', () => {
		const texts = new FieldTexts(slots);
		texts.set('custom', 'x').set('lastName', 'Lee').set('firstName', 'Ann');
		expect([...texts]).toEqual([
			['firstName', 'Ann'],
			['lastName', 'Lee'],
			['custom', 'x'],
		]);
		expect([texts.size, texts.delete('custom'), texts.delete('other'), texts.size]).toEqual([
			3,
			true,
			false,
			2,
		]);
	});
});
