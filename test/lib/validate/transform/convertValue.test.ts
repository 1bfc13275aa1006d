import { defineSchema } from '../../../../lib/schema/defineSchema';
import { getSchema } from '../../../../lib/schema/getSchema';
import { convertValue } from '../../../../lib/validate/transform/convertValue';
import { codesOf, workOn } from './helpers';

const field = (key: string, schema = getSchema('clients')) =>
	schema.fields.find((f) => f.key === key) as (typeof schema.fields)[number];

describe('convertValue', () => {
	it('stores a phone as E.164, an extension after it with a warning', () => {
		const { plan, work } = workOn('clients', { phone: 'Tel' });
		convertValue(work, plan, field('phone'), '(312) 555-0100 x12');
		expect(work.record).toEqual({ phone: '+13125550100;ext=12' });
		expect(codesOf(work)).toEqual(['phone:PHONE_EXTENSION_KEPT:warning']);
	});
	it('sends a second email to the overflowTo field, and refuses three', () => {
		const { plan, work } = workOn('clients', { email: 'Mail' });
		convertValue(work, plan, field('email'), 'a@example.com, b@example.org');
		expect(work.record).toEqual({ email: 'a@example.com', email2: 'b@example.org' });
		const three = workOn('clients', { email: 'Mail' });
		convertValue(
			three.work,
			three.plan,
			field('email'),
			'a@example.com b@example.com c@example.com',
		);
		expect(codesOf(three.work)).toEqual(['email:VALUE_EXTRA:error']);
		expect(three.work.issues[0].message).toBe(
			'Column "Mail" holds 3 addresses; only the first is kept. Put the others in their own columns.',
		);
	});
	it('keeps the date of a date field and warns of a dropped time', () => {
		const { plan, work } = workOn('clients', { dateOfBirth: 'DOB' });
		convertValue(work, plan, field('dateOfBirth'), '2024-01-31 13:45');
		expect(work.record).toEqual({ dateOfBirth: '2024-01-31' });
		expect(codesOf(work)).toEqual(['dateOfBirth:DATE_TIME_DROPPED:warning']);
	});
	it('reads numbers, yes/no and enum values, or says why not', () => {
		const schema = defineSchema({
			name: 'x',
			fields: [
				{ key: 'amount', type: 'number' },
				{ key: 'active', type: 'boolean' },
				{ key: 'kind', type: 'enum', values: ['Personal Injury', 'Family'] },
			],
		});
		const { plan, work } = workOn(schema, {});
		convertValue(work, plan, field('amount', schema), '$1,200.50');
		convertValue(work, plan, field('active', schema), 'Y');
		convertValue(work, plan, field('kind', schema), 'personal-injury');
		expect(work.record).toEqual({ amount: 1200.5, active: true, kind: 'Personal Injury' });
		convertValue(work, plan, field('amount', schema), '12 apples');
		convertValue(work, plan, field('active', schema), 'perhaps');
		convertValue(work, plan, field('kind', schema), 'Tax');
		expect(codesOf(work)).toEqual([
			'amount:NUMBER_INVALID:error',
			'active:BOOLEAN_INVALID:error',
			'kind:ENUM_UNKNOWN_VALUE:error',
		]);
	});
});
