import { detectDecimalMark } from '../../normalize/number/detectDecimalMark';
import { columnTexts } from './columnTexts';
import type { Plan } from './plan';

/**
 * Decides each number field's decimal mark, once per call: the option's
 * mark, or with `'auto'` the one its whole column settles
 * (detectDecimalMark). A column that settles nothing is `'ambiguous'`: its
 * values that read two ways (1,234) are reported, never guessed. Cells that
 * are already numbers (from a JSON source) are no evidence of how the file
 * writes them, so they do not vote.
 */
export function decideDecimalMarks(plan: Plan, rows: ReadonlyArray<Record<string, unknown>>): void {
	for (const field of plan.schema.fields) {
		if (field.type !== 'number') continue;
		const column = plan.columns.get(field.key);
		if (plan.opts.decimalMark !== 'auto') plan.decimalMarks.set(field.key, plan.opts.decimalMark);
		else if (column !== undefined) {
			const texts = columnTexts(rows, column, (cell) => typeof cell !== 'number');
			plan.decimalMarks.set(field.key, detectDecimalMark(texts));
		}
	}
}
