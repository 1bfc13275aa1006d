import type { Plan } from './plan';

/**
 * Decides each number field's decimal mark, once per call: the option's
 * mark, or with `'auto'` the one its whole column settles.
 *
 * TODO(issue 17): settle `'auto'` from the column; today it reads '.'.
 */
export function decideDecimalMarks(plan: Plan, rows: ReadonlyArray<Record<string, unknown>>): void {
	void rows;
	for (const field of plan.schema.fields) {
		if (field.type !== 'number') continue;
		plan.decimalMarks.set(field.key, plan.opts.decimalMark === ',' ? ',' : '.');
	}
}
