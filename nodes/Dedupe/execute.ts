import type { IDataObject, IExecuteFunctions, INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import {
	findDuplicates,
	resolveDuplicates,
	summarizeReasons,
	type DedupeField,
	type DedupeReason,
	type DuplicatePolicy,
	type FieldRule,
	type FieldWeight,
	type RowOutcome,
} from '../../lib';
import { errorJson, toNodeError } from '../shared/errors';

interface NodeOptions {
	dateField?: string;
	defaultRule?: FieldRule;
	existingIdField?: string;
	weights?: { values?: Array<{ field?: DedupeField; agree?: number; disagree?: number }> };
	gmailNormalize?: boolean;
	mergeRules?: { values?: Array<{ field?: string; rule?: FieldRule }> };
	phoneCountry?: string;
}

/** The items of an input, or none when nothing is connected to it. */
function inputItems(ctx: IExecuteFunctions, index: number): INodeExecutionData[] {
	try {
		return ctx.getInputData(index) ?? [];
	} catch {
		// n8n throws when the input has no connection at all
		return [];
	}
}

/** The JSON of an item as a plain record (n8n items always have json, but be safe). */
function recordOf(item: INodeExecutionData): IDataObject {
	return typeof item.json === 'object' && item.json !== null ? item.json : {};
}

/** How people see a row: the spreadsheet row Spreadsheet to Records recorded, else the item's position counted from 1. */
function rowLabel(items: INodeExecutionData[], index: number): number {
	const row = recordOf(items[index])._row;
	return typeof row === 'number' && Number.isFinite(row) ? row : index + 1;
}

function reasonsJson(score: number | undefined, reasons: DedupeReason[] | undefined): IDataObject {
	if (score === undefined || !reasons) return {};
	return { score, reasons: reasons as unknown as IDataObject[], why: summarizeReasons(reasons) };
}

/**
 * Dedupe: scores the incoming records against each other and against the
 * existing records on the second input, applies the policy, and sends the
 * records to import to Unique and every other row to Duplicates, each with
 * what was done to it and why. Every input row comes out exactly once.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData(0);
	const existingItems = inputItems(this, 1);
	try {
		const policy = this.getNodeParameter('policy', 0, 'merge') as DuplicatePolicy;
		const threshold = this.getNodeParameter('threshold', 0, 0.8) as number;
		const fields = this.getNodeParameter('fields', 0, []) as DedupeField[];
		const options = this.getNodeParameter('options', 0, {}) as NodeOptions;
		const weights: Partial<Record<DedupeField, Partial<FieldWeight>>> = {};
		for (const w of options.weights?.values ?? []) if (w.field) weights[w.field] = { agree: w.agree, disagree: w.disagree };
		const ruleFields: Record<string, FieldRule> = {};
		for (const r of options.mergeRules?.values ?? []) if (r.field && r.rule) ruleFields[r.field] = r.rule;
		const records = items.map(recordOf);
		const existing = existingItems.map(recordOf);
		const found = findDuplicates(records, {
			threshold,
			fields: fields.length ? fields : undefined,
			weights,
			gmailNormalize: options.gmailNormalize,
			defaultCountry: options.phoneCountry || undefined,
			existing,
		});
		const resolution = resolveDuplicates(records, found, {
			policy,
			existing,
			merge: { default: options.defaultRule, fields: ruleFields, dateField: options.dateField || undefined },
		});
		const idField = options.existingIdField || 'id';
		const existingId = (index: number | undefined) => (index === undefined ? {} : { existingItem: index + 1, existingId: existing[index]?.[idField] ?? null });
		const outcomeJson = (o: RowOutcome): IDataObject => ({
			action: o.action,
			...(o.into !== undefined && { intoRow: rowLabel(items, o.into) }),
			...existingId(o.existing),
			...reasonsJson(o.score, o.reasons),
		});

		const unique: INodeExecutionData[] = [];
		const heads = new Set<number>();
		for (const r of resolution.records) {
			const head = r.rows[0];
			heads.add(head);
			const pairedItem: IPairedItemData[] = r.rows.map((item) => ({ item, input: 0 }));
			if (r.existing !== undefined) pairedItem.push({ item: r.existing, input: 1 });
			const flag = r.duplicateOf && {
				duplicateOf: {
					...(r.duplicateOf.row !== undefined && { row: rowLabel(items, r.duplicateOf.row) }),
					...existingId(r.duplicateOf.existing),
					...reasonsJson(r.duplicateOf.score, r.duplicateOf.reasons),
				},
			};
			unique.push({
				json: {
					...r.record,
					_dedupe: {
						...outcomeJson(resolution.outcomes[head]),
						operation: r.action,
						rows: r.rows.map((i) => rowLabel(items, i)),
						...flag,
					},
				},
				...(items[head].binary && { binary: items[head].binary }),
				pairedItem,
			});
		}
		const duplicates: INodeExecutionData[] = [];
		resolution.outcomes.forEach((o, row) => {
			if (heads.has(row)) return;
			const pairedItem: IPairedItemData[] = [{ item: row, input: 0 }];
			if (o.existing !== undefined) pairedItem.push({ item: o.existing, input: 1 });
			duplicates.push({ json: { ...recordOf(items[row]), _dedupe: outcomeJson(o) }, ...(items[row].binary && { binary: items[row].binary }), pairedItem });
		});
		return [unique, duplicates];
	} catch (error) {
		if (this.continueOnFail()) return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } })), []];
		throw toNodeError(this.getNode(), error, 0);
	}
}
