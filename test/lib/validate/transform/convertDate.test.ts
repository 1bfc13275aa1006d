import { defineSchema } from '../../../../lib/schema/defineSchema';
import { convertDate } from '../../../../lib/validate/transform/convertDate';
import { decideDateOrders } from '../../../../lib/validate/transform/dateOrders';
import { codesOf, workOn } from './helpers';

const schema = defineSchema({
	name: 'x',
	fields: [
		{ key: 'birthday', type: 'date' },
		{ key: 'openedAt', type: 'datetime' },
	],
});
const field = (key: string) =>
	schema.fields.find((f) => f.key === key) as (typeof schema.fields)[number];

describe('convertDate', () => {
	it('keeps a birthday without a year as --MM-DD, with a warning', () => {
		const { plan, work } = workOn(schema, { birthday: 'Birthday' });
		convertDate(work, plan, field('birthday'), '--05-13');
		expect(work.record).toEqual({ birthday: '--05-13' });
		expect(work.issues).toEqual([
			{
				row: 7,
				field: 'birthday',
				code: 'DATE_NO_YEAR',
				message:
					'Column "Birthday": "--05-13" has no year; kept as month and day (--05-13). Add the year if it is known.',
				value: '--05-13',
				severity: 'warning',
				column: 'Birthday',
			},
		]);
	});
	it('reads May 13, 13 May and --02-29 as months and days; --02-30 is invalid', () => {
		const { plan, work } = workOn(schema, { birthday: 'Birthday' });
		const kept: unknown[] = [];
		for (const text of ['May 13', '13 May', '--02-29', '--0513']) {
			convertDate(work, plan, field('birthday'), text);
			kept.push(work.record.birthday);
		}
		expect(kept).toEqual(['--05-13', '--05-13', '--02-29', '--05-13']);
		convertDate(work, plan, field('birthday'), '--02-30');
		expect(codesOf(work).slice(-1)).toEqual(['birthday:DATE_INVALID:error']);
	});
	it('reads 05/13 in the order its column settles; an unsettled 05/06 is ambiguous', () => {
		const { plan, work } = workOn(schema, { birthday: 'Birthday' });
		decideDateOrders(plan, [{ Birthday: '13/05' }, { Birthday: '05/06' }]);
		convertDate(work, plan, field('birthday'), '05/06');
		expect(work.record).toEqual({ birthday: '--06-05' });
		const unsettled = workOn(schema, { birthday: 'Birthday' });
		convertDate(unsettled.work, unsettled.plan, field('birthday'), '05/06');
		expect(codesOf(unsettled.work)).toEqual(['birthday:DATE_AMBIGUOUS:error']);
	});
	it('refuses a date without a year in a datetime field', () => {
		const { plan, work } = workOn(schema, { openedAt: 'Opened' });
		convertDate(work, plan, field('openedAt'), 'May 13');
		expect(work.record).toEqual({});
		expect(codesOf(work)).toEqual(['openedAt:DATE_INVALID:error']);
	});
	it('keeps a written offset in a datetime field and drops it with the time in a date field', () => {
		const { plan, work } = workOn(schema, { birthday: 'Birthday', openedAt: 'Opened' });
		convertDate(work, plan, field('openedAt'), 'Fri, 12 Dec 2014 10:55:50 +0000');
		convertDate(work, plan, field('birthday'), '2014-12-12T00:00:00+01:00');
		expect(work.record).toEqual({
			openedAt: '2014-12-12T10:55:50+00:00',
			birthday: '2014-12-12',
		});
		expect(work.issues).toEqual([]);
		convertDate(work, plan, field('birthday'), '8:25 a.m. Dec. 12, 2014 EST');
		expect(work.issues.map((i) => i.message)).toEqual([
			'Column "Birthday": birthday holds a date only; the time 08:25:00 was dropped.',
		]);
	});
});
