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

/** A full address into the address parts the row lacks; one that cannot be split is kept whole as the street. */
export function splitFullAddress(
	work: RowWork,
	plan: Plan,
	compound: Compound,
	full: string,
): void {
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
