import {
	AUSTRALIAN_STATES,
	AU_POSTCODE,
	CA_POSTCODE,
	PROVINCES,
} from '../../../../lib/normalize/address/foreignLexicon';
import { splitRegional } from '../../../../lib/normalize/address/splitRegional';
import type { AddressParts } from '../../../../lib/normalize/address/types';

function canadian(lines: string[]): AddressParts | false {
	const parts: AddressParts = {};
	return splitRegional(lines, PROVINCES, CA_POSTCODE, parts) && parts;
}

describe('splitRegional', () => {
	it('splits a Canadian address, the province on the postcode line', () => {
		expect(canadian(['123 Main St', 'Toronto ON M5V 3L9'])).toEqual({
			street: '123 Main St',
			city: 'Toronto',
			state: 'ON',
			zip: 'M5V 3L9',
		});
	});
	it('reads a province named in English or French, or on its own line', () => {
		expect(canadian(['2 Rue Notre-Dame E', 'Montréal', 'Québec H2Y 1B5'])).toMatchObject({
			city: 'Montréal',
			state: 'QC',
		});
		expect(canadian(['1 Yonge St', 'Toronto', 'Ontario', 'M5E 1W7'])).toMatchObject({
			city: 'Toronto',
			state: 'ON',
			zip: 'M5E 1W7',
		});
	});
	it("reads the province in brackets of Canada Post's French layout", () => {
		expect(canadian(['1500-1 Place Ville Marie', 'Montréal (Québec) H3B 2C4'])).toEqual({
			street: '1500-1 Place Ville Marie',
			city: 'Montréal',
			state: 'QC',
			zip: 'H3B 2C4',
		});
	});
	it('reads units and a street and city on one line as in a US address', () => {
		expect(canadian(['123 Main St Suite 200 Toronto ON M5H 2N2'])).toEqual({
			street: '123 Main St',
			unit: 'Suite 200',
			city: 'Toronto',
			state: 'ON',
			zip: 'M5H 2N2',
		});
	});
	it('splits an Australian address', () => {
		const parts: AddressParts = {};
		expect(
			splitRegional(
				['Level 3', '1 Martin Pl', 'Sydney NSW 2000'],
				AUSTRALIAN_STATES,
				AU_POSTCODE,
				parts,
			),
		).toBe(true);
		expect(parts).toEqual({
			street: '1 Martin Pl',
			unit: 'Level 3',
			city: 'Sydney',
			state: 'NSW',
			zip: '2000',
		});
	});
	it('returns false without a region, a postcode or a city', () => {
		expect(canadian(['123 Main St', 'Toronto M5V 3L9'])).toBe(false);
		expect(canadian(['123 Main St', 'Toronto ON'])).toBe(false);
		expect(canadian(['ON M5V 3L9'])).toBe(false);
	});
});
