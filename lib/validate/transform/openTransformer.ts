import type { Schema } from '../../schema/types';
import { templateRows } from '../templateRows';
import type {
	MappingLike,
	RecordTransformer,
	RowResult,
	TransformDecisions,
	TransformOptions,
} from '../types';
import { decideDateOrders } from './dateOrders';
import { decideDecimalMarks } from './decimalMarks';
import { applyDecisions, decisionsOf } from './decisions';
import { decideNameOrders } from './nameOrders';
import { invalid } from './options';
import { makePlan, type Plan } from './plan';
import { transformRow } from './transformRow';

/** The template's example row, header → value, to recognise it among the rows. */
function exampleRowOf(schema: Schema): Map<string, string> {
	const { headers, example } = templateRows(schema);
	return new Map(
		headers.map((h, i): [string, string] => [h, example[i]]).filter(([, text]) => text !== ''),
	);
}

/** A row as transformRow reads it: anything but an object reads as an empty row. */
function usable(row: unknown): Record<string, unknown> {
	return row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : {};
}

/**
 * The record transformer and the plan behind it (transformRecords reads the
 * plan's orders, undecided columns included). Options are checked here, once.
 *
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` for a bad option, mapping or `decided`
 */
export function openTransformer(
	mapping: MappingLike,
	schema: string | Schema,
	options?: TransformOptions & { decided?: TransformDecisions },
): { plan: Plan; transformer: RecordTransformer } {
	// makePlan reads only the transform options; `decided` is read below
	const plan = makePlan(mapping, schema, options);
	const decided = options?.decided;
	const exampleRow = exampleRowOf(plan.schema);
	let decisions: TransformDecisions | undefined;
	if (decided !== undefined) {
		applyDecisions(plan, decided);
		decisions = decisionsOf(plan);
	}
	const decide = (sample: ReadonlyArray<Record<string, unknown>>): TransformDecisions => {
		if (decisions) return decisions;
		if (!Array.isArray(sample)) throw invalid('sample', 'a list of rows', typeof sample);
		const rows = sample.map(usable);
		decideDateOrders(plan, rows);
		decideDecimalMarks(plan, rows);
		decideNameOrders(plan, rows);
		return (decisions = decisionsOf(plan));
	};
	const transformer: RecordTransformer = {
		decide,
		get decisions() {
			return decisions ?? { dateOrders: {}, decimalMarks: {}, nameOrders: {} };
		},
		transform(rows, firstIndex) {
			if (!Array.isArray(rows)) throw invalid('rows', 'a list of rows', typeof rows);
			if (!Number.isInteger(firstIndex) || firstIndex < 0)
				throw invalid('firstIndex', 'a whole number of 0 or more', firstIndex);
			// a first batch before any decide() decides from itself, as transformRecords does
			if (!decisions) decide(rows);
			const results: RowResult[] = new Array(rows.length);
			for (let i = 0; i < rows.length; i++)
				results[i] = transformRow(usable(rows[i]), firstIndex + i, plan, exampleRow);
			return results;
		},
	};
	return { plan, transformer };
}
