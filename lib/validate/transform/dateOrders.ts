import { createDateParser } from '../../normalize/createDateParser';
import { detectDateOrder } from '../../normalize/detectDateOrder';
import { columnTexts } from './columnTexts';
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
	const parsers = new Map<string, ReturnType<typeof createDateParser>>();
	for (const field of plan.schema.fields) {
		if (field.type !== 'date' && field.type !== 'datetime') continue;
		const decided = plan.dateOrders.get(field.key);
		const order = decided === undefined || decided === 'ambiguous' ? 'auto' : decided;
		let parse = parsers.get(order);
		if (!parse) parsers.set(order, (parse = createDateParser({ order })));
		plan.dateParsers.set(field.key, parse);
	}
}
