import type { FieldDef } from '../../schema/types';
import type { TransformOptions } from '../types';

/** Longest value quoted back in a message. */
export const SHOWN = 60;

/** The form value-map keys and enum values are compared in: "Open - Active" and "open/active" match. */
export function matchKey(value: string): string {
	return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A value quoted in a message, cut to {@link SHOWN} characters. */
export function show(value: string): string {
	return JSON.stringify(value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);
}

/** Long text fields (the schema's `multiline` flag: notes, descriptions) keep their line breaks when whitespace is collapsed. */
export function isMultiline(field: FieldDef | undefined): boolean {
	return field !== undefined && field.type === 'string' && field.multiline === true;
}

/**
 * Whether collapsing whitespace would leave the text as it is: no space at
 * either end, no two in a row, and no other kind of whitespace (tabs, line
 * breaks, no-break and zero-width spaces). Most cells are, and skip the regex.
 */
function isCollapsed(text: string): boolean {
	const last = text.length - 1;
	for (let i = 0; i <= last; i++) {
		const c = text.charCodeAt(i);
		if (c === 32) {
			if (i === 0 || i === last || text.charCodeAt(i - 1) === 32) return false;
		} else if (c < 32) {
			if (c >= 9 && c <= 13) return false;
		} else if (c >= 0xa0) {
			if (
				c === 0xa0 ||
				c === 0x1680 ||
				(c >= 0x2000 && c <= 0x200b) ||
				c === 0x2028 ||
				c === 0x2029 ||
				c === 0x202f ||
				c === 0x205f ||
				c === 0x3000 ||
				c === 0xfeff
			)
				return false;
		}
	}
	return true;
}

/**
 * A cell as text: numbers and booleans as written, dates as ISO, objects as
 * JSON; whitespace as the options say (`multiline` keeps line breaks, at
 * most one blank line in a row, when collapsing).
 */
export function cellText(
	value: unknown,
	whitespace: Required<TransformOptions>['whitespace'],
	multiline = false,
): string {
	let text: string;
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') text = value;
	else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		text = String(value);
	else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
	else text = JSON.stringify(value) ?? '';
	if (whitespace === 'keep') return text;
	if (whitespace === 'trim') return text.trim();
	// a text with nothing to collapse has no line break either: the same in both forms
	if (isCollapsed(text)) return text;
	if (multiline) {
		return text
			.split(/\r\n|\r|\n/)
			.map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	}
	return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
