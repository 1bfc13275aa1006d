import type { AddressParts } from '../../normalize/address/types';
import type { NameParts } from '../../normalize/splitName';
import { matchKey, show } from './cellText';
import type { Compound, Plan } from './plan';
import type { RowWork } from './RowWork';

/**
 * Puts each part the splitter found in its field, where the row left that
 * field blank. A field its own column filled keeps that value; where the
 * split says otherwise (a ZIP in the full address that is not the one in the
 * ZIP column), a `VALUE_CONFLICT` warning names both, so the difference is
 * seen rather than lost.
 */
export function fillParts(
	work: RowWork,
	plan: Plan,
	compound: Compound,
	parts: NameParts | AddressParts,
): void {
	const byPart = parts as unknown as Readonly<Record<string, string | undefined>>;
	for (const [part, key] of compound.parts) {
		const value = byPart[part];
		if (value === undefined || value === '' || !plan.fields.has(key)) continue;
		if (work.blank(key)) {
			work.text.set(key, value);
			continue;
		}
		const kept = work.text.get(key) ?? '';
		if (matchKey(kept) === matchKey(value)) continue;
		work.issue(
			key,
			'VALUE_CONFLICT',
			`${work.where(key)} holds ${show(kept)}, but ${work.where(compound.field.key)} gives ${work.label(key)} as ${show(value)}; ${show(kept)} was kept. Check which is right.`,
			value,
			'warning',
		);
	}
}
