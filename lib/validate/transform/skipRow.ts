import type { RowResult } from '../types';
import { NOTE_PREFIX } from '../data/templateExamples';
import { cellText } from './cellText';
import type { Plan } from './plan';

function isBlankRow(row: Record<string, unknown>, skip: string): boolean {
	for (const [key, value] of Object.entries(row)) {
		if (key === skip || key === '_issues') continue;
		if (value !== null && value !== undefined && String(value).trim() !== '') return false;
	}
	return true;
}

/**
 * Whether a row is the notes row of a template made by createImportTemplate
 * (every cell starts "REQUIRED · " or "optional · ") or its example row
 * (exactly the example values under the template's headers).
 */
function isTemplateRow(
	source: Record<string, unknown>,
	skip: string,
	exampleRow: ReadonlyMap<string, string>,
): boolean {
	const cells = Object.entries(source).filter(
		([key, value]) => key !== skip && key !== '_issues' && cellText(value, 'trim') !== '',
	);
	if (
		cells.length >= 2 &&
		cells.every(
			([, value]) =>
				typeof value === 'string' &&
				(value.startsWith(NOTE_PREFIX.required) || value.startsWith(NOTE_PREFIX.optional)),
		)
	)
		return true;
	if (exampleRow.size < 2 || cells.length !== exampleRow.size) return false;
	return cells.every(([key, value]) => exampleRow.get(key) === cellText(value, 'collapse'));
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
