import type { ImportBatchItem } from '../../../lib';

/** The placeholders of a path template: `{object}`, `{id}`, `{field}`, `{nested.field}`. */
const PLACEHOLDER = /\{([\w.-]+)\}/g;

/** The placeholder names a path template uses. */
export function placeholdersOf(template: string): string[] {
	return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** A placeholder's value as path text: trimmed text, a finite number or a boolean; anything else is blank. */
function pathText(v: unknown): string {
	if (typeof v === 'string') return v.trim();
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return typeof v === 'boolean' ? String(v) : '';
}

/**
 * A path template with every placeholder filled in, URL-encoded; `value`
 * gives a placeholder's value. A placeholder whose value is blank or missing
 * is named instead, so the row fails rather than sending literal braces.
 */
export function fillPath(
	template: string,
	value: (name: string) => unknown,
): { path: string } | { missing: string } {
	let missing: string | undefined;
	const path = template.replace(PLACEHOLDER, (_whole, name: string) => {
		const text = pathText(value(name));
		if (text === '') missing ??= name;
		return encodeURIComponent(text);
	});
	return missing === undefined ? { path } : { missing };
}

/** A value at a dotted path ("address.zip") of a record. */
function valueAt(record: unknown, path: string): unknown {
	let at: unknown = record;
	for (const part of path.split('.').filter(Boolean)) {
		if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
		at = (at as Record<string, unknown>)[part];
	}
	return at;
}

/** A placeholder's value for a record: `{object}` the object, `{id}` the id of the record to update (else the record's id field), anything else the record's field. */
export function valueFor(name: string, object: string, item: ImportBatchItem): unknown {
	if (name === 'object') return object;
	if (name === 'id' && item.id !== undefined) return item.id;
	return valueAt(item.record, name);
}
