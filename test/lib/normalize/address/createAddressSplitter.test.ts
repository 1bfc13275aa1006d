import { IntakeError } from '../../../../lib/errors';
import { createAddressSplitter } from '../../../../lib/normalize/address/createAddressSplitter';
import { normalizeSplitAddressOptions } from '../../../../lib/normalize/address/options';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

describe('createAddressSplitter', () => {
	describe('a prepared splitter', () => {
		it('splits each text with the options given once', () => {
			const split = createAddressSplitter({ zipFormat: 'usps' });
			expect(split('1 Main St, Boston, MA 2110')).toEqual({
				street: '1 Main St',
				city: 'Boston',
				state: 'MA',
				zip: '02110',
			});
			expect(split('31 Willow Hill Saint Louis MO 631242055')?.zip).toBe('63124-2055');
		});
		it('returns undefined for empty input, as splitAddress does', () => {
			const split = createAddressSplitter();
			expect(split('')).toBeUndefined();
			expect(split('  , ')).toBeUndefined();
			expect(split(null as unknown as string)).toBeUndefined();
		});
		it('gives the same parts as splitAddress with the same options', () => {
			const options = { layout: 'positional' as const };
			const text = '1 Main St Apt 2,Denver,Colorado,80202,USA';
			expect(createAddressSplitter(options)(text)).toEqual(splitAddress(text, options));
			expect(createAddressSplitter(options)(text)).toEqual({
				street: '1 Main St',
				unit: 'Apt 2',
				city: 'Denver',
				state: 'CO',
				zip: '80202',
				country: 'US',
			});
		});
		it('splits the text of another default country in its layout', () => {
			expect(createAddressSplitter({ defaultCountry: 'de' })('Hauptstr. 5, 10115 Berlin')).toEqual({
				street: 'Hauptstr. 5',
				city: 'Berlin',
				zip: '10115',
			});
		});
		it('passes the text of a default country it has no layout for through whole', () => {
			expect(
				createAddressSplitter({ defaultCountry: 'jp' })('1-1 Chiyoda, Tokyo 100-8111'),
			).toEqual({
				street: '1-1 Chiyoda, Tokyo 100-8111',
			});
		});
		it('takes the country of the row when the text names none', () => {
			const split = createAddressSplitter();
			expect(split('Kalverstraat 1, 1012 NX Amsterdam', 'Netherlands')).toEqual({
				street: 'Kalverstraat 1',
				city: 'Amsterdam',
				zip: '1012 NX',
			});
			expect(split('Hauptstr. 5, 10115 Berlin', 'de')).toEqual({
				street: 'Hauptstr. 5',
				city: 'Berlin',
				zip: '10115',
			});
			expect(split('1 Main St, Springfield, IL 62704', 'United States')).toEqual({
				street: '1 Main St',
				city: 'Springfield',
				state: 'IL',
				zip: '62704',
			});
		});
	});

	describe('bad options', () => {
		it('throws ADDRESS_INVALID_OPTION when preparing, naming the option', () => {
			const prepare = (options: object) => () => createAddressSplitter(options as never);
			expect(prepare({ layout: 'grid' })).toThrow(
				new IntakeError(
					'ADDRESS_INVALID_OPTION',
					'Invalid option `layout`: expected "auto" or "positional", got "grid"',
				),
			);
			expect(prepare({ defaultCountry: 'USA' })).toThrow(
				'Invalid option `defaultCountry`: expected an ISO 3166-1 alpha-2 code such as "US", got "USA"',
			);
			expect(prepare({ zipFormat: 'zip5' })).toThrow(
				'Invalid option `zipFormat`: expected "asWritten" or "usps", got "zip5"',
			);
			try {
				prepare({ zipFormat: 5 })();
			} catch (error) {
				expect(error).toBeInstanceOf(IntakeError);
				expect((error as IntakeError).code).toBe('ADDRESS_INVALID_OPTION');
				expect((error as IntakeError).details).toEqual({ option: 'zipFormat' });
			}
			expect.assertions(6);
		});
	});
});

describe('normalizeSplitAddressOptions', () => {
	it('fills in the defaults and upper-cases the country', () => {
		expect(normalizeSplitAddressOptions()).toEqual({
			layout: 'auto',
			defaultCountry: 'US',
			zipFormat: 'asWritten',
		});
		expect(normalizeSplitAddressOptions({ defaultCountry: 'ca', zipFormat: 'usps' })).toEqual({
			layout: 'auto',
			defaultCountry: 'CA',
			zipFormat: 'usps',
		});
	});
});
