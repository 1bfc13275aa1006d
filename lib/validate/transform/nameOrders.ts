import type { Plan } from './plan';

/**
 * Decides each full-name field's word order, once per call: the option's
 * order, or with `'auto'` the one its whole column settles.
 *
 * TODO(issue 17): settle `'auto'` from the column; today it reads givenFirst.
 */
export function decideNameOrders(plan: Plan, rows: ReadonlyArray<Record<string, unknown>>): void {
	void rows;
	for (const compound of plan.compounds) {
		if (compound.kind !== 'name') continue;
		const order = plan.opts.nameOrder;
		plan.nameOrders.set(compound.field.key, order === 'auto' ? 'givenFirst' : order);
	}
}
