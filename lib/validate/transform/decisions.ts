import { createDateParser, type DateResult } from '../../normalize/createDateParser';
import type { DateOrder } from '../../normalize/options';
import type { TransformDecisions } from '../types';
import { memoize } from './memo';
import { invalid } from './options';
import type { Plan } from './plan';

const DATE_ORDERS: readonly string[] = ['MDY', 'DMY', 'YMD'];
const DECIMAL_MARKS: readonly string[] = ['.', ','];
const NAME_ORDERS: readonly string[] = ['givenFirst', 'surnameFirst'];

/** The plan's parser for one day-month order, prepared the first time it is needed. */
export function dateParserFor(
	plan: Plan,
	order: DateOrder | 'auto',
): (input: string) => DateResult {
	let parse = plan.dateParsersByOrder.get(order);
	if (!parse) plan.dateParsersByOrder.set(order, (parse = memoize(createDateParser({ order }))));
	return parse;
}

/**
 * Prepares one date parser per day-month order in force, for every date
 * field: the field's decided order, or `'auto'` for a column that settled
 * nothing (its ambiguous dates are reported, never guessed).
 */
export function prepareDateParsers(plan: Plan): void {
	for (const field of plan.schema.fields) {
		if (field.type !== 'date' && field.type !== 'datetime') continue;
		const decided = plan.dateOrders.get(field.key);
		const order = decided === undefined || decided === 'ambiguous' ? 'auto' : decided;
		plan.dateParsers.set(field.key, dateParserFor(plan, order));
	}
}

/** The plan's decisions as plain JSON: what a column did not settle is left out. */
export function decisionsOf(plan: Plan): TransformDecisions {
	const decisions: TransformDecisions = { dateOrders: {}, decimalMarks: {}, nameOrders: {} };
	for (const [key, order] of plan.dateOrders)
		if (order !== 'ambiguous') decisions.dateOrders[key] = order;
	for (const [key, mark] of plan.decimalMarks)
		if (mark !== 'ambiguous') decisions.decimalMarks[key] = mark;
	for (const [key, order] of plan.nameOrders)
		if (order !== 'undecided') decisions.nameOrders[key] = order;
	const given: Record<string, string[]> = {};
	for (const [key, split] of plan.nameSplitOptions)
		if (split.compoundGivenNames && split.compoundGivenNames.size > 0)
			given[key] = [...split.compoundGivenNames].sort();
	if (Object.keys(given).length > 0) decisions.compoundGivenNames = given;
	return decisions;
}

/** One part of the decisions: a record of field → one of `allowed`, for fields of the right type. */
function readPart(
	decided: Record<string, unknown>,
	part: keyof TransformDecisions,
	allowed: readonly string[] | undefined,
	isField: (key: string) => boolean,
): Map<string, unknown> {
	const value = decided[part];
	const read = new Map<string, unknown>();
	if (value === undefined && part === 'compoundGivenNames') return read;
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw invalid(`decided.${part}`, 'an object of field → decision', value);
	for (const [key, v] of Object.entries(value)) {
		if (!isField(key))
			throw invalid(`decided.${part}`, 'fields of the schema of the right type', key);
		const ok =
			allowed === undefined
				? Array.isArray(v) && v.every((s) => typeof s === 'string')
				: allowed.includes(v as string);
		if (!ok)
			throw invalid(
				`decided.${part}.${key}`,
				allowed ? allowed.map((a) => JSON.stringify(a)).join(' or ') : 'a list of names',
				v,
			);
		read.set(key, v);
	}
	return read;
}

/**
 * Puts decisions made earlier (by decide() on a sample, perhaps in another
 * thread) in the plan, as decideDateOrders, decideDecimalMarks and
 * decideNameOrders would have: a field they leave out is one its column did
 * not settle, read as those functions read an unsettled column.
 *
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` for decisions that are not of this schema
 */
export function applyDecisions(plan: Plan, decided: unknown): void {
	if (decided === null || typeof decided !== 'object' || Array.isArray(decided))
		throw invalid('decided', 'the decisions of an earlier decide()', decided);
	const d = decided as Record<string, unknown>;
	const typeOf = (key: string) => plan.fields.get(key)?.type;
	const isDate = (key: string) => typeOf(key) === 'date' || typeOf(key) === 'datetime';
	const names = new Set(plan.compounds.filter((c) => c.kind === 'name').map((c) => c.field.key));
	const dates = readPart(d, 'dateOrders', DATE_ORDERS, isDate);
	const marks = readPart(d, 'decimalMarks', DECIMAL_MARKS, (k) => typeOf(k) === 'number');
	const orders = readPart(d, 'nameOrders', NAME_ORDERS, (k) => names.has(k));
	const given = readPart(d, 'compoundGivenNames', undefined, (k) => names.has(k));
	const { opts } = plan;
	for (const field of plan.schema.fields) {
		const key = field.key;
		const mapped = plan.columns.has(key);
		const fixed = (o: string) => (o === 'auto' ? undefined : o);
		if (isDate(key)) {
			const order = dates.get(key) ?? fixed(opts.dateOrder) ?? (mapped ? 'ambiguous' : undefined);
			if (order !== undefined) plan.dateOrders.set(key, order as 'MDY');
		} else if (field.type === 'number') {
			const mark = marks.get(key) ?? fixed(opts.decimalMark) ?? (mapped ? 'ambiguous' : undefined);
			if (mark !== undefined) plan.decimalMarks.set(key, mark as '.');
		}
		if (!names.has(key)) continue;
		const order = (orders.get(key) ?? fixed(opts.nameOrder) ?? 'undecided') as 'givenFirst';
		plan.nameOrders.set(key, order);
		plan.nameSplitOptions.set(key, {
			order: (order as string) === 'undecided' ? 'givenFirst' : order,
			compoundGivenNames: new Set((given.get(key) as string[] | undefined) ?? []),
		});
	}
	prepareDateParsers(plan);
}
