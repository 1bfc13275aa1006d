import { isPositionalText } from '../../normalize/address/positional';
import type { AddressParts } from '../../normalize/address/types';
import { show } from './cellText';
import { fillParts } from './fillParts';
import type { Compound, Plan } from './plan';
import type { RowWork } from './RowWork';

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

/** The parts a split fills besides the street: any one of them shows the text was split. */
const SPLIT_PARTS = ['unit', 'city', 'state', 'zip'] as const;

/**
 * Whether the splitter split the text rather than keep it whole: it found a
 * unit, city, state or ZIP, or read the positional layout, where a street
 * alone ("123 Main St,,,") is a split it is sure of.
 */
function isSplit(plan: Plan, full: string, parts: AddressParts): boolean {
	if (SPLIT_PARTS.some((part) => parts[part] !== undefined)) return true;
	return (
		parts.street !== undefined &&
		(plan.opts.addressLayout === 'positional' || isPositionalText(full))
	);
}

/** Keeps an address that could not be split whole as the street, and says so. */
function keepWhole(
	work: RowWork,
	plan: Plan,
	compound: Compound,
	full: string,
	country: string | undefined,
): void {
	const key = compound.field.key;
	const fieldOf = (part: string) => compound.parts.find(([p]) => p === part)?.[1];
	// keep the text where a person will see it rather than lose it
	const street = fieldOf('street');
	if (street !== undefined && plan.fields.has(street) && work.blank(street))
		work.text.set(street, full);
	const countryField = fieldOf('country');
	if (country && countryField && plan.fields.has(countryField) && work.blank(countryField))
		work.text.set(countryField, country);
	const why =
		country && country !== 'US'
			? `is an address in ${country}, whose layout is not split into parts here`
			: 'could not be split into street, city, state and ZIP';
	work.issue(
		key,
		'ADDRESS_NOT_SPLIT',
		`${work.where(key)}: ${show(full)} ${why}; it was kept whole as the street. Check it, or use separate columns.`,
		full,
		'warning',
	);
}

/**
 * A full address into the address parts the row lacks. A split the splitter
 * is sure of fills exactly the parts it found (",,CO,80202": state and ZIP);
 * text it could not split, or another country's address in a layout it does
 * not know, is kept whole as the street with a warning, never forced into US
 * parts. The row's own country cell, if any, tells the splitter the country.
 */
export function splitFullAddress(
	work: RowWork,
	plan: Plan,
	compound: Compound,
	full: string,
): void {
	const key = compound.field.key;
	const countryField = compound.parts.find(([part]) => part === 'country')?.[1];
	const hint = countryField === undefined ? undefined : work.text.get(countryField) || undefined;
	const parts = plan.splitAddress(full, hint);
	if (!parts || !isSplit(plan, full, parts)) {
		keepWhole(work, plan, compound, full, parts?.country);
		return;
	}
	fillParts(work, plan, compound, parts);
	if (parts.recipient) keepRecipient(work, plan, key, full, parts.recipient);
}
