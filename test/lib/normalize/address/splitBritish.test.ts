import { splitBritish } from '../../../../lib/normalize/address/splitBritish';
import type { AddressParts } from '../../../../lib/normalize/address/types';

function split(lines: string[]): AddressParts | false {
	const parts: AddressParts = {};
	return splitBritish(lines, parts) && parts;
}

describe('splitBritish', () => {
	it('splits the street, post town and postcode', () => {
		expect(split(['10 Downing Street', 'London SW1A 2AA'])).toEqual({
			street: '10 Downing Street',
			city: 'London',
			zip: 'SW1A 2AA',
		});
	});
	it('puts a unit line in unit and a county in state', () => {
		expect(split(['Flat 2', '5 High St', 'Oxford', 'Oxfordshire', 'OX1 4AB'])).toEqual({
			unit: 'Flat 2',
			street: '5 High St',
			city: 'Oxford',
			state: 'Oxfordshire',
			zip: 'OX1 4AB',
		});
		expect(split(['Brunel Way', 'Swindon', 'Wiltshire SN2 1DE'])).toMatchObject({
			city: 'Swindon',
			state: 'Wiltshire',
		});
	});
	it('keeps a building name and a locality on the street line', () => {
		expect(split(['The British Museum', 'Great Russell Street', 'London WC1B 3DG'])).toEqual({
			street: 'The British Museum, Great Russell Street',
			city: 'London',
			zip: 'WC1B 3DG',
		});
	});
	it('finds the post town after the street words on one line', () => {
		expect(split(['10 Downing Street London SW1A 2AA'])).toEqual({
			street: '10 Downing Street',
			city: 'London',
			zip: 'SW1A 2AA',
		});
	});
	it('returns false without a postcode, a town or a street', () => {
		expect(split(['10 Downing Street', 'London'])).toBe(false);
		expect(split(['London SW1A 2AA'])).toBe(false);
		expect(split(['10 Downing Street 5 SW1A 2AA'])).toBe(false);
	});
});
