import { transformRecords, type MappingLike } from '../../../../lib';

const map = (pairs: Record<string, string>): MappingLike => ({
	columns: Object.entries(pairs).map(([header, field]) => ({ header, field })),
});

describe('fillParts', () => {
	it('fills the parts a row left blank from the split', () => {
		const result = transformRecords(
			[{ Name: 'Anna Kowalski', Address: 'Friedrichstraße 123, 10117 Berlin, DE' }],
			map({ Name: 'fullName', Address: 'fullAddress' }),
			'clients',
		);
		expect(result.rows[0].record).toMatchObject({
			firstName: 'Anna',
			lastName: 'Kowalski',
			street: 'Friedrichstraße 123',
			zip: '10117',
			city: 'Berlin',
		});
	});

	it('keeps a part its own column gave, and warns where the split says otherwise', () => {
		const result = transformRecords(
			[
				{
					Name: 'Anna Kowalski',
					Address: 'Friedrichstraße 123, 10117 Berlin, DE',
					ZIP: '10231',
					City: 'berlin',
				},
			],
			map({ Name: 'fullName', Address: 'fullAddress', ZIP: 'zip', City: 'city' }),
			'clients',
		);
		const row = result.rows[0];
		expect(row.status).toBe('valid');
		expect(row.record).toMatchObject({
			zip: '10231',
			city: 'berlin',
			street: 'Friedrichstraße 123',
		});
		// the city differs only in case: no warning; the ZIP differs
		expect(row.issues.map((i) => [i.field, i.code, i.severity, i.value])).toEqual([
			['zip', 'VALUE_CONFLICT', 'warning', '10117'],
		]);
		expect(row.issues[0].message).toBe(
			'Column "ZIP" holds "10231", but Column "Address" gives ZIP as "10117"; "10231" was kept. Check which is right.',
		);
	});
});
