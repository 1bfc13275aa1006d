import { autoMapHeaders } from '../../../lib/map/autoMapHeaders';
import { getSchema } from '../../../lib/schema/getSchema';
import { mapTable } from '../../../lib/pipeline/mapTable';

const contacts = getSchema('contacts');
const headers = ['Who', 'Given', 'Reach'];
const sample = [{ Who: 'Lovelace', Given: 'Ada', Reach: 'ada@example.com' }];

describe('mapTable', () => {
	it('maps automatically without a profile, as autoMapHeaders does', () => {
		expect(mapTable(headers, sample, contacts, undefined)).toEqual(
			autoMapHeaders(headers, contacts, { sampleRows: sample }),
		);
	});

	it('follows a profile for the headers it names, even when it shares few with the file', () => {
		// one header of six in common: too few for the mapper to reuse the profile by itself
		const profile = {
			version: 1 as const,
			columns: [
				{ header: 'Who', field: 'lastName' },
				{ header: 'Matter', field: null },
				{ header: 'Office', field: null },
				{ header: 'Fee', field: null },
			],
		};
		const mapping = mapTable(headers, sample, contacts, profile);
		expect(mapping.columns.map((c) => [c.header, c.field, c.reason])).toEqual([
			['Who', 'lastName', 'from the saved profile'],
			['Given', 'firstName', expect.any(String)],
			['Reach', 'email', expect.any(String)],
		]);
		expect(mapping.missingRequired).toEqual([]);
	});

	it('leaves a column unmapped where the profile says so', () => {
		const profile = {
			version: 1 as const,
			columns: [
				{ header: 'Who', field: 'lastName' },
				{ header: 'Given', field: 'firstName' },
				{ header: 'Reach', field: null },
			],
		};
		const mapping = mapTable(headers, sample, contacts, profile);
		expect(mapping.columns.map((c) => [c.header, c.field])).toEqual([
			['Who', 'lastName'],
			['Given', 'firstName'],
			['Reach', null],
		]);
	});

	it('throws for a profile that names a field the schema lacks', () => {
		const profile = { version: 1 as const, columns: [{ header: 'Who', field: 'shoeSize' }] };
		expect(() => mapTable(headers, sample, contacts, profile)).toThrow(
			expect.objectContaining({ code: 'MAP_INVALID_OPTION' }),
		);
	});
});
