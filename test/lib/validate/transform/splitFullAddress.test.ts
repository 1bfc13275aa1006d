import { transformRecords, type MappingLike, type RecordIssue } from '../../../../lib';

const map = (pairs: Record<string, string>): MappingLike => ({
	columns: Object.entries(pairs).map(([header, field]) => ({ header, field })),
});
const codes = (issues: RecordIssue[]) => issues.map((i) => `${i.field}:${i.code}:${i.severity}`);

/** One client row with the address given, read through transformRecords. */
function readAddress(
	address: string,
	options: { addressLayout?: 'auto' | 'positional' } = {},
	country?: string,
) {
	const row: Record<string, string> = { First: 'Ann', Last: 'Lee', Address: address };
	const columns: Record<string, string> = {
		First: 'firstName',
		Last: 'lastName',
		Address: 'fullAddress',
	};
	if (country !== undefined) {
		row.Country = country;
		columns.Country = 'country';
	}
	const result = transformRecords([row], map(columns), 'clients', options).rows[0];
	const parts = { ...result.record };
	delete parts.firstName;
	delete parts.lastName;
	return { address: parts, issues: codes(result.issues) };
}

describe('splitFullAddress', () => {
	describe('the positional layout', () => {
		it.each([
			[',Denver,CO,80202', { city: 'Denver', state: 'CO', zip: '80202' }],
			[',,CO,80202', { state: 'CO', zip: '80202' }],
			[',,,80202', { zip: '80202' }],
			['123 Main St,,,', { street: '123 Main St' }],
		])('fills exactly the parts of %j, nothing else, with no issue', (text, parts) => {
			const read = readAddress(text, { addressLayout: 'positional' });
			expect(read.address).toEqual(parts);
			expect(read.issues).toEqual([]);
		});
		it('reads empty positions positionally in the auto layout too', () => {
			expect(readAddress(',Denver,CO,80202').address).toEqual({
				city: 'Denver',
				state: 'CO',
				zip: '80202',
			});
			expect(readAddress('123 Main St,,,').issues).toEqual([]);
		});
		it('reads a street alone as the street when the layout is positional', () => {
			const read = readAddress('123 Main St', { addressLayout: 'positional' });
			expect(read.address).toEqual({ street: '123 Main St' });
			expect(read.issues).toEqual([]);
		});
	});

	describe('a US address', () => {
		it('fills street, unit, city, state and ZIP', () => {
			expect(readAddress('123 Main St Apt 4B, Springfield, IL 62704').address).toEqual({
				street: '123 Main St',
				unit: 'Apt 4B',
				city: 'Springfield',
				state: 'IL',
				zip: '62704',
			});
		});
		it('fills a city and state written without a street', () => {
			const read = readAddress('Denver, CO');
			expect(read.address).toEqual({ city: 'Denver', state: 'CO' });
			expect(read.issues).toEqual([]);
		});
	});

	describe('an address of another country', () => {
		it('splits the example of the issue into its own parts, the country included', () => {
			const read = readAddress('Unter den Linden 77 / 10117 Berlin / DE');
			expect(read.address).toEqual({
				street: 'Unter den Linden 77',
				city: 'Berlin',
				zip: '10117',
				country: 'DE',
			});
			expect(read.issues).toEqual([]);
		});
		it('takes the country from the row when the address names none', () => {
			const read = readAddress('Hauptstr. 5, 10115 Berlin', {}, 'Germany');
			expect(read.address).toEqual({
				street: 'Hauptstr. 5',
				city: 'Berlin',
				zip: '10115',
				country: 'Germany',
			});
		});
		it('keeps whole, with a warning naming the country, a layout it does not split', () => {
			const read = readAddress('1-1 Chiyoda, Chiyoda-ku, Tokyo 100-8111, Japan');
			expect(read.address).toEqual({
				street: '1-1 Chiyoda, Chiyoda-ku, Tokyo 100-8111, Japan',
				country: 'JP',
			});
			expect(read.issues).toEqual(['fullAddress:ADDRESS_NOT_SPLIT:warning']);
		});
		it('never reads a row of another country as a US address', () => {
			const read = readAddress('Chome 3-2-1, Sapporo 060-0001', {}, 'JP');
			expect(read.address).toEqual({ street: 'Chome 3-2-1, Sapporo 060-0001', country: 'JP' });
			expect(read.issues).toEqual(['fullAddress:ADDRESS_NOT_SPLIT:warning']);
		});
	});

	describe('text that is no address', () => {
		it('keeps it whole as the street with a warning', () => {
			const read = readAddress('somewhere nice');
			expect(read.address).toEqual({ street: 'somewhere nice' });
			expect(read.issues).toEqual(['fullAddress:ADDRESS_NOT_SPLIT:warning']);
		});
	});
});
