import {
	cutLines,
	hasNameWord,
	isContinentalStreet,
	isHouseNumber,
} from '../../../../lib/normalize/address/foreignLines';

describe('cutLines', () => {
	it('cuts at commas, semicolons, line breaks, and a slash or dash between spaces', () => {
		expect(cutLines('Unter den Linden 77 / 10117 Berlin, DE')).toEqual([
			'Unter den Linden 77',
			'10117 Berlin',
			'DE',
		]);
		expect(cutLines('Via Roma, 1 - 00184 Roma')).toEqual(['Via Roma', '1', '00184 Roma']);
		expect(cutLines('Karlsplatz 8;  80335 München\nDEU')).toEqual([
			'Karlsplatz 8',
			'80335 München',
			'DEU',
		]);
	});
	it('keeps a dash or slash inside a word, and drops empty lines', () => {
		expect(cutLines('87-135 Brompton Road,, c/o Smith')).toEqual([
			'87-135 Brompton Road',
			'c/o Smith',
		]);
	});
});

describe('isHouseNumber', () => {
	it('accepts numbers as written after a street name', () => {
		expect(['77', '1a', '12-14', '3/5', '221B'].map(isHouseNumber)).toEqual([
			true,
			true,
			true,
			true,
			true,
		]);
	});
	it('rejects words and long digit runs', () => {
		expect(['Main', '123456', '#5', 'B2'].map(isHouseNumber)).toEqual([false, false, false, false]);
	});
});

describe('hasNameWord', () => {
	it('needs three letters in a row', () => {
		expect(hasNameWord('Hauptstr. 5')).toBe(true);
		expect(hasNameWord('3º B')).toBe(false);
	});
});

describe('isContinentalStreet', () => {
	it('returns true for a house number after the street name', () => {
		expect(isContinentalStreet('Unter den Linden 77')).toBe(true);
		expect(isContinentalStreet('Karl Johans gate 22')).toBe(true);
	});
	it('returns true for a street word of Europe or a letter outside ASCII', () => {
		expect(isContinentalStreet('10 Rue de Rivoli')).toBe(true);
		expect(isContinentalStreet('ul. Marszałkowska')).toBe(true);
		expect(isContinentalStreet('Kalverstraat')).toBe(true);
		expect(isContinentalStreet('Storgatan')).toBe(true);
	});
	it('returns false for a US unit, route or box and for a US street line', () => {
		expect(isContinentalStreet('Suite 200')).toBe(false);
		expect(isContinentalStreet('Route 66')).toBe(false);
		expect(isContinentalStreet('PO Box 12')).toBe(false);
		expect(isContinentalStreet('Apt 4')).toBe(false);
		expect(isContinentalStreet('123 Main St')).toBe(false);
	});
});
