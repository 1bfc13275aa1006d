import { isOrderOpen } from '../../normalize/name/detectNameOrder';
import { show } from './cellText';
import { fillParts } from './fillParts';
import { nameSplitterFor } from './nameOrders';
import type { Compound, Plan } from './plan';
import type { RowWork } from './RowWork';

/**
 * A full name into the name parts the row lacks (splitName, in the order its
 * column settled); one that is not a person's name is an error, words left
 * over beside a name and a guessed order are warnings.
 */
export function splitFullName(work: RowWork, plan: Plan, compound: Compound, full: string): void {
	const key = compound.field.key;
	const parts = nameSplitterFor(plan, key)(full);
	if (!parts?.first && !parts?.last) {
		work.issue(
			key,
			'NAME_NOT_SPLIT',
			`${work.where(key)}: ${show(full)} could not be read as a person's name. Fill in First name and Last name instead.`,
			full,
		);
		return;
	}
	if (parts.unparsed !== undefined)
		work.issue(
			key,
			'NAME_PARTLY_SPLIT',
			`${work.where(key)}: ${show(parts.unparsed)} in ${show(full)} is not part of one person's name and was left out. Check the name parts, or put the rest in Notes.`,
			full,
			'warning',
		);
	if (plan.nameOrders.get(key) === 'undecided' && isOrderOpen(full))
		work.issue(
			key,
			'NAME_ORDER_UNDECIDED',
			`${work.where(key)}: could not tell whether ${show(full)} is written first name first or last name first, as no name in the column settles it; read as first name ${show(parts.first ?? '')}, last name ${show(parts.last ?? '')}. Check it, or set Name Order.`,
			full,
			'warning',
		);
	fillParts(work, plan, compound, parts);
}
