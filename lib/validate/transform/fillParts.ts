import type { AddressParts } from '../../normalize/address/types';
import type { NameParts } from '../../normalize/splitName';
import type { Compound, Plan } from './plan';
import type { RowWork } from './RowWork';

/** Puts each part the splitter found in its field, where the row left that field blank. */
export function fillParts(
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
