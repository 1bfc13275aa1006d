import { getSchema } from '../../../lib';
import { expectedKinds, fieldsForKind } from '../../../lib/map/fieldKinds';
import type { FieldDef, Schema } from '../../../lib/schema/types';
import type { ColumnSniff } from '../../../lib/map/types';

const field = (def: Partial<FieldDef>): FieldDef =>
	({ key: 'x', label: 'X', type: 'string', required: false, ...def }) as FieldDef;
const sniff = (kind: ColumnSniff['kind']): ColumnSniff => ({
	kind,
	share: 1,
	count: 10,
	shares: {},
});
const schema = (fields: Array<Partial<FieldDef>>): Schema =>
	({ name: 's', fields: fields.map(field), requiredAnyOf: [] }) as unknown as Schema;

describe('expectedKinds', () => {
	it('reads a field’s valueKinds, with the kinds its values may also look like', () => {
		expect(expectedKinds(field({ valueKinds: ['zip'] }))).toEqual(['zip', 'number']);
		expect(expectedKinds(field({ valueKinds: ['fullAddress'] }))).toEqual([
			'fullAddress',
			'street',
		]);
		expect(expectedKinds(field({ valueKinds: ['country'] }))).toEqual(['country', 'state']);
		expect(expectedKinds(field({ valueKinds: ['fullName'] }))).toEqual(['fullName']);
	});

	it('falls back to the field’s type, and knows nothing of a plain text field', () => {
		expect(expectedKinds(field({ type: 'boolean' }))).toEqual(['boolean', 'number']);
		expect(expectedKinds(field({ type: 'datetime' }))).toEqual(['date']);
		expect(expectedKinds(field({ type: 'string' }))).toBeUndefined();
	});

	it('gives the built-in fields the kinds they had by key', () => {
		const clients = getSchema('clients');
		const of = (key: string) =>
			expectedKinds(clients.fields.find((f) => f.key === key) as FieldDef);
		expect(of('street')).toEqual(['street', 'fullAddress']);
		expect(of('fullName')).toEqual(['fullName']);
		expect(of('email2')).toEqual(['email']);
		expect(of('notes')).toBeUndefined();
	});
});

describe('fieldsForKind', () => {
	it('lists the fields taking a kind in schema order, each later one 0.05 less sure', () => {
		expect(fieldsForKind(getSchema('clients'), sniff('email'))).toEqual([
			['email', 0.9],
			['email2', 0.85],
		]);
	});

	it('points a kind at a custom field flagged with it', () => {
		expect(
			fieldsForKind(schema([{ key: 'home', valueKinds: ['fullAddress'] }]), sniff('fullAddress')),
		).toEqual([['home', 0.85]]);
	});

	it('points dates only at a schema’s one date field', () => {
		expect(fieldsForKind(getSchema('clients'), sniff('date'))).toEqual([['dateOfBirth', 0.6]]);
		expect(fieldsForKind(getSchema('cases'), sniff('date'))).toEqual([]);
	});

	it('points numbers, yes/no values and text nowhere', () => {
		const s = schema([
			{ key: 'n', type: 'number' },
			{ key: 'b', type: 'boolean' },
		]);
		expect(fieldsForKind(s, sniff('number'))).toEqual([]);
		expect(fieldsForKind(s, sniff('boolean'))).toEqual([]);
		expect(fieldsForKind(s, sniff('text'))).toEqual([]);
	});
});
