import { defineSchema, transformRecords } from '../../../lib';
import { knownFieldFlags } from '../../../lib/schema/knownFieldFlags';

describe('knownFieldFlags', () => {
	it('gives a custom email field the built-in one’s kind and overflow when Email 2 exists', () => {
		expect(knownFieldFlags({ key: 'email', type: 'email' }, new Set(['email', 'email2']))).toEqual({
			valueKinds: ['email'],
			overflowTo: 'email2',
		});
		expect(knownFieldFlags({ key: 'email', type: 'email' }, new Set(['email']))).toEqual({
			valueKinds: ['email'],
		});
	});

	it('splits a custom full name into only the name parts the schema has', () => {
		const keys = new Set(['fullName', 'firstName', 'lastName']);
		expect(knownFieldFlags({ key: 'fullName', type: 'string' }, keys)).toEqual({
			splitsInto: ['firstName', 'lastName'],
			valueKinds: ['fullName'],
		});
		// no part at all: no split, so the text is kept, not thrown away
		expect(knownFieldFlags({ key: 'fullName', type: 'string' }, new Set(['fullName']))).toEqual({
			valueKinds: ['fullName'],
		});
	});

	it('keeps notes multiline and leaves alone a field that says for itself or has another type', () => {
		expect(knownFieldFlags({ key: 'notes', type: 'string' }, new Set(['notes']))).toEqual({
			multiline: true,
		});
		expect(
			knownFieldFlags({ key: 'notes', type: 'string', multiline: false }, new Set(['notes'])),
		).toBeUndefined();
		expect(knownFieldFlags({ key: 'zip', type: 'number' }, new Set(['zip']))).toBeUndefined();
		expect(knownFieldFlags({ key: 'matterType', type: 'string' }, new Set())).toBeUndefined();
	});
});

describe('a custom schema keyed like the built-ins behaves as they do', () => {
	const schema = defineSchema({
		name: 'people',
		fields: [
			{ key: 'fullName', type: 'string' },
			{ key: 'firstName', type: 'string' },
			{ key: 'lastName', type: 'string' },
			{ key: 'email', type: 'email' },
			{ key: 'email2', type: 'email' },
			{ key: 'notes', type: 'string' },
		],
	});

	it('splits the full name, sends a second email to Email 2 and keeps the notes’ lines', () => {
		const mapping = {
			columns: [
				{ header: 'Name', field: 'fullName' },
				{ header: 'Mail', field: 'email' },
				{ header: 'Notes', field: 'notes' },
			],
		};
		const out = transformRecords(
			[{ Name: 'Ada Lovelace', Mail: 'ada@example.com; ada@lovelace.org', Notes: 'one\ntwo' }],
			mapping,
			schema,
		);
		expect(out.rows[0].record).toEqual({
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			email2: 'ada@lovelace.org',
			notes: 'one\ntwo',
		});
		expect(schema.fields.find((f) => f.key === 'fullName')?.inputOnly).toBe(true);
	});
});
