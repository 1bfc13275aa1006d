import { parseYesNo } from '../../normalize/parseYesNo';
import type { FieldDef } from '../../schema/types';
import { matchKey, show } from './cellText';
import type { Plan } from './plan';
import type { RowWork } from './RowWork';
import { convertDate } from './convertDate';
import { convertNumber } from './convertNumber';

/** Several addresses in one cell: "a@x.com; b@y.com". */
function emailsIn(text: string): string[] {
	return text.indexOf('@') !== text.lastIndexOf('@')
		? text.split(/[;,\s]+/).filter((t) => t.includes('@'))
		: [text];
}

/**
 * An email (normalized, a typo suggestion as a warning). A second address
 * goes to the field's `overflowTo` (Email → Email 2) when that is blank;
 * more are an error.
 */
function convertEmail(work: RowWork, plan: Plan, field: string, text: string): void {
	const several = emailsIn(text);
	const [first, ...rest] = several;
	const result = plan.normalizeEmail(first);
	if (!result.ok) {
		work.issue(
			field,
			'EMAIL_INVALID',
			`${work.where(field)}: ${result.message}. Enter one address such as name@example.com.`,
			text,
		);
		return;
	}
	work.record[field] = result.email;
	if (result.suggestion) {
		work.issue(
			field,
			'EMAIL_TYPO_SUGGESTED',
			`${work.where(field)}: ${show(result.email)} may be a typo for ${show(result.suggestion)}. Kept as written; check it.`,
			text,
			'warning',
		);
	}
	if (rest.length === 0) return;
	const to = plan.fields.get(field)?.overflowTo;
	if (
		to !== undefined &&
		plan.fields.has(to) &&
		work.blank(to) &&
		rest.length === 1 &&
		work.record[to] === undefined
	) {
		work.issue(
			field,
			'VALUE_EXTRA',
			`${work.where(field)} holds two addresses; the second, ${show(rest[0])}, went to ${work.label(to)}.`,
			text,
			'warning',
		);
		// converted here, whatever the schema's field order
		convertEmail(work, plan, to, rest[0]);
		return;
	}
	work.issue(
		field,
		'VALUE_EXTRA',
		`${work.where(field)} holds ${several.length} addresses; only the first is kept. Put the others in their own columns.`,
		text,
	);
}

/** A phone number, stored E.164, an extension kept after it as ";ext=" with a warning. */
function convertPhone(work: RowWork, plan: Plan, field: string, text: string): void {
	const result = plan.normalizePhone(text);
	if (!result.ok) {
		work.issue(field, 'PHONE_INVALID', `${work.where(field)}: ${result.message}.`, text);
		return;
	}
	work.record[field] = result.extension ? `${result.e164};ext=${result.extension}` : result.e164;
	if (result.extension) {
		work.issue(
			field,
			'PHONE_EXTENSION_KEPT',
			`${work.where(field)}: extension ${result.extension} is kept after the number as ";ext=${result.extension}".`,
			text,
			'warning',
		);
	}
}

function convertBoolean(work: RowWork, key: string, text: string): void {
	// with whitespace 'keep', " yes" stays unreadable, as every value with spaces kept
	const yes = text === text.trim() ? parseYesNo(text) : undefined;
	if (yes === undefined) {
		work.issue(
			key,
			'BOOLEAN_INVALID',
			`${work.where(key)}: ${show(text)} is not yes or no. Use yes/no, true/false, y/n or 1/0.`,
			text,
		);
		return;
	}
	work.record[key] = yes;
}

function convertEnum(work: RowWork, field: FieldDef, text: string): void {
	const key = field.key;
	const values = field.values ?? [];
	const hit = values.find((v) => matchKey(v) === matchKey(text));
	if (hit === undefined) {
		work.issue(
			key,
			'ENUM_UNKNOWN_VALUE',
			`${work.where(key)}: ${show(text)} is not an allowed ${work.label(key)}. Use one of: ${values.join(', ')}; or map it with a value map.`,
			text,
		);
		return;
	}
	work.record[key] = hit;
}

/** Checks and normalizes one field's text by its type into the record, or reports why it cannot. */
export function convertValue(work: RowWork, plan: Plan, field: FieldDef, text: string): void {
	switch (field.type) {
		case 'email':
			return convertEmail(work, plan, field.key, text);
		case 'phone':
			return convertPhone(work, plan, field.key, text);
		case 'date':
		case 'datetime':
			return convertDate(work, plan, field, text);
		case 'number':
			return convertNumber(work, plan, field.key, text);
		case 'boolean':
			return convertBoolean(work, field.key, text);
		case 'enum':
			return convertEnum(work, field, text);
		default:
			work.record[field.key] = text;
	}
}
