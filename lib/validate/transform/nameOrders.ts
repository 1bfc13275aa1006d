import { detectNameOrder } from '../../normalize/name/detectNameOrder';
import { findCompoundGivenNames } from '../../normalize/name/findCompoundGivenNames';
import { splitName, type NameParts, type SplitNameOptions } from '../../normalize/splitName';
import { columnTexts } from './columnTexts';
import { memoize } from './memo';
import type { Plan } from './plan';

/**
 * Decides each full-name field's word order, once per call: the option's
 * order, or with `'auto'` the one its whole column settles (detectNameOrder).
 * A column that settles nothing is `'undecided'`: it is read given name
 * first, and each row where the order matters gets a `NAME_ORDER_UNDECIDED`
 * warning (splitFullName). The column's hyphenated given names
 * ("Anna-Maria") make the same names written with a space one given name.
 */
export function decideNameOrders(plan: Plan, rows: ReadonlyArray<Record<string, unknown>>): void {
	for (const compound of plan.compounds) {
		if (compound.kind !== 'name') continue;
		const key = compound.field.key;
		const column = plan.columns.get(key);
		const values = column === undefined ? [] : columnTexts(rows, column);
		const order = plan.opts.nameOrder === 'auto' ? detectNameOrder(values) : plan.opts.nameOrder;
		plan.nameOrders.set(key, order);
		plan.nameSplitOptions.set(key, {
			order: order === 'undecided' ? 'givenFirst' : order,
			compoundGivenNames: findCompoundGivenNames(values),
		});
	}
}

/** The splitName options decided for a full-name field (its column's order), or the defaults. */
export function nameSplitOptions(plan: Plan, key: string): SplitNameOptions {
	return plan.nameSplitOptions.get(key) ?? {};
}

/** splitName with a full-name field's decided options, remembered per text (prepared on first use, after the orders are decided). */
export function nameSplitterFor(plan: Plan, key: string): (text: string) => NameParts | undefined {
	let split = plan.nameSplitters.get(key);
	if (!split) {
		const options = nameSplitOptions(plan, key);
		plan.nameSplitters.set(key, (split = memoize((text) => splitName(text, options))));
	}
	return split;
}
