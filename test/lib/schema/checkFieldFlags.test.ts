import { IntakeError } from '../../../lib/errors';
import { compoundKindOf } from '../../../lib/schema/compoundKindOf';
import { defineSchema } from '../../../lib/schema/defineSchema';
import { getSchema } from '../../../lib/schema/getSchema';
import type { Schema, ValueKind } from '../../../lib/schema/types';

const NAME_PARTS = ['title', 'firstName', 'middleName', 'lastName', 'suffix', 'nickname'];
const ADDRESS_PARTS = ['street', 'unit', 'city', 'state', 'zip', 'country'];

/** Fields a sniffed kind points at, in order of preference (schema order). */
function fieldsOfKind(schema: Schema, kind: ValueKind): string[] {
	return schema.fields.filter((f) => f.valueKinds?.includes(kind)).map((f) => f.key);
}

function schemaError(run: () => unknown): IntakeError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(IntakeError);
		expect((error as IntakeError).code).toBe('SCHEMA_INVALID');
		return error as IntakeError;
	}
	throw new Error('expected SCHEMA_INVALID');
}

describe('built-in field flags', () => {
	const clients = getSchema('clients');
	const cases = getSchema('cases');
	const field = (schema: Schema, key: string) => schema.fields.find((f) => f.key === key);

	it('marks notes and description multiline, at a spreadsheet cell’s length', () => {
		expect(clients.fields.filter((f) => f.multiline).map((f) => f.key)).toEqual(['notes']);
		expect(cases.fields.filter((f) => f.multiline).map((f) => f.key)).toEqual(['description']);
		expect(field(clients, 'notes')?.maxLength).toBe(32_767);
		expect(field(cases, 'description')?.maxLength).toBe(32_767);
	});
	it('splits full name into the name parts and full address into the address parts', () => {
		expect(field(clients, 'fullName')?.splitsInto).toEqual(NAME_PARTS);
		expect(field(clients, 'fullAddress')?.splitsInto).toEqual(ADDRESS_PARTS);
		expect(field(clients, 'fullAddress')?.maxLength).toBe(1_000);
		expect(field(clients, 'firstName')?.maxLength).toBe(255);
		expect(clients.fields.filter((f) => f.splitsInto).every((f) => f.inputOnly)).toBe(true);
	});
	it('overflows a second email into email2, and nothing else overflows', () => {
		expect(clients.fields.filter((f) => f.overflowTo).map((f) => [f.key, f.overflowTo])).toEqual([
			['email', 'email2'],
		]);
		expect(cases.fields.some((f) => f.overflowTo)).toBe(false);
	});
	it("reproduce the mapper's kind → field table, best first", () => {
		expect(fieldsOfKind(clients, 'email')).toEqual(['email', 'email2']);
		expect(fieldsOfKind(clients, 'phone')).toEqual([
			'phone',
			'mobilePhone',
			'homePhone',
			'workPhone',
			'fax',
		]);
		expect(fieldsOfKind(clients, 'date')).toEqual(['dateOfBirth']);
		expect(fieldsOfKind(clients, 'fullAddress')).toEqual(['fullAddress']);
		expect(fieldsOfKind(clients, 'street')).toEqual(['street']);
		expect(fieldsOfKind(clients, 'zip')).toEqual(['zip']);
		expect(fieldsOfKind(clients, 'state')).toEqual(['state']);
		expect(fieldsOfKind(clients, 'country')).toEqual(['country']);
		expect(fieldsOfKind(clients, 'fullName')).toEqual(['fullName']);
		expect(fieldsOfKind(cases, 'fullName')).toEqual(['clientName']);
		expect(fieldsOfKind(cases, 'email')).toEqual(['clientEmail']);
		expect(fieldsOfKind(cases, 'phone')).toEqual(['clientPhone']);
		expect(fieldsOfKind(cases, 'date')).toEqual([
			'openedDate',
			'closedDate',
			'courtDate',
			'deadline',
		]);
		for (const kind of ['url', 'boolean', 'number', 'text', 'empty'] as const)
			expect(fieldsOfKind(clients, kind)).toEqual([]);
	});
	it('are inherited by a schema that extends a built-in', () => {
		const extended = defineSchema({ name: 'x', extends: 'clients', fields: [] });
		expect(extended.fields).toEqual(clients.fields);
	});
});

describe('custom field flags', () => {
	it('are kept as given', () => {
		const schema = defineSchema({
			name: 'people',
			fields: [
				{ key: 'who', type: 'string', splitsInto: ['firstName', 'lastName'] },
				{ key: 'firstName', type: 'string' },
				{ key: 'lastName', type: 'string' },
				{ key: 'mail', type: 'email', overflowTo: 'mail2' },
				{ key: 'mail2', type: 'email', valueKinds: [] },
				{ key: 'memo', type: 'string', multiline: true },
				{ key: 'place', type: 'string', valueKinds: ['fullAddress', 'street'] },
			],
		});
		const [who, , , mail, mail2, memo, place] = schema.fields;
		expect(who).toMatchObject({ splitsInto: ['firstName', 'lastName'], inputOnly: true });
		expect(who.maxLength).toBe(1_000);
		expect(mail).toMatchObject({ overflowTo: 'mail2', valueKinds: ['email'] });
		expect(mail2.valueKinds).toEqual([]);
		expect(memo).toMatchObject({ multiline: true, maxLength: 32_767 });
		expect(place.valueKinds).toEqual(['fullAddress', 'street']);
	});
	it('default: typed fields take their kind, long text is multiline', () => {
		const schema = defineSchema({
			name: 'misc',
			fields: [
				{ key: 'when', type: 'datetime' },
				{ key: 'tel', type: 'phone' },
				{ key: 'essay', type: 'string', maxLength: 5000 },
				{ key: 'line', type: 'string', maxLength: 500 },
				{ key: 'count', type: 'number' },
			],
		});
		expect(schema.fields.map((f) => f.valueKinds)).toEqual([
			['date'],
			['phone'],
			undefined,
			undefined,
			undefined,
		]);
		expect(schema.fields.map((f) => f.multiline)).toEqual([
			undefined,
			undefined,
			true,
			undefined,
			undefined,
		]);
	});
	it('refuse a splitsInto naming a field the schema lacks', () => {
		const error = schemaError(() =>
			defineSchema({
				name: 'x',
				fields: [{ key: 'who', type: 'string', splitsInto: ['firstName', 'lastName'] }],
			}),
		);
		expect(error.message).toBe(
			'Invalid splitsInto of field `who`: the schema has no field `firstName`',
		);
		expect(error.details).toEqual({ field: 'who' });
	});
	it('refuse a splitsInto mixing name and address parts, or on a non-text field', () => {
		schemaError(() =>
			defineSchema({
				name: 'x',
				extends: 'clients',
				fields: [{ key: 'mixed', type: 'string', splitsInto: ['firstName', 'city'] }],
			}),
		);
		schemaError(() =>
			defineSchema({
				name: 'x',
				extends: 'clients',
				fields: [{ key: 'n', type: 'number', splitsInto: ['firstName'] }],
			}),
		);
		schemaError(() =>
			defineSchema({
				name: 'x',
				fields: [{ key: 'firstName', type: 'string', splitsInto: ['firstName'] }],
			}),
		);
	});
	it('refuse an overflowTo to a missing field, itself, or another type', () => {
		schemaError(() =>
			defineSchema({ name: 'x', fields: [{ key: 'a', type: 'email', overflowTo: 'b' }] }),
		);
		schemaError(() =>
			defineSchema({ name: 'x', fields: [{ key: 'a', type: 'email', overflowTo: 'a' }] }),
		);
		const error = schemaError(() =>
			defineSchema({
				name: 'x',
				fields: [
					{ key: 'a', type: 'email', overflowTo: 'b' },
					{ key: 'b', type: 'phone' },
				],
			}),
		);
		expect(error.details).toEqual({ field: 'a' });
	});
	it('refuse unknown value kinds and a multiline non-text field', () => {
		schemaError(() =>
			defineSchema({
				name: 'x',
				fields: [{ key: 'a', type: 'string', valueKinds: ['postcode' as ValueKind] }],
			}),
		);
		schemaError(() =>
			defineSchema({ name: 'x', fields: [{ key: 'a', type: 'number', multiline: true }] }),
		);
	});
});

describe('compoundKindOf', () => {
	it('names the splitter that gives every part', () => {
		expect(compoundKindOf(['firstName', 'lastName'])).toBe('name');
		expect(compoundKindOf(ADDRESS_PARTS)).toBe('address');
		expect(compoundKindOf(['firstName', 'city'])).toBeUndefined();
		expect(compoundKindOf([])).toBeUndefined();
	});
});
