import { IntakeError } from '../../../lib/errors';
import { defineSchema, getSchema } from '../../../lib/schema';

describe('getSchema', () => {
	it('has the canonical keys of clients, contacts and cases', () => {
		const clients = getSchema('clients');
		expect(clients.fields.map((f) => f.key)).toEqual([
			'fullName',
			'title',
			'firstName',
			'middleName',
			'lastName',
			'suffix',
			'nickname',
			'company',
			'jobTitle',
			'email',
			'email2',
			'phone',
			'mobilePhone',
			'homePhone',
			'workPhone',
			'fax',
			'fullAddress',
			'street',
			'unit',
			'city',
			'state',
			'zip',
			'country',
			'dateOfBirth',
			'notes',
		]);
		expect(clients.fields.filter((f) => f.required).map((f) => f.key)).toEqual([
			'firstName',
			'lastName',
		]);
		expect(clients.fields.filter((f) => f.inputOnly).map((f) => f.key)).toEqual([
			'fullName',
			'fullAddress',
		]);
		expect(clients.requiredAnyOf).toEqual([['firstName', 'lastName'], ['fullName']]);
		expect(getSchema('contacts').requiredAnyOf).toEqual([
			['firstName', 'lastName'],
			['fullName'],
			['company'],
		]);
		expect(
			getSchema('cases')
				.fields.filter((f) => f.required)
				.map((f) => f.key),
		).toEqual(['caseName', 'caseType', 'clientName']);
		expect(getSchema('cases').fields.find((f) => f.key === 'clientPhone')?.type).toBe('phone');
	});
	it('refuses other names, prototype names included', () => {
		expect(() => getSchema('matters' as 'cases')).toThrow(IntakeError);
		expect(() => getSchema('__proto__' as 'cases')).toThrow(/No built-in schema/);
		expect(() => getSchema('toString' as 'cases')).toThrow(/No built-in schema/);
	});
});

describe('defineSchema', () => {
	it('extends a built-in with custom fields, which join its requirement', () => {
		const schema = defineSchema({
			name: 'intake',
			extends: 'clients',
			fields: [
				{
					key: 'matterType',
					type: 'enum',
					values: ['PI', 'Family'],
					required: true,
					synonyms: ['Practice Area'],
					default: 'PI',
				},
				{ key: 'retainer', type: 'number', label: 'Retainer ($)' },
			],
		});
		expect(schema.fields).toHaveLength(27);
		expect(schema.fields[25]).toEqual({
			key: 'matterType',
			label: 'matterType',
			type: 'enum',
			required: true,
			inputOnly: false,
			synonyms: ['Practice Area'],
			values: ['PI', 'Family'],
			default: 'PI',
		});
		expect(schema.fields[26]).toMatchObject({
			key: 'retainer',
			label: 'Retainer ($)',
			type: 'number',
			required: false,
		});
		expect(schema.requiredAnyOf).toEqual([
			['firstName', 'lastName', 'matterType'],
			['fullName', 'matterType'],
		]);
		expect(Object.isFrozen(schema.fields)).toBe(true);
	});
	it('builds a schema of custom fields alone', () => {
		const schema = defineSchema({
			name: 'vendors',
			fields: [
				{ key: 'vendorName', type: 'string', required: true },
				{ key: 'active', type: 'boolean', default: true },
			],
		});
		expect(schema.requiredAnyOf).toEqual([['vendorName']]);
	});
	it('reads a text default of a number or boolean field, as a parameter form gives it', () => {
		const schema = defineSchema({
			name: 'x',
			fields: [
				{ key: 'n', type: 'number', default: '42' },
				{ key: 'yes', type: 'boolean', default: ' Yes' },
				{ key: 'no', type: 'boolean', default: 'unchecked' },
				{ key: 'text', type: 'string', default: '42' },
			],
		});
		expect(schema.fields.map((f) => f.default)).toEqual([42, true, false, '42']);
	});
	it.each([
		[
			{ name: 'x', fields: [{ key: '__proto__', type: 'string' }] },
			/Invalid field key "__proto__"/,
		],
		[{ name: 'x', fields: [{ key: 'constructor', type: 'string' }] }, /reserved/],
		[{ name: 'x', fields: [{ key: 'first name', type: 'string' }] }, /Invalid field key/],
		[{ name: 'x', extends: 'clients', fields: [{ key: 'email', type: 'email' }] }, /defined twice/],
		[{ name: 'x', fields: [{ key: 'kind', type: 'enum' }] }, /non-empty list/],
		[
			{ name: 'x', fields: [{ key: 'kind', type: 'enum', values: ['a'], default: 'b' }] },
			/not one of its values/,
		],
		[{ name: 'x', fields: [{ key: 'n', type: 'number', default: 'five' }] }, /expected a number/],
		[
			{ name: 'x', fields: [{ key: 'b', type: 'boolean', default: 'maybe' }] },
			/expected a boolean/,
		],
		[{ name: 'x', fields: [{ key: 'n', type: 'number', default: ' ' }] }, /expected a number/],
		[{ name: 'x', fields: [{ key: 'n', type: 'decimal' }] }, /Invalid type of field `n`/],
		[{ name: 'x', fields: [] }, /no fields/],
		[{ name: '', fields: [{ key: 'a', type: 'string' }] }, /needs a name/],
		[{ name: 'x', extends: 'matters', fields: [] }, /extends/],
		[
			{ name: 'x', fields: [{ key: 'a', type: 'string' }], requiredAnyOf: [['b']] },
			/requiredAnyOf/,
		],
	])('refuses a bad spec with SCHEMA_INVALID (%#)', (spec, message) => {
		let error: unknown;
		try {
			defineSchema(spec as never);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(IntakeError);
		expect((error as IntakeError).code).toBe('SCHEMA_INVALID');
		expect((error as IntakeError).message).toMatch(message);
	});
});
