import { normalizeSplitAddressOptions } from '../../../../lib/normalize/address/options';
import { splitAddressText } from '../../../../lib/normalize/address/splitAddressText';

const US = normalizeSplitAddressOptions();

describe('splitAddressText', () => {
	it('reads a country named twice: "United States US"', () => {
		expect(splitAddressText('12 Main St Springfield IL 62704 United States US', US)).toEqual({
			street: '12 Main St',
			city: 'Springfield',
			state: 'IL',
			zip: '62704',
			country: 'US',
		});
	});
	it('splits Puerto Rico addresses too', () => {
		expect(splitAddressText('1 Calle Luna, San Juan, PR 00901, Puerto Rico', US)).toMatchObject({
			state: 'PR',
			zip: '00901',
			country: 'PR',
		});
	});
	it('parts lines at line breaks and semicolons, as at commas', () => {
		expect(splitAddressText('Acme Inc; 12 Main St; Springfield IL 62704', US)).toEqual({
			recipient: 'Acme Inc',
			street: '12 Main St',
			city: 'Springfield',
			state: 'IL',
			zip: '62704',
		});
	});
	it('reads "Attn: Legal Dept" and "c/o Acme" as recipients, not the street', () => {
		expect(
			splitAddressText('Attn: Legal Dept, 12 Main St, Springfield, IL 62704', US),
		).toMatchObject({ recipient: 'Attn: Legal Dept', street: '12 Main St' });
		expect(splitAddressText('c/o Acme, 12 Main St, Springfield, IL 62704', US)).toMatchObject({
			recipient: 'c/o Acme',
			street: '12 Main St',
		});
	});
	it('keeps ZIPs as written by default: "631242055", "7631"', () => {
		expect(splitAddressText('31 Willow Hill Saint Louis MO 631242055', US)?.zip).toBe('631242055');
		expect(splitAddressText('1 Main St, Hartford, CT 7631', US)?.zip).toBe('7631');
	});
	it('returns undefined for text with no letter or digit, or over 500 characters', () => {
		expect(splitAddressText(' ;\n, ', US)).toBeUndefined();
		expect(splitAddressText(`${'1 Main St '.repeat(51)}`, US)).toBeUndefined();
	});
	it('reads text with empty comma positions positionally', () => {
		expect(splitAddressText('1 Main St,,CO,80202', US)).toEqual({
			street: '1 Main St',
			state: 'CO',
			zip: '80202',
		});
	});
});
