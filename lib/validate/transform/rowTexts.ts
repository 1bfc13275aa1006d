import type { FixedValue } from '../types';
import { cellText, matchKey, show } from './cellText';
import type { Plan } from './plan';
import type { RowWork } from './RowWork';
import { placeTypedValues } from './typedColumns';

/**
 * A value through its field's value map: a mapped value takes the map's
 * value, one already in our terms takes our spelling, and any other is
 * reported (`VALUE_UNMAPPED`): an error that drops it (`undefined`), or
 * with `unmappedValues: 'keep'` a warning that keeps it.
 */
function applyValueMap(work: RowWork, plan: Plan, field: string, text: string): string | undefined {
	const map = plan.valueMaps.get(field);
	if (!map || text === '') return text;
	const key = matchKey(text);
	const to = map.get(key);
	if (to !== undefined) return String(to);
	// a value already in our terms (one the map maps to, or an allowed value) needs no mapping; it takes our spelling
	const ours = [
		...Object.values(plan.opts.valueMaps[field] ?? {}),
		...(plan.fields.get(field)?.values ?? []),
	].find((v) => matchKey(String(v)) === key);
	if (ours !== undefined) return String(ours);
	const known = [...Object.keys(plan.opts.valueMaps[field] ?? {})]
		.slice(0, 10)
		.map((k) => JSON.stringify(k))
		.join(', ');
	const message = `${work.where(field)}: ${show(text)} is not in the value map for ${work.label(field)} (it maps ${known}). Add it to the map, or fix the value.`;
	if (plan.opts.unmappedValues === 'error') {
		work.issue(field, 'VALUE_UNMAPPED', message, text);
		return undefined;
	}
	work.issue(field, 'VALUE_UNMAPPED', `${message} Kept as written.`, text, 'warning');
	return text;
}

/** Puts a fixed value or default in a field's text, checking it like any cell. */
function setValue(work: RowWork, field: string, value: FixedValue): void {
	work.text.set(field, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
}

/** The failed map of a row with no issue: never added to, so one serves every row. */
const NONE_FAILED: Set<string> = new Set();

/**
 * Reads each mapped column's cell as its field's text, through the value
 * maps, then places the typed columns' values row by row (typedColumns.ts:
 * "Phone 1 - Value" by its "Phone 1 - Type") into the fields still blank;
 * returns the fields whose value map refused their value.
 */
export function readCells(work: RowWork, plan: Plan, source: Record<string, unknown>): Set<string> {
	const { whitespace } = plan.opts;
	const mapped = plan.valueMaps.size > 0;
	for (const { field, column, multiline } of plan.cells) {
		const cell = Object.hasOwn(source, column) ? source[column] : undefined;
		// a number (from a JSON source) is written with its column's decimal mark, to read back as it is
		const text =
			typeof cell === 'number' && plan.decimalMarks.get(field) === ','
				? String(cell).replace('.', ',')
				: cellText(cell, whitespace, multiline);
		work.text.set(field, mapped ? (applyValueMap(work, plan, field, text) ?? '') : text);
	}
	placeTypedValues(work, plan, source);
	if (work.issues.length === 0) return NONE_FAILED;
	return new Set(work.issues.filter((i) => i.severity === 'error').map((i) => i.field));
}

/**
 * Puts the import's fixed values in their fields, whatever the row holds: a
 * different value is replaced with a warning, and a value-map refusal of
 * that field is forgotten (removed from `failedMap` and the issues).
 */
export function applyFixedValues(work: RowWork, plan: Plan, failedMap: Set<string>): void {
	const { fixedValues } = plan.opts;
	for (const field of plan.fixedFields) {
		const fixed = fixedValues[field.key];
		const was = work.text.get(field.key) ?? '';
		if (was !== '' && matchKey(was) !== matchKey(String(fixed))) {
			work.issue(
				field.key,
				'VALUE_REPLACED',
				`${work.where(field.key)}: ${show(was)} was replaced by the import's fixed value ${show(String(fixed))}.`,
				was,
				'warning',
			);
		}
		failedMap.delete(field.key);
		work.issues.splice(
			0,
			work.issues.length,
			...work.issues.filter((i) => !(i.field === field.key && i.code === 'VALUE_UNMAPPED')),
		);
		setValue(work, field.key, fixed);
	}
}

/** Fills the fields still blank with the import's defaults, else the schema's; never a field whose value map refused its value. */
export function applyDefaults(work: RowWork, plan: Plan, failedMap: ReadonlySet<string>): void {
	for (const [key, fallback] of plan.fallbacks)
		if (work.blank(key) && !failedMap.has(key)) setValue(work, key, fallback);
}
