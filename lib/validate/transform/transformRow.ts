import type { RowResult } from '../types';
import { SHOWN } from './cellText';
import { checkRequired } from './checkRequired';
import { liftTitle, splitCompounds } from './compoundFields';
import { convertValue } from './convertValue';
import type { Plan } from './plan';
import { RowWork } from './RowWork';
import { applyDefaults, applyFixedValues, readCells } from './rowTexts';
import { skipRow } from './skipRow';

/** The row's number: its own `rowNumberField` when that is a whole number, else counted from `firstRowNumber`. */
function rowNumber(source: Record<string, unknown>, index: number, plan: Plan): number {
	const { rowNumberField, firstRowNumber } = plan.opts;
	const raw = Object.hasOwn(source, rowNumberField) ? Number(source[rowNumberField]) : NaN;
	return Number.isInteger(raw) && raw > 0 ? raw : firstRowNumber + index;
}

/** Converts every kept field's text by type; text longer than a text field holds is `VALUE_TOO_LONG`. */
function convertFields(work: RowWork, plan: Plan): void {
	for (const field of plan.stored) {
		const text = work.text.get(field.key) ?? '';
		if (text === '') continue;
		if (
			field.maxLength !== undefined &&
			text.length > field.maxLength &&
			(field.type === 'string' || field.type === 'enum')
		) {
			work.issue(
				field.key,
				'VALUE_TOO_LONG',
				`${work.where(field.key)}: the value has ${text.length.toLocaleString('en-US')} characters; ${work.label(field.key)} holds at most ${field.maxLength.toLocaleString('en-US')}. Shorten it.`,
				`${text.slice(0, SHOWN)}…`,
			);
			continue;
		}
		convertValue(work, plan, field, text);
	}
}

/**
 * One source row into a {@link RowResult}, in stages: skip a blank or
 * template row; read the mapped cells through the value maps; put in the
 * fixed values; split the compound fields (full name, full address) and lift
 * a title out of the first name; fill blanks with defaults; convert each
 * field by type; check the required fields.
 */
export function transformRow(
	source: Record<string, unknown>,
	index: number,
	plan: Plan,
	exampleRow: ReadonlyMap<string, string>,
): RowResult {
	const row = rowNumber(source, index, plan);
	const skipped = skipRow(source, row, index, plan, exampleRow);
	if (skipped) return skipped;
	const work = new RowWork(row, plan);
	const failedMap = readCells(work, plan, source);
	applyFixedValues(work, plan, failedMap);
	// the first name as its column gave it, before a full-name split fills it
	const ownFirst = work.text.get('firstName') ?? '';
	splitCompounds(work, plan);
	liftTitle(work, plan, ownFirst);
	applyDefaults(work, plan, failedMap);
	convertFields(work, plan);
	checkRequired(work, plan);
	const errors = work.issues.some((i) => i.severity === 'error');
	return {
		row,
		index,
		status: errors ? 'invalid' : 'valid',
		record: work.record,
		issues: work.issues,
	};
}
