import type { Schema } from '../schema/types';
import { invalid } from './transform/options';
import { openTransformer } from './transform/openTransformer';
import type { MappingLike, TransformOptions, TransformResult } from './types';

export { DEFAULT_TRANSFORM_OPTIONS } from './transform/options';

/**
 * Turns source rows into clean records of a schema, or precise issues. Every
 * row comes back, in order: `valid` with its record, `invalid` with its
 * errors (and the part of the record that was fine), or `skipped` (a blank
 * row, or a template's notes or example row) with the reason.
 *
 * What it does to each row: reads each mapped column (whitespace trimmed and
 * collapsed), applies value maps ("PI" → "Personal Injury"; an unmapped value
 * is reported, never guessed), fixed values for the whole import, splits a
 * full name (`splitName`) and a full address (`splitAddress`) into the parts
 * the row lacks, moves a title written in the first-name column ("Dr. Sam")
 * to Title, fills blanks with defaults, then checks and normalizes each
 * value by type: emails (`normalizeEmail`, typo suggestions as warnings),
 * phones (`normalizePhone`, stored E.164), dates (`parseDate`, the day-month
 * order decided once per column by `detectDateOrder`), numbers, yes/no,
 * enums and lengths; and last, that the row has the required fields.
 *
 * The schema's field flags say which fields are split (`splitsInto`), keep
 * line breaks (`multiline`) or take a second email (`overflowTo`). Options
 * are checked and the normalizers prepared once per call, before any row
 * (see ./transform/: plan, cell text, converters, compound fields, row core).
 * For rows that come in batches, {@link createRecordTransformer} is the same
 * transform, decided once from a sample.
 *
 * @param rows - source rows, header → cell (as Spreadsheet to Records emits them; `_row` holds the row number)
 * @param mapping - which column holds which field: an {@link autoMapHeaders} result or a {@link MappingProfile}
 * @param schema - a built-in schema's name or a {@link Schema}
 * @param options - see {@link TransformOptions}
 * @returns a result per row, totals, and the date order used per date field
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` for a bad option or mapping (checked once, before any row)
 *
 * @example
 * transformRecords([{ Name: 'Ada Lovelace', Tel: '555-010-0123' }], { columns: [{ header: 'Name', field: 'fullName' }, { header: 'Tel', field: 'phone' }] }, 'clients').rows[0].record
 * //=> { firstName: 'Ada', lastName: 'Lovelace', phone: '+15550100123' }
 *
 * @example
 * transformRecords([{ Email: 'ann@gmial' }], { columns: [{ header: 'Email', field: 'email' }] }, 'contacts').rows[0].issues.map((i) => i.code)
 * //=> ['EMAIL_INVALID', 'VALUE_REQUIRED', 'VALUE_REQUIRED']
 */
export function transformRecords(
	rows: ReadonlyArray<Record<string, unknown>>,
	mapping: MappingLike,
	schema: string | Schema,
	options?: TransformOptions,
): TransformResult {
	if (!Array.isArray(rows)) throw invalid('rows', 'a list of rows', typeof rows);
	const { plan, transformer } = openTransformer(mapping, schema, options);
	transformer.decide(rows);
	const results = transformer.transform(rows, 0);
	const totals = { rows: results.length, valid: 0, invalid: 0, skipped: 0, warnings: 0 };
	for (const r of results) {
		totals[r.status]++;
		totals.warnings += r.issues.filter((i) => i.severity === 'warning').length;
	}
	return {
		rows: results,
		totals,
		dateOrders: Object.fromEntries(plan.dateOrders),
		decimalMarks: Object.fromEntries(plan.decimalMarks),
		nameOrders: Object.fromEntries(plan.nameOrders),
	};
}
