import { defineSchema } from '../../../../lib/schema/defineSchema';
import { decideDateOrders } from '../../../../lib/validate/transform/dateOrders';
import { makePlan } from '../../../../lib/validate/transform/plan';
import type { MappingLike } from '../../../../lib/validate/types';

const map = (pairs: Record<string, string>): MappingLike => ({
	columns: Object.entries(pairs).map(([header, field]) => ({ header, field })),
});

describe('makePlan', () => {
	it('reads the mapping, fills in the options and prepares the normalizers', () => {
		const plan = makePlan(map({ Tel: 'phone', Name: 'fullName' }), 'clients', {
			phoneCountry: 'gb',
		});
		expect([...plan.columns]).toEqual([
			['phone', 'Tel'],
			['fullName', 'Name'],
		]);
		expect(plan.opts.phoneCountry).toBe('GB');
		expect(plan.opts.whitespace).toBe('collapse');
		expect(plan.normalizePhone('020 7031 3000')).toMatchObject({ e164: '+442070313000' });
		expect(plan.normalizeEmail('a@gmial.com')).toMatchObject({ suggestion: 'a@gmail.com' });
		expect(plan.splitAddress('1 Main St, Boston, MA 02110')).toMatchObject({ city: 'Boston' });
		// the input-only full name counts through its split
		expect(plan.requiredSets).toEqual([['firstName', 'lastName']]);
	});
	it('finds the compound fields by their splitsInto flag, and the notes field', () => {
		const plan = makePlan(map({}), 'clients', undefined);
		expect(plan.compounds.map((c) => [c.field.key, c.kind, c.parts.length])).toEqual([
			['fullName', 'name', 6],
			['fullAddress', 'address', 6],
		]);
		expect(plan.compounds[0].parts[1]).toEqual(['first', 'firstName']);
		expect(plan.notesField?.key).toBe('notes');
		expect(makePlan(map({}), 'cases', undefined).compounds).toEqual([]);
	});
	it('lists the fields with a fixed value, in schema order', () => {
		const plan = makePlan(map({}), 'cases', { fixedValues: { status: 'open', caseType: 'Tax' } });
		expect(plan.fixedFields.map((f) => f.key)).toEqual(['caseType', 'status']);
	});
	it("keeps a custom compound's own parts only", () => {
		const schema = defineSchema({
			name: 'people',
			fields: [
				{ key: 'who', type: 'string', splitsInto: ['lastName', 'firstName'] },
				{ key: 'firstName', type: 'string' },
				{ key: 'lastName', type: 'string' },
			],
		});
		expect(makePlan(map({}), schema, undefined).compounds[0].parts).toEqual([
			['first', 'firstName'],
			['last', 'lastName'],
		]);
	});
	it('checks the schema, options and mapping once, naming what is wrong', () => {
		expect(() => makePlan(map({}), null as never, undefined)).toThrow(
			'Invalid option `schema`: expected a schema name or a schema from defineSchema(), got "object"',
		);
		expect(() => makePlan(map({}), 'clients', { whitespace: 'squash' as never })).toThrow(
			'Invalid option `whitespace`: expected "collapse" or "trim" or "keep", got "squash"',
		);
		expect(() => makePlan(map({ A: 'nope' }), 'clients', undefined)).toThrow(
			'Invalid option `mapping.columns`: expected fields of the schema; column "A" maps to an unknown field, got "nope"',
		);
		expect(() =>
			makePlan(map({}), 'clients', { valueMaps: { state: { Calif: 1n as never } } }),
		).toThrow('Invalid option `valueMaps.state.Calif`');
	});
});

describe('makePlan with typed columns', () => {
	const typed: MappingLike = {
		columns: [
			{ header: 'Tel', field: 'phone' },
			{ header: 'Phone 1 - Type', field: null },
			{ header: 'Phone 1 - Value', field: 'phone', typedBy: 'Phone 1 - Type' },
			{ header: 'Phone 2 - Value', field: 'phone', typedBy: 'Phone 2 - Type' },
			{ header: 'Address 1 - Street', field: 'street', typedBy: 'Address 1 - Type' },
			{ header: 'Organization 1 - Name', field: 'company', typedBy: 'Organization 1 - Type' },
		],
	};

	it('keeps typed columns apart, several to a field, with their kind; a typed field of no typed kind is a plain column', () => {
		const plan = makePlan(typed, 'contacts', undefined);
		expect([...plan.columns]).toEqual([
			['phone', 'Tel'],
			['company', 'Organization 1 - Name'],
		]);
		expect(plan.typedColumns).toEqual([
			{ header: 'Phone 1 - Value', typedBy: 'Phone 1 - Type', kind: 'phone', field: 'phone' },
			{ header: 'Phone 2 - Value', typedBy: 'Phone 2 - Type', kind: 'phone', field: 'phone' },
			{
				header: 'Address 1 - Street',
				typedBy: 'Address 1 - Type',
				kind: 'address',
				field: 'street',
			},
		]);
	});

	it('reads a mapping without typedBy as before, and refuses a typedBy that is not a header', () => {
		expect(makePlan(map({ Tel: 'phone' }), 'clients', undefined).typedColumns).toEqual([]);
		expect(() =>
			makePlan(
				{ columns: [{ header: 'A', field: 'phone', typedBy: 3 as never }] },
				'clients',
				undefined,
			),
		).toThrow(
			'Invalid option `mapping.columns`: expected a type column\'s header as "typedBy" of "A", got 3',
		);
		// two plain columns for one field are still refused
		expect(() => makePlan(map({ A: 'phone', B: 'phone' }), 'clients', undefined)).toThrow(
			'one column per field',
		);
	});
});

describe('decideDateOrders', () => {
	it("decides each date column's order from its values, and prepares its parser", () => {
		const plan = makePlan(map({ Opened: 'openedDate', Closed: 'closedDate' }), 'cases', undefined);
		decideDateOrders(plan, [
			{ Opened: '25/12/2024', Closed: '03/07/2024' },
			{ Opened: '03/07/2024', Closed: '' },
		]);
		expect(Object.fromEntries(plan.dateOrders)).toEqual({
			openedDate: 'DMY',
			closedDate: 'ambiguous',
		});
		expect(plan.dateParsers.get('openedDate')?.('03/07/2024')).toMatchObject({
			value: '2024-07-03',
		});
		expect(plan.dateParsers.get('closedDate')?.('03/07/2024')).toMatchObject({
			code: 'DATE_AMBIGUOUS',
		});
		// a date field no column fills still has a parser (for a default)
		expect(plan.dateParsers.get('deadline')?.('2024-01-31')).toMatchObject({ ok: true });
	});
	it('takes a fixed order for every date field', () => {
		const plan = makePlan(map({ Opened: 'openedDate' }), 'cases', { dateOrder: 'MDY' });
		decideDateOrders(plan, [{ Opened: '25/12/2024' }]);
		expect(plan.dateOrders.get('openedDate')).toBe('MDY');
		expect(plan.dateOrders.get('deadline')).toBe('MDY');
		expect(plan.dateParsers.get('deadline')?.('03/07/2024')).toMatchObject({
			value: '2024-03-07',
		});
	});
});
