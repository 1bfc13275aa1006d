import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import {
	createMappingProfile,
	type MappingResult,
	type MappingProfile,
	type RecordIssue,
	type Schema,
	type TransformOptions,
	type TransformResult,
} from '../../lib';
import { ERRORS, ROW, SHEET, SKIP_REASON, STATUS, WARNINGS } from '../shared/items';

/** What the outputs are made of: the input rows, the mapping, and what the transform made of them. */
export interface MappedRun {
	rows: IDataObject[];
	schema: Schema;
	mapping: MappingResult;
	/** The options as chosen (the profile the report offers saves these). */
	chosen: TransformOptions;
	profile: MappingProfile | undefined;
	result: TransformResult;
	/** The worksheet these rows came from, when the input names one (`_sheet`). */
	sheet?: string;
}

/** The mapping report: each column, its field and why, the totals, a profile to save, and each row before and after. */
export function reportItem(run: MappedRun): INodeExecutionData {
	const { rows, schema, mapping, result, profile } = run;
	return {
		json: {
			_type: 'mappingReport',
			...(run.sheet !== undefined && { sheet: run.sheet }),
			schema: schema.name,
			rows: result.totals,
			columns: mapping.columns.map((c) => ({ ...c })),
			missingRequired: mapping.missingRequired,
			dateOrders: result.dateOrders,
			decimalMarks: result.decimalMarks,
			nameOrders: result.nameOrders,
			profile: createMappingProfile(mapping, {
				name: profile?.name ?? `${schema.name} import`,
				schema: schema.name,
				options: run.chosen,
			}),
			samples: result.rows.map((r) => ({
				row: r.row,
				status: r.status,
				before: rows[r.index],
				after: r.record ?? null,
				issues: r.issues,
				...(r.skipReason && { skipReason: r.skipReason }),
			})),
		} as unknown as IDataObject,
		pairedItem: result.rows.map((r) => ({ item: r.index })),
	};
}

const asJson = (issues: RecordIssue[]) => issues as unknown as IDataObject[];

/**
 * The Valid and Invalid outputs: a valid row's record with `_row` (and
 * `_warnings`); an invalid or skipped row as it came, with `_row`, `_status`,
 * `_errors` (and `_warnings`, `_skipReason`). Each is paired with its row;
 * a valid record keeps the `_sheet` its row came from. Rows of several
 * sheets come out in the input's order.
 */
export function recordItems(runs: readonly MappedRun[]): {
	valid: INodeExecutionData[];
	invalid: INodeExecutionData[];
} {
	const valid: INodeExecutionData[] = [];
	const invalid: INodeExecutionData[] = [];
	const results = runs.flatMap((run) => run.result.rows.map((r) => ({ run, r })));
	// in the input's order, whatever sheet each row is on
	results.sort((a, b) => a.r.index - b.r.index);
	for (const { run, r } of results) {
		const errors = r.issues.filter((i) => i.severity === 'error');
		const warnings = r.issues.filter((i) => i.severity === 'warning');
		if (r.status === 'valid') {
			const json: IDataObject = { ...(r.record as IDataObject), [ROW]: r.row };
			if (run.sheet !== undefined) json[SHEET] = run.sheet;
			if (warnings.length) json[WARNINGS] = asJson(warnings);
			valid.push({ json, pairedItem: { item: r.index } });
		} else {
			const json: IDataObject = {
				...run.rows[r.index],
				[ROW]: r.row,
				[STATUS]: r.status,
				[ERRORS]: asJson(errors),
			};
			if (warnings.length) json[WARNINGS] = asJson(warnings);
			if (r.skipReason) json[SKIP_REASON] = r.skipReason;
			invalid.push({ json, pairedItem: { item: r.index } });
		}
	}
	return { valid, invalid };
}
