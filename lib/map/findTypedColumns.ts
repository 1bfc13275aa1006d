import { compoundKindOf } from '../schema/compoundKindOf';
import { COMPOUND_PARTS } from '../schema/data/compoundParts';
import type { Schema } from '../schema/types';
import { HEADER_TYPE_WORDS, TYPED_KIND_WORDS } from './data/headerSynonyms';
import { headerCandidates } from './headerCandidates';
import { headerWords } from './headerWords';

/** What a typed column holds: phone numbers, email addresses, or one part of an address. */
export type TypedKind = 'phone' | 'email' | 'address';

/** A value column whose field a type column decides, row by row ("Phone 1 - Value" typed by "Phone 1 - Type"). */
export interface TypedColumn {
	/** The value column's index in the headers. */
	column: number;
	/** The type column's index. */
	typeColumn: number;
	kind: TypedKind;
	/** Where a value of a type no field is named for goes first: Phone, the n-th email field, or the address part. */
	field: string;
}

/** Words a value column may add to its type column's words, by kind ("Phone 1 - Number", "E-mail 1 - Address"). */
const VALUE_WORDS: Readonly<Record<Exclude<TypedKind, 'address'>, ReadonlySet<string>>> = {
	phone: new Set(['number']),
	email: new Set(['address']),
};
const TYPE_WORDS = new Set(HEADER_TYPE_WORDS);
/** A header that may end in a type word, before its words are read ("Phone 1 - Type", "E-mail 1 - Label", "PhoneType"). */
const TYPE_ENDING = new RegExp(`(?:${HEADER_TYPE_WORDS.join('|')})\\W*$`, 'i');
const isOrdinal = (word: string): boolean => /^\d+$/.test(word);
const ADDRESS_FIELDS = new Set<string>(COMPOUND_PARTS.address.map(([, key]) => key));

/** The kind a type column's words name ("phone 1" → phone), when they are a kind word and at most an ordinal. */
function kindOf(base: readonly string[]): TypedKind | undefined {
	const kinds = base.filter((w) => !isOrdinal(w)).map((w) => TYPED_KIND_WORDS[w]);
	if (kinds.length !== 1 || kinds[0] === undefined) return undefined;
	return kinds[0] as TypedKind;
}

/** `words` without one of each of `base`'s, or undefined when some base word is missing. */
function without(words: readonly string[], base: readonly string[]): string[] | undefined {
	const rest = [...words];
	for (const word of base) {
		const at = rest.indexOf(word);
		if (at < 0) return undefined;
		rest.splice(at, 1);
	}
	return rest;
}

/** The schema's fields of a type, in schema order (the phone fields, the email fields). */
function fieldsOfType(schema: Schema, type: 'phone' | 'email'): string[] {
	return schema.fields.filter((f) => f.type === type).map((f) => f.key);
}

/** Whether a field is an address part or a full address the schema splits into them. */
function isAddressField(schema: Schema, key: string): boolean {
	if (ADDRESS_FIELDS.has(key)) return true;
	const into = schema.fields.find((f) => f.key === key)?.splitsInto;
	return into !== undefined && compoundKindOf(into) === 'address';
}

/** The address field a part's words name ("street", "postal code", "formatted"), read as "Address <part>". */
function addressPart(schema: Schema, rest: readonly string[]): string | undefined {
	const best = headerCandidates(`address ${rest.join(' ')}`, schema).candidates[0];
	return best && isAddressField(schema, best.field) ? best.field : undefined;
}

/** The field a value column of this kind falls back on; undefined when the column is not one of the group's values. */
function valueField(
	schema: Schema,
	kind: TypedKind,
	rest: readonly string[],
	emailIndex: number,
): string | undefined {
	if (rest.some(isOrdinal) || rest.some((w) => TYPE_WORDS.has(w))) return undefined;
	if (kind === 'address') return rest.length ? addressPart(schema, rest) : undefined;
	if (!rest.every((w) => VALUE_WORDS[kind].has(w))) return undefined;
	const fields = fieldsOfType(schema, kind);
	if (kind === 'phone') return fields[0];
	return fields[Math.min(emailIndex, fields.length - 1)];
}

/**
 * The typed numbered columns of a header row: Google Contacts' "Phone 1 -
 * Type" beside "Phone 1 - Value", "E-mail 2 - Label" beside "E-mail 2 -
 * Value", "Address 1 - Type" beside "Address 1 - Street", "- City"…, and the
 * same without a number ("Phone Type" beside "Phone Number"). A type column
 * is a kind word (phone, email, address), at most a number, and "Type" or
 * "Label"; its values are the headers with the same words and the same
 * number, plus what a value column of that kind adds. Outlook's "E-mail
 * Type" (SMTP) beside "E-mail Address" is not one: an unnumbered email type
 * types only a column named like it.
 *
 * @example
 * findTypedColumns(['Phone 1 - Type', 'Phone 1 - Value'], getSchema('clients'))
 * //=> [{ column: 1, typeColumn: 0, kind: 'phone', field: 'phone' }]
 */
export function findTypedColumns(headers: readonly string[], schema: Schema): TypedColumn[] {
	// most files have no type column: a cheap look at how headers end spares reading every header's words
	if (!headers.some((h) => TYPE_ENDING.test(h))) return [];
	const words = headers.map((h) => headerWords(h));
	const taken = new Set<number>();
	const out: TypedColumn[] = [];
	let emailIndex = 0;
	words.forEach((typeWords, typeColumn) => {
		const last = typeWords[typeWords.length - 1];
		if (!TYPE_WORDS.has(last)) return;
		const base = typeWords.slice(0, -1);
		const kind = kindOf(base);
		if (kind === undefined) return;
		const numbered = base.some(isOrdinal);
		const values: TypedColumn[] = [];
		words.forEach((w, column) => {
			if (column === typeColumn || taken.has(column)) return;
			const rest = without(w, base);
			if (rest === undefined || (kind === 'email' && !numbered && rest.length > 0)) return;
			const field = valueField(schema, kind, rest, emailIndex);
			if (field !== undefined) values.push({ column, typeColumn, kind, field });
		});
		if (values.length === 0) return;
		if (kind === 'email') emailIndex++;
		for (const v of values) taken.add(v.column);
		taken.add(typeColumn);
		out.push(...values);
	});
	return out.sort((a, b) => a.column - b.column);
}
