import { IntakeError } from '../../../lib/errors';
import { splitAddress } from '../../../lib/normalize/splitAddress';
import { ADDRESS_KEYS, loadAddressCases, partsMatch, describeCorpus } from '../../helpers/corpus';

describe('splitAddress', () => {
	describe('US addresses', () => {
		it('splits with and without commas', () => {
			const expected = { street: '123 Main St', city: 'Springfield', state: 'IL', zip: '62704' };
			expect(splitAddress('123 Main St, Springfield, IL 62704')).toEqual(expected);
			expect(splitAddress('123 Main St Springfield IL 62704')).toEqual(expected);
		});
		it('puts units in unit', () => {
			expect(splitAddress('123 Main St Apt 4B, Springfield, IL 62704')).toMatchObject({
				street: '123 Main St',
				unit: 'Apt 4B',
				city: 'Springfield',
			});
			expect(splitAddress('500 Market St Suite 200 Philadelphia PA 19106')).toMatchObject({
				street: '500 Market St',
				unit: 'Suite 200',
				city: 'Philadelphia',
			});
			expect(splitAddress('12 Elm St #5 Boston MA 02110')).toMatchObject({
				street: '12 Elm St',
				unit: '#5',
				city: 'Boston',
				zip: '02110',
			});
			expect(splitAddress('9 Oak Ave Unit C, Portland, OR 97201')).toMatchObject({
				street: '9 Oak Ave',
				unit: 'Unit C',
				city: 'Portland',
				state: 'OR',
			});
		});
		it('keeps ZIP+4, leading zeros and the street wording', () => {
			expect(splitAddress('1600 Pennsylvania Avenue NW, Washington, DC 20500-0003')).toEqual({
				street: '1600 Pennsylvania Avenue NW',
				city: 'Washington',
				state: 'DC',
				zip: '20500-0003',
			});
			expect(splitAddress('1 Main Street, Boston, MA 02110')?.zip).toBe('02110');
		});
		it('keeps the ZIP as written, or in USPS form with a dropped leading zero restored', () => {
			expect(splitAddress('1 Main St, Boston, MA 2110')).toMatchObject({
				state: 'MA',
				zip: '2110',
			});
			expect(splitAddress('1 Main St, Boston, MA 2110', { zipFormat: 'usps' })).toMatchObject({
				state: 'MA',
				zip: '02110',
			});
			expect(
				splitAddress('31 Willow Hill Saint Louis MO 631242055', { zipFormat: 'usps' })?.zip,
			).toBe('63124-2055');
			expect(splitAddress('31 Willow Hill Saint Louis MO 631242055')?.zip).toBe('631242055');
		});
		it('turns full state names into USPS codes', () => {
			expect(splitAddress('1 Main St, Chicago, Illinois 60601')).toMatchObject({
				city: 'Chicago',
				state: 'IL',
			});
			expect(splitAddress('503 Belmont Circle Wake Forest, North Carolina 27587')).toMatchObject({
				street: '503 Belmont Circle',
				city: 'Wake Forest',
				state: 'NC',
			});
		});
		it('keeps PO boxes in street', () => {
			expect(splitAddress('PO Box 123, Austin, TX 78701')).toEqual({
				street: 'PO Box 123',
				city: 'Austin',
				state: 'TX',
				zip: '78701',
			});
			expect(splitAddress('P.O. Box 42 Salt Lake City UT 84101')).toEqual({
				street: 'P.O. Box 42',
				city: 'Salt Lake City',
				state: 'UT',
				zip: '84101',
			});
		});
		it('finds multi-word cities without commas', () => {
			expect(splitAddress('4108 Marsielle St Louis MO 63129')).toMatchObject({
				street: '4108 Marsielle',
				city: 'St Louis',
			});
			expect(splitAddress('23485 Western Ave Park Forest IL 60466')).toMatchObject({
				street: '23485 Western Ave',
				city: 'Park Forest',
			});
		});
		it('reads a trailing country', () => {
			expect(splitAddress('742 Evergreen Terrace, Salt Lake City, UT 84101, USA')).toEqual({
				street: '742 Evergreen Terrace',
				city: 'Salt Lake City',
				state: 'UT',
				zip: '84101',
				country: 'US',
			});
		});
		it('keeps a recipient line apart from the street', () => {
			expect(
				splitAddress(
					'Office of General Counsel, 820 N. Michigan Avenue, Suite 750, Chicago, IL 60611',
				),
			).toEqual({
				recipient: 'Office of General Counsel',
				street: '820 N. Michigan Avenue',
				unit: 'Suite 750',
				city: 'Chicago',
				state: 'IL',
				zip: '60611',
			});
		});
		it('reads a multi-line label: recipient lines, the street, and the country named twice', () => {
			expect(
				splitAddress(
					'JASON SCHEYDER\n VALIANT PAYROLL SERVICE\n 110 CROSSWAYS PARK DRIVE\n\n WOODBURY NY 11797\n UNITED STATES US',
				),
			).toEqual({
				recipient: 'JASON SCHEYDER, VALIANT PAYROLL SERVICE',
				street: '110 CROSSWAYS PARK DRIVE',
				city: 'WOODBURY',
				state: 'NY',
				zip: '11797',
				country: 'US',
			});
			expect(
				splitAddress('1301 Bertha Howe Ave # 6 attn Desert Valley Ent Mesquite NV 89027'),
			).toEqual({
				street: '1301 Bertha Howe Ave',
				unit: '# 6',
				recipient: 'attn Desert Valley Ent',
				city: 'Mesquite',
				state: 'NV',
				zip: '89027',
			});
			expect(splitAddress('customer # 55-0037082 lock box 427 jamison pa 18929')).toEqual({
				recipient: 'customer # 55-0037082',
				street: 'lock box 427',
				city: 'jamison',
				state: 'PA',
				zip: '18929',
			});
		});
		it('tells a name from a street, and keeps words after a unit apart', () => {
			expect(splitAddress('Budd Insurance Agency Coldwater MI 49036')).toEqual({
				recipient: 'Budd Insurance Agency',
				city: 'Coldwater',
				state: 'MI',
				zip: '49036',
			});
			expect(splitAddress('Broadway')).toEqual({ street: 'Broadway' });
			expect(splitAddress('1320 Webster chiago il 60622')).toEqual({
				street: '1320 Webster',
				city: 'chiago',
				state: 'IL',
				zip: '60622',
			});
			expect(splitAddress('1800 M Street, NW North Tower, Ste. 700, Washington, DC 20036')).toEqual(
				{
					street: '1800 M Street, NW',
					unit: 'North Tower Ste. 700',
					city: 'Washington',
					state: 'DC',
					zip: '20036',
				},
			);
			expect(
				splitAddress('3590 south state road 7 suite 28 reference division miramar fl 33023'),
			).toEqual({
				street: '3590 south state road 7',
				unit: 'suite 28',
				recipient: 'reference division',
				city: 'miramar',
				state: 'FL',
				zip: '33023',
			});
			expect(splitAddress('Mile K Beach Road # 1, Kenai, AK 99611')).toMatchObject({
				street: 'Mile K Beach Road # 1',
				city: 'Kenai',
			});
			expect(splitAddress('1120 15th street, af 1025 augusta ga 30912')).toMatchObject({
				street: '1120 15th street',
				unit: 'af 1025',
				city: 'augusta',
			});
		});
		it('keeps lockboxes on the street line, and a second box as a unit', () => {
			expect(splitAddress('6000 Feldwood Rd lockbox # 402605 College Park GA 30349')).toMatchObject(
				{ street: '6000 Feldwood Rd lockbox # 402605', city: 'College Park' },
			);
			expect(splitAddress('p.o. box 850001 box # 0123 orlando fl 32885')).toMatchObject({
				street: 'p.o. box 850001',
				unit: 'box # 0123',
				city: 'orlando',
			});
		});
		it('tells the city from the state written with it', () => {
			expect(splitAddress('Alesia Hixenbaugh 9 Front St Washington DC 20001')).toEqual({
				recipient: 'Alesia Hixenbaugh',
				street: '9 Front St',
				city: 'Washington',
				state: 'DC',
				zip: '20001',
			});
			expect(splitAddress('101 e market st unit 17771 ca long beach 90807-9191')).toEqual({
				street: '101 e market st',
				unit: 'unit 17771',
				city: 'long beach',
				state: 'CA',
				zip: '90807-9191',
			});
			expect(splitAddress('2153 WEALTHY S E E GRAND RAPIDS, MI 49506')).toMatchObject({
				street: '2153 WEALTHY S E',
				city: 'E GRAND RAPIDS',
			});
			expect(splitAddress('601 SLIGH BLVD N E GRAND RAPIDS, MI 49505')).toMatchObject({
				street: '601 SLIGH BLVD N E',
				city: 'GRAND RAPIDS',
			});
		});
	});

	describe('positional layout', () => {
		it('reads text with no comma by its shape even in the positional layout', () => {
			expect(
				splitAddress('Unter den Linden 77 / 10117 Berlin / DE', { layout: 'positional' }),
			).toEqual({ street: 'Unter den Linden 77', city: 'Berlin', zip: '10117', country: 'DE' });
			expect(splitAddress('123 Main St', { layout: 'positional' })).toEqual({
				street: '123 Main St',
			});
		});
		it('reads empty positions left to right', () => {
			expect(splitAddress(',Denver,CO,80202')).toEqual({
				city: 'Denver',
				state: 'CO',
				zip: '80202',
			});
			expect(splitAddress(',,CO,80202')).toEqual({ state: 'CO', zip: '80202' });
			expect(splitAddress(',,,80202')).toEqual({ zip: '80202' });
			expect(
				splitAddress('1 Main St Apt 2,Denver,Colorado,80202,USA', { layout: 'positional' }),
			).toEqual({
				street: '1 Main St',
				unit: 'Apt 2',
				city: 'Denver',
				state: 'CO',
				zip: '80202',
				country: 'US',
			});
		});
	});

	describe('other countries', () => {
		it("splits a UK address by Royal Mail's layout, the country named", () => {
			expect(splitAddress('10 Downing St, London SW1A 2AA, United Kingdom')).toEqual({
				street: '10 Downing St',
				city: 'London',
				zip: 'SW1A 2AA',
				country: 'GB',
			});
		});
		it('splits "street number, postcode city" for another default country', () => {
			expect(splitAddress('Hauptstr. 5, 10115 Berlin', { defaultCountry: 'DE' })).toEqual({
				street: 'Hauptstr. 5',
				city: 'Berlin',
				zip: '10115',
			});
		});
		it('reads the example of the issue: slashes as lines, a code alone as the country', () => {
			expect(splitAddress('Unter den Linden 77 / 10117 Berlin / DE')).toEqual({
				street: 'Unter den Linden 77',
				city: 'Berlin',
				zip: '10117',
				country: 'DE',
			});
		});
		it('splits a Canadian address with or without commas', () => {
			expect(splitAddress('123 Main St, Toronto, ON M5V 3L9')).toEqual({
				street: '123 Main St',
				city: 'Toronto',
				state: 'ON',
				zip: 'M5V 3L9',
			});
			expect(splitAddress('123 Main St Toronto ON  M5V 3L9, Canada')).toEqual({
				street: '123 Main St',
				city: 'Toronto',
				state: 'ON',
				zip: 'M5V 3L9',
				country: 'CA',
			});
		});
		it('keeps whole an address of a country whose layout it does not know', () => {
			expect(splitAddress('1-1 Chiyoda, Chiyoda-ku, Tokyo 100-8111, Japan')).toEqual({
				street: '1-1 Chiyoda, Chiyoda-ku, Tokyo 100-8111',
				country: 'JP',
			});
		});
		it('keeps whole what has no US state or ZIP and is written as no US address is', () => {
			expect(splitAddress('Piazza Navona 1, Roma')).toEqual({ street: 'Piazza Navona 1, Roma' });
			expect(splitAddress('Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200')).toEqual({
				street: 'Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200',
			});
			expect(splitAddress('Avenida Paulista 1578, São Paulo - SP, 01310-200, Brasil')).toEqual({
				street: 'Avenida Paulista 1578, São Paulo - SP, 01310-200',
				country: 'BR',
			});
		});
		it('reads a city-state after its postcode as the city, not the country', () => {
			expect(splitAddress('2, rue de la Reine, L-2418 Luxembourg')).toEqual({
				street: '2, rue de la Reine',
				city: 'Luxembourg',
				zip: '2418',
				country: 'LU',
			});
		});
		it('keeps reading "…, Dover, DE" as Delaware', () => {
			expect(splitAddress('123 Main St, Dover, DE')).toEqual({
				street: '123 Main St',
				city: 'Dover',
				state: 'DE',
			});
		});
	});

	describe('bad input', () => {
		it('returns undefined for empty input and throws only for bad options', () => {
			expect(splitAddress('')).toBeUndefined();
			expect(splitAddress('  , ')).toBeUndefined();
			expect(splitAddress(null as unknown as string)).toBeUndefined();
			expect(() => splitAddress('x', { layout: 'grid' as 'auto' })).toThrow(IntakeError);
			expect(() => splitAddress('x', { defaultCountry: 'USA' })).toThrow(/defaultCountry/);
			expect(() => splitAddress('x', { zipFormat: 'zip5' as 'usps' })).toThrow(/zipFormat/);
		});
	});

	describeCorpus('corpus', () => {
		it('gets at least 94.5% of the usaddress cases with city, state and ZIP exactly right', () => {
			const cases = loadAddressCases();
			const right = cases.filter((c) =>
				partsMatch(c.expected, splitAddress(c.input) as Record<string, string>, ADDRESS_KEYS),
			).length;
			expect(cases.length).toBe(995);
			expect(right / cases.length).toBeGreaterThanOrEqual(0.945);
		});
	});
});
