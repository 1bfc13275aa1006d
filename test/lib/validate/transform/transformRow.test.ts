import { defineSchema } from '../../../../lib/schema/defineSchema';
import type { Schema } from '../../../../lib/schema/types';
import { decideDateOrders } from '../../../../lib/validate/transform/dateOrders';
import { makePlan } from '../../../../lib/validate/transform/plan';
import { transformRow } from '../../../../lib/validate/transform/transformRow';
import type { MappingLike, TransformOptions } from '../../../../lib/validate/types';

const map = (pairs: Record<string, string>): MappingLike => ({
	columns: Object.entries(pairs).map(([header, field]) => ({ header, field })),
});

function run(
	source: Record<string, unknown>,
	pairs: Record<string, string>,
	schema: string | Schema,
	options?: TransformOptions,
) {
	const plan = makePlan(map(pairs), schema, options);
	decideDateOrders(plan, [source]);
	return transformRow(source, 0, plan, new Map());
}

const codes = (result: ReturnType<typeof run>) =>
	result.issues.map((i) => `${i.field}:${i.code}:${i.severity}`);

describe('transformRow: the stages of one row', () => {
	it('numbers the row from its own row field, else from the first data row', () => {
		expect(run({ _row: 17, A: 'x' }, { A: 'company' }, 'contacts').row).toBe(17);
		expect(run({ A: 'x' }, { A: 'company' }, 'contacts', { firstRowNumber: 5 }).row).toBe(5);
	});
	it('skips a blank row, or reports it when asked', () => {
		expect(run({ A: ' ' }, { A: 'company' }, 'contacts')).toMatchObject({
			status: 'skipped',
			skipReason: 'the row is empty',
		});
		expect(codes(run({ A: '' }, { A: 'company' }, 'contacts', { emptyRows: 'error' }))).toEqual([
			'*:ROW_EMPTY:error',
		]);
	});
	it("skips an import template's notes row", () => {
		const notes = { A: 'REQUIRED · text', B: 'optional · text' };
		expect(run(notes, { A: 'company', B: 'notes' }, 'contacts').status).toBe('skipped');
	});
	it('splits a full name into the parts the row lacks, and names its column when one is missing', () => {
		const result = run({ Name: 'Cher' }, { Name: 'fullName' }, 'clients');
		expect(result.record).toEqual({ firstName: 'Cher' });
		expect(result.issues.find((i) => i.field === 'lastName')?.message).toBe(
			'Last name is required (or give Full name), but column "Name" gave none. Fill it in, or set a default value.',
		);
	});
	it("keeps an address's recipient line in Notes", () => {
		const result = run(
			{ Addr: 'Attn: Billing, 1 Main St, Boston, MA 02110', First: 'A', Last: 'B' },
			{ Addr: 'fullAddress', First: 'firstName', Last: 'lastName' },
			'clients',
		);
		expect(result.record).toMatchObject({ street: '1 Main St', city: 'Boston', zip: '02110' });
		expect(result.record?.notes).toBe('Address recipient: Attn: Billing');
		expect(result.issues[0].message).toMatch(/, added to Notes\.$/);
	});
	it('lifts a title out of the first-name column', () => {
		const result = run({ F: 'Dr. Sam', L: 'Lee' }, { F: 'firstName', L: 'lastName' }, 'clients');
		expect(result.record).toEqual({ title: 'Dr.', firstName: 'Sam', lastName: 'Lee' });
	});
	it('reads yes/no with the one list of words', () => {
		const schema = defineSchema({ name: 'v', fields: [{ key: 'active', type: 'boolean' }] });
		expect(run({ A: 'Checked' }, { A: 'active' }, schema).record).toEqual({ active: true });
		expect(run({ A: 'off' }, { A: 'active' }, schema).record).toEqual({ active: false });
		// spaces kept are part of the value
		expect(codes(run({ A: ' yes' }, { A: 'active' }, schema, { whitespace: 'keep' }))).toEqual([
			'active:BOOLEAN_INVALID:error',
		]);
	});
});

describe('transformRow: custom schemas get the built-in behaviour through the field flags', () => {
	const schema = defineSchema({
		name: 'people',
		fields: [
			{ key: 'person', type: 'string', splitsInto: ['firstName', 'lastName'] },
			{ key: 'firstName', type: 'string', required: true },
			{ key: 'lastName', type: 'string' },
			{ key: 'mail', type: 'email', overflowTo: 'altMail' },
			{ key: 'altMail', type: 'email' },
			{ key: 'other', type: 'email' },
			{ key: 'memo', type: 'string', multiline: true },
		],
	});

	it('splits a compound field into its own parts only', () => {
		const result = run({ P: 'Dr. Ada B. Lovelace' }, { P: 'person' }, schema);
		expect(result.record).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
		expect(result.status).toBe('valid');
	});
	it('sends a second email to the overflowTo field, and refuses it where there is none', () => {
		const both = 'a@example.com; b@example.org';
		const result = run(
			{ M: both, O: both, F: 'A' },
			{ M: 'mail', O: 'other', F: 'firstName' },
			schema,
		);
		expect(result.record).toMatchObject({ mail: 'a@example.com', altMail: 'b@example.org' });
		expect(result.issues.find((i) => i.field === 'mail')?.message).toBe(
			'Column "M" holds two addresses; the second, "b@example.org", went to altMail.',
		);
		expect(codes(result)).toContain('other:VALUE_EXTRA:error');
	});
	it('keeps the line breaks of a multiline field', () => {
		const result = run({ N: 'one\n\n\ntwo  three', F: 'A' }, { N: 'memo', F: 'firstName' }, schema);
		expect(result.record?.memo).toBe('one\n\ntwo three');
	});
});
