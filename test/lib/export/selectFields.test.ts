import { selectFields } from '../../../lib/export/selectFields';

describe('selectFields', () => {
	it('returns picked, renamed, nested fields in the order asked', () => {
		expect(
			selectFields(
				[{ email: 'a@example.com', client: { name: 'Acme' } }, { email: 'b@example.com' }],
				['client.name:Client', 'email:Email Address'],
			),
		).toEqual({
			headers: ['Client', 'Email Address'],
			paths: ['client.name', 'email'],
			rows: [
				['Acme', 'a@example.com'],
				[undefined, 'b@example.com'],
			],
		});
	});

	it('returns every top-level field in first-seen order without fields', () => {
		expect(selectFields([{ a: 1 }, { b: 2, a: 3 }]).headers).toEqual(['a', 'b']);
	});

	it('throws EXPORT_UNKNOWN_FIELD naming the fields that exist, and reads no prototype', () => {
		expect(() =>
			selectFields([{ name: 'x', client: { id: 1 } }], ['constructor', 'toString']),
		).toThrow(
			expect.objectContaining({
				code: 'EXPORT_UNKNOWN_FIELD',
				message: expect.stringContaining(
					'Fields "constructor", "toString" are in no record. Fields that exist: name, client, client.id',
				),
			}),
		);
	});
});
