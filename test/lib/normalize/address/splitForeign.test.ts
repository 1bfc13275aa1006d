import { mayBeForeignLayout, splitForeign } from '../../../../lib/normalize/address/splitForeign';
import { tokenize } from '../../../../lib/normalize/address/tokens';
import type { AddressParts } from '../../../../lib/normalize/address/types';

function split(text: string, country?: string): AddressParts | false {
	const parts: AddressParts = {};
	return splitForeign(text, country, parts) && parts;
}

describe('splitForeign', () => {
	it('reads a country code alone on the last line when a postcode fits it', () => {
		expect(split('Unter den Linden 77 / 10117 Berlin / DE')).toEqual({
			street: 'Unter den Linden 77',
			city: 'Berlin',
			zip: '10117',
			country: 'DE',
		});
		expect(split('123 Main St, Dover, DE')).toBe(false);
	});
	it('knows a Canadian, UK or Australian address by its postcode', () => {
		expect(split('290 Bremner Blvd, Toronto, ON M5V 3L9')).toMatchObject({ state: 'ON' });
		expect(split('10 Downing Street, London SW1A 2AA')).toMatchObject({ city: 'London' });
		expect(split('6 College St, Sydney NSW 2010')).toMatchObject({ state: 'NSW' });
	});
	it('splits in the layout of the country given', () => {
		expect(split('Hauptstr. 5, 10115 Berlin', 'DE')).toEqual({
			street: 'Hauptstr. 5',
			city: 'Berlin',
			zip: '10115',
		});
		expect(split('Hauptstr. 5, 1011 Berlin', 'DE')).toBe(false);
	});
	it('returns false, leaving the parts alone, for a country with no layout here or a US address', () => {
		const parts: AddressParts = { country: 'JP' };
		expect(splitForeign('1-1 Chiyoda, Tokyo 100-8111', 'JP', parts)).toBe(false);
		expect(parts).toEqual({ country: 'JP' });
		expect(split('Suite 5, 1200 Broadway')).toBe(false);
		expect(split('')).toBe(false);
	});
});

describe('mayBeForeignLayout', () => {
	const may = (text: string) => mayBeForeignLayout(tokenize(text), tokenize(text).length);
	it('returns true for the endings of other layouts', () => {
		expect(may('Unter den Linden 77, 10117 Berlin')).toBe(true);
		expect(may('Unter den Linden 77 10117 Berlin')).toBe(true);
		expect(may('123 Main St, Toronto, ON M5V 3L9')).toBe(true);
		expect(may('10 Downing Street, London SW1A 2AA')).toBe(true);
		expect(may('6 College St, Sydney NSW 2010')).toBe(true);
		expect(may('Drottninggatan 1, 111 51 Stockholm')).toBe(true);
		expect(may('Via Roma, 1 - 00184 Roma')).toBe(true);
		expect(may('Kalverstraat 1, 1012 NX Amsterdam')).toBe(true);
	});
	it('returns false for most US addresses that do not end in a ZIP', () => {
		expect(may('32 N. Dean St., Englewood, NJ 7631')).toBe(false);
		expect(may('123 1/2 SE Some Ave., North Bend, Oregon, 97212 4321')).toBe(false);
		expect(may('3 MAIN ST STE 208 NORWALK CT 6851')).toBe(false);
		expect(may('123 Main St')).toBe(false);
		expect(may('Denver')).toBe(false);
	});
});
