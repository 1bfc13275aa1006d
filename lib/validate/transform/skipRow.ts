import type { RowResult } from '../types';
import { NOTE_PREFIX } from '../data/templateExamples';
import { cellText } from './cellText';
import type { Plan } from './plan';

/** Whether a cell holds anything but whitespace. */
function isFilled(value: unknown): boolean {
	if (value === null || value === undefined) return false;
	// most cells start with a letter or digit: no need to trim them
	if (
		typeof value === 'string' &&
		value.length > 0 &&
		value.charCodeAt(0) > 32 &&
		value.charCodeAt(0) < 127
	)
		return true;
	return String(value).trim() !== '';
}

function isBlankRow(row: Record<string, unknown>, skip: string): boolean {
	for (const key in row) {
		if (!Object.hasOwn(row, key) || key === skip || key === '_issues') continue;
		if (isFilled(row[key])) return false;
	}
	return true;
}

/** Whether a cell is a template's note: "REQUIRED · …" or "optional · …". */
function isNote(value: unknown): boolean {
	return (
		typeof value === 'string' &&
		(value.startsWith(NOTE_PREFIX.required) || value.startsWith(NOTE_PREFIX.optional))
	);
}

/**
 * Whether a row is the notes row of a template made by createImportTemplate
 * (at least two cells, every one starting "REQUIRED · " or "optional · ") or
 * its example row (exactly the example values under the template's headers).
 * One pass over the cells, that stops at the first cell that is neither.
 */
function isTemplateRow(
	source: Record<string, unknown>,
	skip: string,
	exampleRow: ReadonlyMap<string, string>,
): boolean {
	let cells = 0;
	let notes = true;
	let example = exampleRow.size >= 2;
	for (const key in source) {
		if (!Object.hasOwn(source, key) || key === skip || key === '_issues') continue;
		const value = source[key];
		if (cellText(value, 'trim') === '') continue;
		cells++;
		if (notes && !isNote(value)) notes = false;
		if (example && exampleRow.get(key) !== cellText(value, 'collapse')) example = false;
		if (!notes && !example) return false;
	}
	if (notes && cells >= 2) return true;
	return example && cells === exampleRow.size;
}

/**
 * The result of a row that holds no record: a blank row (skipped, or a
 * `ROW_EMPTY` error with `emptyRows: 'error'`), or an import template's
 * notes or example row (skipped). `undefined` for a row to transform.
 */
export function skipRow(
	source: Record<string, unknown>,
	row: number,
	index: number,
	plan: Plan,
	exampleRow: ReadonlyMap<string, string>,
): RowResult | undefined {
	const { opts } = plan;
	if (isBlankRow(source, opts.rowNumberField)) {
		if (opts.emptyRows === 'skip')
			return { row, index, status: 'skipped', issues: [], skipReason: 'the row is empty' };
		const message = 'The row is empty. Delete it, or fill it in.';
		return {
			row,
			index,
			status: 'invalid',
			record: {},
			issues: [{ row, field: '*', code: 'ROW_EMPTY', message, severity: 'error' }],
		};
	}
	if (!isTemplateRow(source, opts.rowNumberField, exampleRow)) return undefined;
	return {
		row,
		index,
		status: 'skipped',
		issues: [],
		skipReason: "the row is the import template's notes or example row",
	};
}
