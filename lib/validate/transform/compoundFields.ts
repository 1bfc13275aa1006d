import type { AddressParts } from '../../normalize/address/types';
import { splitName, type NameParts } from '../../normalize/splitName';
import { matchKey, show } from './cellText';
import type { Compound, Plan } from './plan';
import type { RowWork } from './RowWork';

/** Puts each part the splitter found in its field, where the row left that field blank. */
function fillParts(
	work: RowWork,
	plan: Plan,
	compound: Compound,
	parts: NameParts | AddressParts,
): void {
	const byPart = parts as unknown as Readonly<Record<string, string | undefined>>;
	for (const [part, key] of compound.parts) {
		const value = byPart[part];
		if (value !== undefined && plan.fields.has(key) && work.blank(key)) work.text.set(key, value);
	}
}

/** A full name into the name parts the row lacks (splitName); one that is not a name is an error. */
function splitFullName(work: RowWork, plan: Plan, compound: Compound, full: string): void {
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

/** Keeps an address's recipient line ("Attn: Billing") in the schema's notes, and says so. */
function keepRecipient(
	work: RowWork,
	plan: Plan,
	key: string,
	full: string,
	recipient: string,
): void {
	const notes = plan.notesField?.key;
	const where = notes ? `added to ${work.label(notes)}` : 'not kept in any field';
	if (notes)
		work.text.set(
			notes,
			[work.text.get(notes), `Address recipient: ${recipient}`].filter(Boolean).join('\n'),
		);
	work.issue(
		key,
		'ADDRESS_RECIPIENT_KEPT',
		`${work.where(key)}: the address starts with a recipient line, ${show(recipient)}, ${where}.`,
		full,
		'warning',
	);
}

/** A full address into the address parts the row lacks; one that cannot be split is kept whole as the street. */
function splitFullAddress(work: RowWork, plan: Plan, compound: Compound, full: string): void {
	const key = compound.field.key;
	const parts = plan.splitAddress(full);
	if (!parts?.street || !(parts.city || parts.zip)) {
		// keep the text where a person will see it rather than lose it
		const street = compound.parts.find(([part]) => part === 'street')?.[1];
		if (street !== undefined && plan.fields.has(street) && work.blank(street))
			work.text.set(street, full);
		work.issue(
			key,
			'ADDRESS_NOT_SPLIT',
			`${work.where(key)}: ${show(full)} could not be split into street, city, state and ZIP; it was kept whole as the street. Check it, or use separate columns.`,
			full,
			'warning',
		);
		return;
	}
	fillParts(work, plan, compound, parts);
	if (parts.recipient) keepRecipient(work, plan, key, full, parts.recipient);
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
		if (full === '' || !compound.parts.some(([, k]) => plan.fields.has(k) && work.blank(k)))
			continue;
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
	const title = splitName(first)?.title;
	if (title === undefined || !first.startsWith(title)) return;
	const rest = first.slice(title.length).trim();
	const had = work.text.get('title') ?? '';
	if (rest === '' || (had !== '' && matchKey(had) !== matchKey(title))) return;
	work.text.set('firstName', rest);
	if (had === '') work.text.set('title', title);
}
