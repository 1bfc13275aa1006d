import type { Schema } from '../../../../lib/schema/types';
import { decideDateOrders } from '../../../../lib/validate/transform/dateOrders';
import { makePlan, type Plan } from '../../../../lib/validate/transform/plan';
import { RowWork } from '../../../../lib/validate/transform/RowWork';
import type { TransformOptions } from '../../../../lib/validate/types';

/** A plan for these field → column pairs, and a row's work with these field texts. */
export function workOn(
	schema: string | Schema,
	columns: Record<string, string>,
	texts: Record<string, string> = {},
	options?: TransformOptions,
): { plan: Plan; work: RowWork } {
	const mapping = {
		columns: Object.entries(columns).map(([field, header]) => ({ header, field })),
	};
	const plan = makePlan(mapping, schema, options);
	decideDateOrders(plan, []);
	const work = new RowWork(7, plan);
	for (const [field, text] of Object.entries(texts)) work.text.set(field, text);
	return { plan, work };
}

/** Issues as "field:CODE:severity". */
export function codesOf(work: RowWork): string[] {
	return work.issues.map((i) => `${i.field}:${i.code}:${i.severity}`);
}
