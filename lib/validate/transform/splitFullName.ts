import { splitName } from '../../normalize/splitName';
import { show } from './cellText';
import { fillParts } from './fillParts';
import type { Compound, Plan } from './plan';
import type { RowWork } from './RowWork';

/** A full name into the name parts the row lacks (splitName); one that is not a name is an error. */
export function splitFullName(work: RowWork, plan: Plan, compound: Compound, full: string): void {
	const key = compound.field.key;
	const parts = splitName(full);
	if (!parts?.first && !parts?.last) {
		work.issue(
			key,
			'NAME_NOT_SPLIT',
			`${work.where(key)}: ${show(full)} could not be read as a person's name. Fill in First name and Last name instead.`,
			full,
		);
		return;
	}
	fillParts(work, plan, compound, parts);
}
