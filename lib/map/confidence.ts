import type { ValueKind } from '../schema/types';

/**
 * How sure the mapper is of each kind of evidence, 0..1. A mapping at or
 * above 0.8 is meant to be right; below {@link MAPPING_CONFIDENCE.minimum} a
 * column is left unmapped. Tuned on the header corpus (`npm run bench:mapping`):
 * change one and run it.
 */
export const MAPPING_CONFIDENCE = Object.freeze({
	/** Below this a candidate is a guess, and the column is better left unmapped. */
	minimum: 0.35,
	/** At or above this a mapping is meant to be right: it can settle another column's choice. */
	sure: 0.8,
	/** A header from a remembered profile whose headers are all this file's. */
	rememberedSameHeaders: 0.99,
	/** A header from a remembered profile that shares only some headers with this file. */
	rememberedSimilarHeaders: 0.95,
	/** Ceiling for a header whose values agree with it. */
	valuesAgreeCap: 0.99,
	/** Added to a header's confidence when its values are what the field holds. */
	valuesAgreeBonus: 0.04,
	/** Factor for a field whose kind of value is known, when the values are plainly another kind (a "Phone" column of emails). */
	valuesContradictExpected: 0.4,
	/** Factor for a field with no known kind, when the values are plainly of one kind (a "Notes" column of emails). */
	valuesContradictUnknown: 0.6,
	/** Factor when under half the values are the field's kind (an "Email" column of mostly names). */
	valuesRarelyExpected: 0.5,
	/** Lost from a value-based candidate per unit of the values not of its kind (at 80% emails, 0.1 lost). */
	valuesMixedPenalty: 0.5,
	/** Lost per field from the second field on, when several take a kind (Email, then Email 2). */
	laterFieldStep: 0.05,
	/** "Address" beside City/State/ZIP columns read as the street line: at most this sure. */
	streetLineCap: 0.9,
	/** Factor left to the full address once the street line is preferred. */
	fullAddressDemoted: 0.5,
	/** A one-word header ("Home", "Number") before its values are read: below the minimum, so the header alone never maps it. */
	oneWordUnsure: 0.3,
	/** A one-word header whose values are the kind its field takes ("Home" of phone numbers is Home phone). */
	oneWordSettled: 0.85,
	/** A value column beside a type column ("Phone 1 - Value" and "Phone 1 - Type"): its field is decided row by row. */
	typedColumn: 0.9,
});

/**
 * How sure a column's values alone make the mapper of the first field that
 * takes their kind (a field's `valueKinds`): a column of emails is Email.
 * Kinds missing here point at no field.
 */
export const VALUE_KIND_CONFIDENCE: Readonly<Partial<Record<ValueKind, number>>> = Object.freeze({
	/** emails are unmistakable */
	email: 0.9,
	/** phone numbers are, but which phone (home, work, mobile) is not */
	phone: 0.8,
	/** one date field (a birth date) can be told from dates alone; see {@link KINDS_ONE_FIELD_ONLY} */
	date: 0.6,
	/** a number, a street, a city, a state and a ZIP together */
	fullAddress: 0.85,
	/** a house number and a street: an address line, perhaps of a whole address */
	street: 0.75,
	zip: 0.85,
	state: 0.85,
	/** a state name can also be a country's */
	country: 0.8,
	/** two to six words that split as a name: a client, an attorney, a contact… */
	fullName: 0.7,
});

/** Kinds that point at a field only when the schema has exactly one field of that kind (several date fields cannot be told apart by their values). */
export const KINDS_ONE_FIELD_ONLY: ReadonlySet<ValueKind> = new Set(['date']);

/**
 * How a header's words weigh, in {@link headerCandidates}: qualifiers
 * ("Home", "Business", "Other"), ordinals, filler words, phrases inside longer
 * headers, ambiguity and typos.
 */
export const HEADER_CONFIDENCE = Object.freeze({
	/** Factor per qualifier: "Home Street" nearly wins, "Other Street" loses to any plain one. */
	rank: Object.freeze({ primary: 0.97, home: 0.95, work: 0.75, other: 0.63 }),
	/** A second or third one of something ("Home Phone 2") loses to the first. */
	laterOrdinal: 0.7,
	/** Lost when a header matched only once filler words were dropped ("Phone #" → "Phone"). */
	fillerPenalty: 0.02,
	/** A phrase found inside a longer header is a weak hint only. */
	contained: 0.6,
	/** Ceiling for a header with several meanings ("Title": title or job title): the rest of the file decides. */
	ambiguousCap: 0.75,
	/** A header read through a typo fix is less sure than one written right. */
	typo: 0.76,
	/** "Email 2": the email field's overflow field (Email 2) is what a second email column holds. */
	secondEmail: 0.95,
	/** "Work Email": the overflow field is a close second to Email itself (ranked work). */
	workEmailAsSecond: 0.68,
	/** "Other Email": the overflow field, a little ahead of Email ranked other. */
	otherEmailAsSecond: 0.74,
});
