import { matchKey } from './cellText';
import type { Compound, Plan } from './plan';
import { splitFullAddress } from './splitFullAddress';
import { splitFullName } from './splitFullName';
import type { RowWork } from './RowWork';

/** Whether the row left blank a field the compound splits into (else there is nothing to split for). */
function hasBlankPart(work: RowWork, plan: Plan, compound: Compound): boolean {
	for (const [, key] of compound.parts) if (plan.fields.has(key) && work.blank(key)) return true;
	return false;
}

/**
 * Splits each compound field (the schema's `splitsInto` flag: a full name, a
 * full address) into the fields the row left blank. The compound's own text
 * is dropped: it is input only. Nothing is split when every part is filled.
 */
export function splitCompounds(work: RowWork, plan: Plan): void {
	for (const compound of plan.compounds) {
		const key = compound.field.key;
		const full = work.text.get(key) ?? '';
		work.text.delete(key);
		if (full === '' || !hasBlankPart(work, plan, compound)) continue;
		if (compound.kind === 'name') splitFullName(work, plan, compound, full);
		else splitFullAddress(work, plan, compound, full);
	}
}

/**
 * A first-name cell (`first`, the column's own text) that starts with a title
 * ("Dr. Sam", as Outlook exports often hold) gives the title to Title when
 * that is blank or says the same, and keeps the rest as the first name. Weak titles ("Sister", "Major") stay
 * unless splitName reads them as titles.
 */
export function liftTitle(work: RowWork, plan: Plan, first: string): void {
	// a first name the full-name split gave has had its title taken out already; one word cannot be a title and a name
	if (first === '' || !/\s/.test(first) || !plan.fields.has('title')) return;
	const title = plan.splitTitleName(first)?.title;
	if (title === undefined || !first.startsWith(title)) return;
	const rest = first.slice(title.length).trim();
	const had = work.text.get('title') ?? '';
	if (rest === '' || (had !== '' && matchKey(had) !== matchKey(title))) return;
	work.text.set('firstName', rest);
	if (had === '') work.text.set('title', title);
}
