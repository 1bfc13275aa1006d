import { missingFromSets } from '../../schema/missingFromSets';
import type { Plan } from './plan';
import type { RowWork } from './RowWork';

/**
 * Reports the required fields a row lacks (`VALUE_REQUIRED`), for the
 * nearest complete set of the schema's `requiredAnyOf`. A field with an
 * error of its own counts as given: it is reported once, for its value.
 * The message names the column that was blank, or the compound column (Full
 * name) that gave no such part, and the other ways to complete the row.
 */
export function checkRequired(work: RowWork, plan: Plan): void {
	const filled = (key: string): boolean =>
		(work.record[key] !== undefined && work.record[key] !== '') ||
		work.issues.some((i) => i.field === key && i.severity === 'error');
	// most rows complete a set: no list of the missing to build
	if (plan.requiredSets.some((set) => set.every(filled))) return;
	const nearest = missingFromSets(plan.requiredSets, filled);
	const others = (field: string): string => {
		const alternatives = plan.schema.requiredAnyOf
			.filter((set) => !set.includes(field))
			.map((set) => set.map((k) => work.label(k)).join(' + '));
		return alternatives.length ? ` (or give ${alternatives.join(' or ')})` : '';
	};
	for (const field of nearest) {
		const column = work.column(field);
		let why = column !== undefined ? `column "${column}" is blank` : 'no column is mapped to it';
		const compound = plan.compounds.find(
			(c) => work.column(c.field.key) !== undefined && c.parts.some(([, key]) => key === field),
		);
		if (column === undefined && compound !== undefined)
			why = `column "${work.column(compound.field.key)}" gave none`;
		work.issue(
			field,
			'VALUE_REQUIRED',
			`${work.label(field)} is required${others(field)}, but ${why}. Fill it in, or set a default value.`,
		);
	}
}
