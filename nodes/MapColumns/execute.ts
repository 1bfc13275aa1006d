import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';
import {
	autoMapHeaders,
	createMappingProfile,
	overrideMapping,
	transformRecords,
	type FixedValue,
	type MappingProfile,
	type RecordIssue,
	type TransformOptions,
} from '../../lib';
import { errorJson, toNodeError } from '../shared/errors';
import { rowOf } from '../shared/items';
import { schemaFromParameters } from './schemaFromParameters';

/** The value the field dropdowns use for "leave this column unmapped". */
export const UNMAPPED = '__unmapped__';
/** Properties Spreadsheet to Records adds to each row: not columns of the file. */
const ROW_META = new Set(['_row', '_issues']);
/** Rows the mapper reads values from. */
const SAMPLE_ROWS = 100;

interface NodeOptions {
	addressLayout?: TransformOptions['addressLayout'];
	dateOrder?: TransformOptions['dateOrder'];
	defaults?: { values?: Array<{ field?: string; value?: string }> };
	phoneCountry?: string;
	emptyRows?: TransformOptions['emptyRows'];
	fixedValues?: { values?: Array<{ field?: string; value?: string }> };
	includeReport?: boolean;
	emailSuggestions?: boolean;
	unmappedValues?: TransformOptions['unmappedValues'];
	valueMaps?: { values?: Array<{ field?: string; from?: string; to?: string }> };
	whitespace?: TransformOptions['whitespace'];
	zipFormat?: TransformOptions['zipFormat'];
}

function fieldValues(list: NodeOptions['defaults']): Record<string, FixedValue> | undefined {
	const entries = (list?.values ?? []).filter((v) => v.field && v.field !== UNMAPPED);
	return entries.length
		? Object.fromEntries(entries.map((v) => [v.field as string, v.value ?? '']))
		: undefined;
}

/** The node's options as transform options; a saved profile's options are the base, and what is set here wins. */
function transformOptions(
	options: NodeOptions,
	profile: MappingProfile | undefined,
): TransformOptions {
	const out: TransformOptions = { ...(profile?.options ?? {}) };
	for (const key of [
		'addressLayout',
		'dateOrder',
		'phoneCountry',
		'emptyRows',
		'emailSuggestions',
		'unmappedValues',
		'whitespace',
		'zipFormat',
	] as const) {
		if (options[key] !== undefined) (out as Record<string, unknown>)[key] = options[key];
	}
	const defaults = fieldValues(options.defaults);
	if (defaults) out.defaults = { ...out.defaults, ...defaults };
	const fixed = fieldValues(options.fixedValues);
	if (fixed) out.fixedValues = { ...out.fixedValues, ...fixed };
	const maps = (options.valueMaps?.values ?? []).filter(
		(v) => v.field && v.field !== UNMAPPED && (v.from ?? '') !== '',
	);
	if (maps.length) {
		const valueMaps: Record<string, Record<string, FixedValue>> = { ...(out.valueMaps ?? {}) };
		for (const { field, from, to } of maps)
			valueMaps[field as string] = { ...valueMaps[field as string], [from as string]: to ?? '' };
		out.valueMaps = valueMaps;
	}
	return out;
}

function parseProfile(raw: unknown, node: INode): MappingProfile | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	let profile: unknown = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return undefined;
		try {
			profile = JSON.parse(raw);
		} catch (error) {
			throw new NodeOperationError(
				node,
				`Saved Mapping Profile is not valid JSON: ${(error as Error).message}`,
				{ itemIndex: 0 },
			);
		}
	}
	const p = profile as MappingProfile;
	if (p === null || typeof p !== 'object' || !Array.isArray(p.columns)) {
		throw new NodeOperationError(
			node,
			'Saved Mapping Profile must be a profile from a Map Columns report: { "version": 1, "columns": [{ "header", "field" }], … }',
			{ itemIndex: 0 },
		);
	}
	return p;
}

/** Every column of the rows, in first-seen order. */
function headersOf(rows: readonly IDataObject[]): string[] {
	const seen = new Set<string>();
	for (const row of rows) for (const key of Object.keys(row)) if (!ROW_META.has(key)) seen.add(key);
	return [...seen];
}

function split(issues: RecordIssue[]): { errors: RecordIssue[]; warnings: RecordIssue[] } {
	return {
		errors: issues.filter((i) => i.severity === 'error'),
		warnings: issues.filter((i) => i.severity === 'warning'),
	};
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
		const get = (name: string, fallback: unknown) => this.getNodeParameter(name, 0, fallback);
		const schema = schemaFromParameters(get, this.getNode());
		const mode = get('mode', 'run') as 'run' | 'preview';
		const options = get('options', {}) as NodeOptions;
		const profile = parseProfile(get('profile', ''), this.getNode());
		const rows = items.map((item) => item.json);
		const headers = headersOf(rows);

		let mapping = autoMapHeaders(headers, schema, {
			sampleRows: rows.slice(0, SAMPLE_ROWS),
			remembered: profile ? [profile] : [],
		});
		const overrides =
			(get('overrides', {}) as { values?: Array<{ column?: string; field?: string }> }).values ??
			[];
		if (overrides.length) {
			mapping = overrideMapping(
				mapping,
				Object.fromEntries(
					overrides
						.filter((o) => o.column)
						.map((o) => [o.column as string, o.field && o.field !== UNMAPPED ? o.field : null]),
				),
				schema,
			);
		}
		const tOptions = transformOptions(options, profile);
		const count =
			mode === 'preview'
				? Math.max(1, Math.min(rows.length, get('previewRows', 20) as number))
				: rows.length;
		const result = transformRecords(rows.slice(0, count), mapping, schema, tOptions);

		const report = (): INodeExecutionData => ({
			json: {
				_type: 'mappingReport',
				schema: schema.name,
				rows: result.totals,
				columns: mapping.columns.map((c) => ({ ...c })),
				missingRequired: mapping.missingRequired,
				dateOrders: result.dateOrders,
				profile: createMappingProfile(mapping, {
					name: profile?.name ?? `${schema.name} import`,
					schema: schema.name,
					options: tOptions,
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
		});
		if (mode === 'preview') return [[report()], []];

		const valid: INodeExecutionData[] = options.includeReport ? [report()] : [];
		const invalid: INodeExecutionData[] = [];
		for (const r of result.rows) {
			const { errors, warnings } = split(r.issues);
			if (r.status === 'valid') {
				const json: IDataObject = { ...(r.record as IDataObject), _row: r.row };
				if (warnings.length) json._warnings = warnings as unknown as IDataObject[];
				valid.push({ json, pairedItem: { item: r.index } });
			} else {
				const json: IDataObject = {
					...rows[r.index],
					_row: r.row,
					_status: r.status,
					_errors: errors as unknown as IDataObject[],
				};
				if (warnings.length) json._warnings = warnings as unknown as IDataObject[];
				if (r.skipReason) json._skipReason = r.skipReason;
				invalid.push({ json, pairedItem: { item: r.index } });
			}
		}
		return [valid, invalid];
	} catch (error) {
		// on Invalid, never on Valid: the next node would import an error item as a record
		if (this.continueOnFail())
			return [
				[],
				items.map((row, item) => ({
					json: { ...row.json, _row: rowOf(row.json, item), _status: 'error', ...errorJson(error) },
					pairedItem: { item },
				})),
			];
		throw toNodeError(this.getNode(), error, 0);
	}
}
