import { defineSchema } from '../../../../lib/schema/defineSchema';
import { decideDecimalMarks } from '../../../../lib/validate/transform/decimalMarks';
import { makePlan } from '../../../../lib/validate/transform/plan';
import type { TransformOptions } from '../../../../lib/validate/types';

const schema = defineSchema({
	name: 'fees',
	fields: [
		{ key: 'fee', type: 'number' },
		{ key: 'hours', type: 'number' },
		{ key: 'rate', type: 'number' },
		{ key: 'note', type: 'string' },
	],
});
const mapping = {
	columns: [
		{ header: 'Fee', field: 'fee' },
		{ header: 'Hours', field: 'hours' },
		{ header: 'Note', field: 'note' },
	],
};

function marksOf(rows: Array<Record<string, unknown>>, options?: TransformOptions) {
	const plan = makePlan(mapping, schema, options);
	decideDecimalMarks(plan, rows);
	return Object.fromEntries(plan.decimalMarks);
}

describe('decideDecimalMarks', () => {
	it("settles each number column from its own values with 'auto'", () => {
		const rows = [
			{ Fee: '1.234,56 €', Hours: '1,234', Note: '3.5' },
			{ Fee: '9,99 €', Hours: '2,500' },
			{ Fee: '', Hours: '12' },
		];
		expect(marksOf(rows)).toEqual({ fee: ',', hours: 'ambiguous' });
	});
	it('takes the option as given for every number column', () => {
		expect(marksOf([{ Fee: '1,234.56' }], { decimalMark: ',' })).toEqual({
			fee: ',',
			hours: ',',
			rate: ',',
		});
	});
	it('lets cells that are already numbers settle nothing', () => {
		expect(marksOf([{ Fee: 1234.567 }, { Fee: '1.234' }, { Fee: '9,99' }])).toEqual({
			fee: ',',
			hours: '.',
		});
		expect(marksOf([{ Fee: 0.5 }, { Fee: '1,234' }]).fee).toBe('ambiguous');
	});
});
