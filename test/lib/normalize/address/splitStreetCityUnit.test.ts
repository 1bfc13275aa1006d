import { splitStreetCityUnit } from '../../../../lib/normalize/address/splitStreetCityUnit';
import { tokenize } from '../../../../lib/normalize/address/tokens';
import type { AddressParts } from '../../../../lib/normalize/address/types';

function split(text: string, state: string | undefined): AddressParts {
	const tokens = tokenize(text);
	const parts: AddressParts = {};
	splitStreetCityUnit(tokens, 0, tokens.length, parts, state);
	return parts;
}

describe('splitStreetCityUnit', () => {
	it('splits street, unit and city ahead of a state', () => {
		expect(split('123 Main St Apt 4B Springfield', 'IL')).toEqual({
			street: '123 Main St',
			unit: 'Apt 4B',
			city: 'Springfield',
		});
	});
	it("finds no city without a state: words after the unit are then the recipient's", () => {
		expect(split('123 Main St Apt 4B Springfield', undefined)).toEqual({
			street: '123 Main St',
			unit: 'Apt 4B',
			recipient: 'Springfield',
		});
	});
	it('reads comma groups: recipient, street, unit, city', () => {
		expect(split('Acme Inc, 12 Main St, Suite 5, Springfield', 'IL')).toEqual({
			recipient: 'Acme Inc',
			street: '12 Main St',
			unit: 'Suite 5',
			city: 'Springfield',
		});
	});
	it('reads "customer # 55-0037082 lock box 427": a reference ahead of the street is the recipient\'s', () => {
		expect(split('customer # 55-0037082 lock box 427 jamison', 'PA')).toEqual({
			recipient: 'customer # 55-0037082',
			street: 'lock box 427',
			city: 'jamison',
		});
		expect(split('re: acct # 50016 p.o. box 972651 dallas', 'TX')).toEqual({
			recipient: 're: acct # 50016',
			street: 'p.o. box 972651',
			city: 'dallas',
		});
	});
	it('leaves parts it does not find out', () => {
		expect(split('Springfield', 'IL')).toEqual({ city: 'Springfield' });
	});
});
