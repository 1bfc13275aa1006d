import { COUNTRIES, US_STATES } from '../normalize/data/usAddress';
import { normalizePhone } from '../normalize/normalizePhone';
import { parseDate } from '../normalize/parseDate';
import { splitAddress } from '../normalize/splitAddress';
import { splitName } from '../normalize/splitName';
import type { ColumnSniff, ValueKind } from './types';

/** Values looked at: enough to be sure, few enough to stay cheap on wide files. */
const SAMPLE = 100;
/** Longer cells are notes, not one value of a kind. */
const MAX_VALUE = 300;
/** Share of the values a kind needs to be the column's kind. */
const KIND_SHARE = 0.8;
/** The order kinds are preferred in when values fit several ("12345" is a ZIP and a number). */
const PRIORITY: readonly ValueKind[] = [
	'email',
	'url',
	'phone',
	'date',
	'fullAddress',
	'zip',
	'state',
	'country',
	'boolean',
	'number',
	'street',
	'fullName',
];

const EMAIL = /^(?:[^<>]*<)?[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[a-z]{2,}>?$/i;
const URL =
	/^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|co|us|uk|ca|de|law|info|biz)(?:\/\S*)?$/i;
const PHONE_CHARS = /^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$/i;
const ZIP = /^\d{5}(?:-?\d{4})?$|^[a-z]\d[a-z] ?\d[a-z]\d$/i;
const STREET = /^(?:\d+[a-z]?(?:-\d+)?\s+\S+|p\.?\s*o\.?\s*box\b)/i;
const BOOLEAN = /^(?:y|n|yes|no|true|false|t|f|x)$/i;
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const DATE_SHAPE = /[/\-.\s]|[a-z]{3}/i;
const COMPANY_WORDS =
	/\b(?:inc|llc|llp|ltd|corp|co|company|group|pc|pllc|associates|partners|law|firm|bank|trust|foundation|university|school|church|dept|department)\b\.?/i;
const STATE_CODES = new Set(Object.values(US_STATES));

function kindsOf(value: string): ValueKind[] {
	const kinds: ValueKind[] = [];
	if (value.includes('@')) {
		if (EMAIL.test(value)) kinds.push('email');
		return kinds;
	}
	if (URL.test(value)) kinds.push('url');
	const digits = value.replace(/\D/g, '').length;
	if (digits >= 10 && digits <= 15 && PHONE_CHARS.test(value) && normalizePhone(value).ok)
		kinds.push('phone');
	if (DATE_SHAPE.test(value) && digits >= 2) {
		const date = parseDate(value);
		if (date.ok || date.code === 'DATE_AMBIGUOUS') kinds.push('date');
	}
	if (ZIP.test(value)) kinds.push('zip');
	const key = value.toLowerCase().replace(/\./g, '');
	if (Object.hasOwn(US_STATES, key) || (value.length === 2 && STATE_CODES.has(value.toUpperCase())))
		kinds.push('state');
	if (Object.hasOwn(COUNTRIES, key)) kinds.push('country');
	if (BOOLEAN.test(value)) kinds.push('boolean');
	if (digits > 0 && NUMBER.test(value)) kinds.push('number');
	if (STREET.test(value)) {
		kinds.push('street');
		const address = splitAddress(value);
		if (address?.street && (address.city || address.zip) && (address.state || address.zip))
			kinds.push('fullAddress');
	}
	if (
		digits === 0 &&
		!kinds.includes('state') &&
		!kinds.includes('country') &&
		!COMPANY_WORDS.test(value)
	) {
		const words = value.split(/\s+/).length;
		const name = words >= 2 && words <= 6 ? splitName(value) : undefined;
		if (name?.first && name.last) kinds.push('fullName');
	}
	return kinds;
}

/**
 * Reads what a column holds from its values: emails, phone numbers, dates,
 * full addresses or street lines, ZIP codes, states, countries, names… The
 * mapper uses it to check a header against the data, and to map columns whose
 * header says nothing ("col7", "Contact", "Number").
 *
 * Looks at the first 100 non-blank values; a kind must fit at least 80% of
 * them. Pure, never throws.
 *
 * @param values - the column's values, in row order
 * @returns the column's kind, its share, the count looked at, and every kind's share
 *
 * @example
 * sniffColumn(['ann@example.com', 'bob@example.org', '']).kind
 * //=> 'email'
 *
 * @example
 * sniffColumn(['12 Oak St, Springfield, IL 62704', '9 Elm Ave, Austin TX 78701']).kind
 * //=> 'fullAddress'
 */
export function sniffColumn(values: readonly unknown[]): ColumnSniff {
	const counts = new Map<ValueKind, number>();
	let count = 0;
	for (const raw of Array.isArray(values) ? values : []) {
		if (count >= SAMPLE) break;
		if (raw === null || raw === undefined) continue;
		const value = (
			typeof raw === 'string'
				? raw
				: typeof raw === 'number' || typeof raw === 'boolean'
					? String(raw)
					: ''
		).trim();
		if (value === '') continue;
		count++;
		if (value.length > MAX_VALUE) continue;
		for (const kind of kindsOf(value)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	}
	if (count === 0) return { kind: 'empty', share: 0, count: 0, shares: {} };
	const shares: Partial<Record<ValueKind, number>> = {};
	for (const [kind, n] of counts) shares[kind] = n / count;
	for (const kind of PRIORITY) {
		const share = shares[kind] ?? 0;
		if (share >= KIND_SHARE) return { kind, share, count, shares };
	}
	return { kind: 'text', share: 1, count, shares };
}
