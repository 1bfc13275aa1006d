import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import {
	autoMapHeaders,
	overrideMapping,
	transformRecords,
	type MappingProfile,
	type MappingResult,
	type Schema,
} from '../../lib';
import { failedItems, HEADER, ISSUES, ROW, rowOf, SHEET, STATUS } from '../shared/items';
import { sheetGroups } from './sheets';
import { MAP_V1, SAMPLE_ROWS, UNMAPPED } from './defaults';
import { chosenOptions, pinnedOptions, type NodeOptions } from './options';
import { recordItems, reportItem, type MappedRun } from './outputs';
import { parseProfile } from './profile';
import { schemaFromParameters, type ParameterGetter } from './schemaFromParameters';

/** Properties Spreadsheet to Records adds to each row: not columns of the file. */
const ROW_META = new Set([ROW, ISSUES, SHEET, HEADER]);

/** Every column of the rows, in first-seen order. */
function headersOf(rows: readonly IDataObject[]): string[] {
	const seen = new Set<string>();
	for (const row of rows) for (const key of Object.keys(row)) if (!ROW_META.has(key)) seen.add(key);
	return [...seen];
}

/** The columns mapped automatically (a saved profile's mapping first), then the Column Overrides applied. */
function mappingOf(
	get: ParameterGetter,
	rows: IDataObject[],
	schema: Schema,
	profile: MappingProfile | undefined,
): MappingResult {
	const mapping = autoMapHeaders(headersOf(rows), schema, {
		sampleRows: rows.slice(0, SAMPLE_ROWS),
		remembered: profile ? [profile] : [],
	});
	const overrides =
		(get('overrides', MAP_V1.overrides) as { values?: Array<{ column?: string; field?: string }> })
			.values ?? [];
	if (!overrides.length) return mapping;
	const byColumn = overrides
		.filter((o) => o.column)
		.map((o) => [o.column as string, o.field && o.field !== UNMAPPED ? o.field : null]);
	return overrideMapping(mapping, Object.fromEntries(byColumn), schema);
}

/**
 * Maps the input rows' columns onto a schema and turns each row into a clean
 * record (output Valid) or the original row with its issues (output Invalid).
 * The rows are one table: the mapping and the date order are decided once
 * for all of them.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	try {
		const get: ParameterGetter = (name, fallback) => this.getNodeParameter(name, 0, fallback);
		const schema = schemaFromParameters(get, this.getNode());
		const mode = get('mode', MAP_V1.mode) as 'run' | 'preview';
		const options = get('options', {}) as NodeOptions;
		const profile = parseProfile(get('profile', MAP_V1.profile), this.getNode());
		const rows = items.map((item) => item.json);
		const chosen = chosenOptions(options, profile);
		const previewRows = get('previewRows', MAP_V1.previewRows) as number;
		// each worksheet has its own columns: mapped and checked on its own
		const runs = sheetGroups(rows).map((group): MappedRun => {
			const own = group.indexes.map((i) => rows[i]);
			const mapping = mappingOf(get, own, schema, profile);
			const count =
				mode === 'preview' ? Math.max(1, Math.min(own.length, previewRows)) : own.length;
			const result = transformRecords(own.slice(0, count), mapping, schema, pinnedOptions(chosen));
			// the results point at the input items, not at the sheet's rows
			for (const r of result.rows) r.index = group.indexes[r.index];
			return { rows, schema, mapping, chosen, profile, result, sheet: group.sheet };
		});
		const reports = runs.map(reportItem);
		if (mode === 'preview') return [reports, []];
		const { valid, invalid } = recordItems(runs);
		const includeReport = options.includeReport ?? MAP_V1.includeReport;
		return [includeReport ? [...reports, ...valid] : valid, invalid];
	} catch (error) {
		// on Invalid, never on Valid: the next node would import an error item as a record
		const keep = (item: number) => ({
			...items[item].json,
			[ROW]: rowOf(items[item].json, item),
			[STATUS]: 'error',
		});
		return [[], failedItems(this, error, { indexes: items.map((_, i) => i), keep })];
	}
}
