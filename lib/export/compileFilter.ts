/*
 * Checks a filter once (FilterGroup or the flat form) and turns it into a
 * predicate over records. Shared by filterRecords, exportRecords and the
 * streaming export. Internal to the library.
 */
import { IntakeError } from '../errors';
import type { DateOrder } from '../normalize/parseDate';
import type { FilterGroup, FilterOperator, FlatFilter } from './types';
import {
	compareDates,
	foldText,
	isEmptyValue,
	readPath,
	textOf,
	toDateKey,
	toNumber,
	type DateKey,
} from './values';

/** Every operator, in the documented API's order. */
export const FILTER_OPERATORS: readonly FilterOperator[] = Object.freeze([
	'eq',
	'neq',
	'contains',
	'not_contains',
	'starts_with',
	'ends_with',
	'gt',
	'gte',
	'lt',
	'lte',
	'in',
	'not_in',
	'is_empty',
	'is_not_empty',
]);

/** Deepest nesting of groups accepted (a guard against runaway or cyclic input). */
export const MAX_FILTER_DEPTH = 32;

/** A checked condition. */
export interface CheckedCondition {
	field: string;
	operator: FilterOperator;
	/** The value as given (a list for in/not_in). */
	value: unknown;
	/** Where it sits, for messages: `filters.conditions[1]`. */
	path: string;
}

/** A checked group. */
export interface CheckedGroup {
	operator: 'and' | 'or';
	conditions: Array<CheckedCondition | CheckedGroup>;
	path: string;
}

function bad(path: string, message: string): IntakeError {
	return new IntakeError('EXPORT_INVALID_FILTER', `Invalid filter at ${path}: ${message}`, {
		path,
	});
}

function show(value: unknown): string {
	if (value instanceof Date) return value.toISOString();
	try {
		const text = JSON.stringify(value) ?? String(value);
		return text.length > 60 ? `${text.slice(0, 60)}…` : text;
	} catch {
		return String(value);
	}
}

function isScalar(value: unknown): boolean {
	return (
		typeof value === 'string' ||
		typeof value === 'number' ||
		typeof value === 'boolean' ||
		value instanceof Date
	);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function checkCondition(input: Record<string, unknown>, path: string): CheckedCondition {
	const { field, operator, value } = input;
	if (typeof field !== 'string' || field.trim() === '')
		throw bad(
			path,
			`\`field\` must be a field name such as "status" or "client.name", got ${show(field)}.`,
		);
	if (typeof operator !== 'string' || !FILTER_OPERATORS.includes(operator as FilterOperator)) {
		throw bad(
			path,
			`unknown operator ${show(operator)} for "${field}"; expected one of ${FILTER_OPERATORS.join(', ')}.`,
		);
	}
	const op = operator as FilterOperator;
	if (op === 'is_empty' || op === 'is_not_empty')
		return { field, operator: op, value: undefined, path };
	if (op === 'in' || op === 'not_in') {
		// the flat query-string form writes a list as "a,b,c"
		const list = typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;
		if (!Array.isArray(list) || !list.every(isScalar))
			throw bad(
				path,
				`${op} on "${field}" needs a list of values (or "a,b,c"), got ${show(value)}.`,
			);
		return { field, operator: op, value: list, path };
	}
	if (!isScalar(value) || (value instanceof Date && Number.isNaN(value.getTime()))) {
		throw bad(
			path,
			`${op} on "${field}" needs a text, number, boolean or date value, got ${show(value)}.`,
		);
	}
	if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
		if (toNumber(value) === undefined && toDateKey(value) === undefined) {
			throw bad(
				path,
				`${op} on "${field}" compares with ${show(value)}, which is neither a number (such as 1,234.5) nor a date (such as 2025-01-05).`,
			);
		}
	}
	return { field, operator: op, value, path };
}

function checkGroup(input: unknown, path: string, depth: number): CheckedGroup {
	if (depth > MAX_FILTER_DEPTH)
		throw bad(path, `groups nest deeper than ${MAX_FILTER_DEPTH} levels.`);
	if (!isObject(input))
		throw bad(
			path,
			`expected a group { "operator": "and" | "or", "conditions": [...] }, got ${show(input)}.`,
		);
	const { operator, conditions } = input;
	if (operator !== 'and' && operator !== 'or')
		throw bad(path, `a group's \`operator\` must be "and" or "or", got ${show(operator)}.`);
	if (!Array.isArray(conditions))
		throw bad(path, `the group has no \`conditions\` list (got ${show(conditions)}).`);
	return {
		operator,
		path,
		conditions: conditions.map((c, i) => {
			const at = `${path}.conditions[${i}]`;
			if (!isObject(c))
				throw bad(
					at,
					`expected a condition { "field", "operator", "value" } or a group, got ${show(c)}.`,
				);
			// a group is what has conditions, or and/or for its operator; anything else is a condition
			return 'conditions' in c || c.operator === 'and' || c.operator === 'or'
				? checkGroup(c, at, depth + 1)
				: checkCondition(c, at);
		}),
	};
}

/**
 * Checks a filter, FilterGroup or flat (`filter_field`, `filter_operator`,
 * `filter_value`), and returns it as a group.
 *
 * @throws IntakeError `EXPORT_INVALID_FILTER` naming what is wrong and where
 */
export function checkFilter(filter: FilterGroup | FlatFilter): CheckedGroup {
	if (isObject(filter) && ('filter_field' in filter || 'filter_operator' in filter)) {
		const flat = filter as unknown as Record<string, unknown>;
		const condition = checkCondition(
			{ field: flat.filter_field, operator: flat.filter_operator, value: flat.filter_value },
			'filter_field/filter_operator/filter_value',
		);
		return { operator: 'and', conditions: [condition], path: 'filter' };
	}
	return checkGroup(filter, 'filters', 1);
}

/** Every field a checked filter reads, each once. */
export function filterFields(group: CheckedGroup): string[] {
	const fields = new Set<string>();
	const walk = (g: CheckedGroup): void => {
		for (const c of g.conditions) {
			if ('conditions' in c) walk(c);
			else fields.add(c.field);
		}
	};
	walk(group);
	return [...fields];
}

type Test = (value: unknown) => boolean;

/** The filter value, read once per condition. */
interface Operand {
	number?: number;
	date?: DateKey;
	text: string;
	empty: boolean;
}

function operand(value: unknown, order: DateOrder | undefined): Operand {
	return {
		number: toNumber(value),
		date: toDateKey(value, order),
		text: foldText(textOf(value).trim()),
		empty: isEmptyValue(value),
	};
}

function equals(value: unknown, b: Operand, order: DateOrder | undefined): boolean {
	if (isEmptyValue(value)) return b.empty;
	if (b.number !== undefined) {
		const n = toNumber(value);
		if (n !== undefined) return n === b.number;
	}
	if (b.date !== undefined) {
		const d = toDateKey(value, order);
		if (d !== undefined) return compareDates(d, b.date) === 0;
	}
	return foldText(textOf(value).trim()) === b.text;
}

function positiveTest(c: CheckedCondition, order: DateOrder | undefined): Test {
	switch (c.operator) {
		case 'eq':
		case 'neq': {
			const b = operand(c.value, order);
			return (v) => equals(v, b, order);
		}
		case 'in':
		case 'not_in': {
			const list = (c.value as unknown[]).map((x) => operand(x, order));
			return (v) => list.some((b) => equals(v, b, order));
		}
		case 'contains':
		case 'not_contains': {
			const b = foldText(textOf(c.value));
			return (v) => !isEmptyValue(v) && foldText(textOf(v)).includes(b);
		}
		case 'starts_with': {
			const b = foldText(textOf(c.value));
			return (v) => !isEmptyValue(v) && foldText(textOf(v).trim()).startsWith(b);
		}
		case 'ends_with': {
			const b = foldText(textOf(c.value));
			return (v) => !isEmptyValue(v) && foldText(textOf(v).trim()).endsWith(b);
		}
		case 'gt':
		case 'gte':
		case 'lt':
		case 'lte': {
			const b = operand(c.value, order);
			const pass =
				c.operator === 'gt'
					? (x: number) => x > 0
					: c.operator === 'gte'
						? (x: number) => x >= 0
						: c.operator === 'lt'
							? (x: number) => x < 0
							: (x: number) => x <= 0;
			if (b.number !== undefined) {
				const bn = b.number;
				return (v) => {
					const n = toNumber(v);
					return n !== undefined && pass(n === bn ? 0 : n < bn ? -1 : 1);
				};
			}
			const bd = b.date as DateKey;
			return (v) => {
				const d = toDateKey(v, order);
				return d !== undefined && pass(compareDates(d, bd));
			};
		}
		default:
			return isEmptyValue;
	}
}

const NEGATED = new Set<FilterOperator>(['neq', 'not_contains', 'not_in', 'is_not_empty']);

/**
 * Turns a checked group into a predicate over records. `dateOrder` gives
 * the day-month order of each field's dates (undefined: each date read on
 * its own, month first when it does not settle it).
 */
export function compileFilter(
	group: CheckedGroup,
	dateOrder: (field: string) => DateOrder | undefined = () => undefined,
): (record: unknown) => boolean {
	const compile = (g: CheckedGroup): ((record: unknown) => boolean) => {
		const parts = g.conditions.map((c): ((record: unknown) => boolean) => {
			if ('conditions' in c) return compile(c);
			const test = positiveTest(c, dateOrder(c.field));
			const negated = NEGATED.has(c.operator);
			const field = c.field;
			return (record) => {
				const { value } = readPath(record, field);
				// a list matches when one of its items does (tags contains "vip"); the negations when none does
				const hit =
					Array.isArray(value) &&
					value.length > 0 &&
					c.operator !== 'is_empty' &&
					c.operator !== 'is_not_empty'
						? value.some(test)
						: test(value);
				return negated ? !hit : hit;
			};
		});
		return g.operator === 'and' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
	};
	return compile(group);
}
