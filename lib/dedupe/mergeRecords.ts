import { IntakeError, invalidOption } from '../errors';
import { parseDate } from '../normalize/parseDate';
import type { FieldRule, MergePolicy } from './types';

const RULES: readonly FieldRule[] = ['keepExisting', 'keepIncoming', 'newest'];
const DEFAULT_MULTI_VALUED: ReadonlyArray<readonly string[]> = [
	['email', 'email2'],
	['phone', 'phone2'],
];

function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('MERGE_INVALID_OPTION', name, expected, got);
}

function checkPolicy(policy: MergePolicy): Required<MergePolicy> {
	if (typeof policy !== 'object' || policy === null) throw invalid('policy', 'an object', policy);
	const rule = policy.default ?? 'keepExisting';
	if (!RULES.includes(rule)) throw invalid('default', RULES.join(', '), rule);
	const fields = policy.fields ?? {};
	if (typeof fields !== 'object' || fields === null)
		throw invalid('fields', 'an object of field → rule', fields);
	for (const [k, v] of Object.entries(fields))
		if (!RULES.includes(v)) throw invalid(`fields.${k}`, RULES.join(', '), v);
	const multiValued = policy.multiValued ?? DEFAULT_MULTI_VALUED;
	if (
		!Array.isArray(multiValued) ||
		multiValued.some(
			(g) => !Array.isArray(g) || g.length === 0 || g.some((f) => typeof f !== 'string'),
		)
	) {
		throw invalid('multiValued', 'a list of non-empty lists of field names', multiValued);
	}
	const dateField = policy.dateField ?? 'updatedAt';
	if (typeof dateField !== 'string') throw invalid('dateField', 'a field name', dateField);
	return { default: rule, fields, dateField, multiValued };
}

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** What makes two values of a multi-valued field the same: case and punctuation ignored, so "(555) 123-4567" = "555.123.4567". */
function sameness(value: unknown): string {
	const s = String(value).trim().toLowerCase();
	const digits = s.replace(/\D/g, '');
	return /^[\d\s().+\-x]+$/.test(s) && digits.length >= 7 ? digits.replace(/^1(?=\d{10}$)/, '') : s;
}

/** A record's date for 'newest', as a sortable number; unreadable dates count as oldest. */
function dateOf(record: Record<string, unknown>, field: string): number {
	const v = record[field];
	if (v instanceof Date) return v.getTime() || -Infinity;
	if (typeof v !== 'string' && typeof v !== 'number') return -Infinity;
	const parsed = parseDate(typeof v === 'number' ? v : v.trim());
	if (!parsed.ok) return -Infinity;
	// a written offset is kept by parseDate; a date or a time without one is read as UTC
	const iso = parsed.value;
	const utc = iso.length === 10 ? `${iso}T00:00:00Z` : iso.length === 19 ? `${iso}Z` : iso;
	return Date.parse(utc) || -Infinity;
}

/** Indices of the records in the order a rule prefers them: the first one with a value wins. */
function preference(rule: FieldRule, count: number, dates: () => number[]): number[] {
	const order = Array.from({ length: count }, (_, i) => i);
	if (rule === 'keepIncoming') return order.reverse();
	if (rule === 'newest') {
		const d = dates();
		// newest first; equal dates favour the later (incoming) record
		return order.sort((x, y) => d[y] - d[x] || y - x);
	}
	return order;
}

function set(target: Record<string, unknown>, key: string, value: unknown): void {
	// defineProperty, so that a hostile "__proto__" key stays a plain field
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true,
	});
}

/**
 * Merges records of one person into one, field by field. The first record is
 * the existing (or earliest) one; the others are incoming, in order. A filled
 * value always beats an empty one; when several are filled, the field's rule
 * decides: keep the existing value, keep the incoming one, or keep the one
 * from the record with the newest `dateField`. Multi-valued fields keep every
 * distinct value in their slots: a second email goes to email2. Fields keep
 * the order in which they first appear.
 *
 * @param records - the records to merge, existing first; non-objects count as empty records
 * @param policy - field rules, the date field, and the multi-valued slots
 * @returns a new record; the inputs are not changed
 * @throws IntakeError `MERGE_INVALID_OPTION` for a bad policy
 * @example
 * mergeRecords([{ firstName: 'Bob', email: 'bob@x.com', city: '' }, { firstName: 'Robert', email: 'rob@y.com', city: 'Austin' }])
 * //=> { firstName: 'Bob', email: 'bob@x.com', email2: 'rob@y.com', city: 'Austin' }
 */
export function mergeRecords(
	records: ReadonlyArray<Record<string, unknown>>,
	policy: MergePolicy = {},
): Record<string, unknown> {
	if (!Array.isArray(records)) throw invalid('records', 'an array of records', records);
	const p = checkPolicy(policy);
	const rows = records.map((r) =>
		typeof r === 'object' && r !== null && !Array.isArray(r) ? r : {},
	);
	let dates: number[] | undefined;
	const getDates = () => (dates ??= rows.map((r) => dateOf(r, p.dateField)));
	const ruleOf = (field: string): FieldRule =>
		Object.prototype.hasOwnProperty.call(p.fields, field) ? p.fields[field] : p.default;
	const merged: Record<string, unknown> = {};
	const slotGroup = new Map<string, readonly string[]>();
	for (const group of p.multiValued) for (const f of group) slotGroup.set(f, group);
	const done = new Set<string>();
	for (const row of rows) {
		for (const key of Object.keys(row)) {
			if (done.has(key)) continue;
			const group = slotGroup.get(key);
			if (!group) {
				done.add(key);
				const winner = preference(ruleOf(key), rows.length, getDates).find(
					(i) => !isEmpty(rows[i][key]),
				);
				set(merged, key, winner === undefined ? row[key] : rows[winner][key]);
				continue;
			}
			// a multi-valued group: distinct values, the preferred record's first, fill the slots in order
			for (const f of group) done.add(f);
			const values: unknown[] = [];
			const seen = new Set<string>();
			for (const i of preference(ruleOf(group[0]), rows.length, getDates)) {
				for (const f of group) {
					const v = rows[i][f];
					if (isEmpty(v) || seen.has(sameness(v))) continue;
					seen.add(sameness(v));
					values.push(v);
				}
			}
			group.forEach((f, k) => {
				if (k < values.length) set(merged, f, values[k]);
				else if (rows.some((r) => Object.prototype.hasOwnProperty.call(r, f))) set(merged, f, '');
			});
		}
	}
	return merged;
}
