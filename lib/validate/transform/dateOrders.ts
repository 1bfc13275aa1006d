import { detectDateOrder } from '../../normalize/detectDateOrder';
import { columnTexts } from './columnTexts';
import { prepareDateParsers } from './decisions';
import type { Plan } from './plan';

/**
 * Decides each date field's day-month order, once per call: the option's
 * order, or with `'auto'` the one its whole column settles (detectDateOrder);
 * and prepares one parser per order. A column that settles nothing is read
 * with `'auto'`, so its ambiguous dates are reported, never guessed.
 */
export function decideDateOrders(plan: Plan, rows: ReadonlyArray<Record<string, unknown>>): void {
	for (const field of plan.schema.fields) {
		if (field.type !== 'date' && field.type !== 'datetime') continue;
		const column = plan.columns.get(field.key);
		if (plan.opts.dateOrder !== 'auto') plan.dateOrders.set(field.key, plan.opts.dateOrder);
		else if (column !== undefined)
			plan.dateOrders.set(field.key, detectDateOrder(columnTexts(rows, column)));
	}
	prepareDateParsers(plan);
}
