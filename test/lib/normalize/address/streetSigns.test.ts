import {
	hasStreetSign,
	isLeadText,
	isNameWord,
	startsStreet,
} from '../../../../lib/normalize/address/streetSigns';
import { tokenize } from '../../../../lib/normalize/address/tokens';

describe('startsStreet', () => {
	it.each([
		'12 Main St',
		'12B Main St',
		'12-14 Main St',
		'N12W345 Main St',
		'PO Box 4',
		'One Busch Place',
	])('sees a street start in "%s"', (text) => {
		expect(startsStreet(tokenize(text), 0)).toBe(true);
	});
	it('sees none in a name or past the end', () => {
		expect(startsStreet(tokenize('Acme Inc'), 0)).toBe(false);
		expect(startsStreet(tokenize('12'), 1)).toBe(false);
	});
});

describe('hasStreetSign', () => {
	it('sees a digit or a box at the start, or a numbered unit', () => {
		expect(hasStreetSign(tokenize('12 Main'), 0, 2)).toBe(true);
		expect(hasStreetSign(tokenize('Box 9'), 0, 2)).toBe(true);
		expect(hasStreetSign(tokenize('Main Apt 4'), 0, 3)).toBe(true);
		expect(hasStreetSign(tokenize('Apt # B'), 0, 3)).toBe(true);
	});
	it('sees none in a city name', () => {
		expect(hasStreetSign(tokenize('Salt Lake City'), 0, 3)).toBe(false);
		expect(hasStreetSign(tokenize('Rear Admiral'), 0, 2)).toBe(false);
	});
});

describe('isLeadText', () => {
	it('sees a name ahead of a street line: "Acme Inc", "Mellon Bank"', () => {
		expect(isLeadText(tokenize('Acme Inc'))).toBe(true);
		expect(isLeadText(tokenize('Mellon Bank'))).toBe(true);
	});
	it('sees the start of the street in street, route, building and box words', () => {
		expect(isLeadText(tokenize('Main St'))).toBe(false);
		expect(isLeadText(tokenize('North Main'))).toBe(false);
		expect(isLeadText(tokenize('Union Station'))).toBe(false);
		expect(isLeadText(tokenize('Route 9'))).toBe(false);
		expect(isLeadText(tokenize('Acme #'))).toBe(false);
		expect(isLeadText(tokenize('Acme lockbox 12'))).toBe(false);
	});
	it("takes a one-letter directional after the first word as a name's initial", () => {
		expect(isLeadText(tokenize('John E Smith'))).toBe(true);
		expect(isLeadText(tokenize('E Smith'))).toBe(false);
	});
});

describe('isNameWord', () => {
	it('sees "TWILIO" and "Plantation" as names, not street, unit or number words', () => {
		const [twilio, plantation, street, north, apt, one, rt] = tokenize(
			'TWILIO Plantation Street North Apt One Route',
		);
		expect([twilio, plantation].map(isNameWord)).toEqual([true, true]);
		expect([street, north, apt, one, rt].map(isNameWord)).toEqual([
			false,
			false,
			false,
			false,
			false,
		]);
		expect(isNameWord(tokenize('Jo')[0])).toBe(false);
	});
});
