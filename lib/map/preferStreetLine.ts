import { compoundKindOf } from '../schema/compoundKindOf';
import { COMPOUND_PARTS } from '../schema/data/compoundParts';
import type { Schema } from '../schema/types';
import { round } from './checkAgainstValues';
import { MAPPING_CONFIDENCE as C } from './confidence';
import type { HeaderAnalysis } from './headerCandidates';
import { headerWords, wordsKey } from './headerWords';

/** The schema field each address part fills (splitAddress's part → field key). */
const ADDRESS_FIELD: Readonly<Record<string, string>> = Object.fromEntries(COMPOUND_PARTS.address);
/** The parts that, in columns of their own, say an address is split across columns. */
const LOCALITY_FIELDS = [ADDRESS_FIELD.city, ADDRESS_FIELD.zip, ADDRESS_FIELD.state];
/** "Address" beside City and ZIP columns is the street line. */
const GENERIC_ADDRESS_PHRASES = new Set([
	'address',
	'home address',
	'mailing address',
	'postal address',
	'residential address',
]);

/** Whether a field is a full address that splits into the street line (a `splitsInto` of address parts that has it). */
function splitsIntoStreet(schema: Schema, key: string): boolean {
	const splitsInto = schema.fields.find((f) => f.key === key)?.splitsInto;
	return (
		splitsInto !== undefined &&
		compoundKindOf(splitsInto) === 'address' &&
		splitsInto.includes(ADDRESS_FIELD.street)
	);
}

/**
 * "Address" next to City/State/ZIP columns holds the street line, not the
 * whole address: a generic address header whose best field is a full address
 * (a field that splits into the street) gets the street first, and the full
 * address at half its confidence. In place; only when the schema has the
 * street field and some column is surely a city, state or ZIP.
 */
export function preferStreetLine(analyses: HeaderAnalysis[], schema: Schema): void {
	if (!schema.fields.some((f) => f.key === ADDRESS_FIELD.street)) return;
	const hasParts = analyses.some((a) =>
		a.candidates.some((c) => LOCALITY_FIELDS.includes(c.field) && c.confidence >= C.sure),
	);
	if (!hasParts) return;
	for (const analysis of analyses) {
		const top = analysis.candidates[0];
		if (
			!top ||
			!splitsIntoStreet(schema, top.field) ||
			!analysis.phrase ||
			!GENERIC_ADDRESS_PHRASES.has(wordsKey(headerWords(analysis.phrase)))
		)
			continue;
		analysis.candidates = [
			{
				field: ADDRESS_FIELD.street,
				confidence: round(Math.min(C.streetLineCap, top.confidence)),
				reason: `${top.reason}; beside City/State/ZIP columns it holds the street line`,
			},
			{ ...top, confidence: round(top.confidence * C.fullAddressDemoted) },
		];
	}
}
