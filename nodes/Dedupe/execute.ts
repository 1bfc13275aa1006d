import {
	NodeOperationError,
	type DeduplicationScope,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type IPairedItemData,
} from 'n8n-workflow';
import {
	findDuplicates,
	findSeenRecords,
	resolveDuplicates,
	summarizeReasons,
	type DedupeField,
	type DedupeOptions,
	type DedupeReason,
	type DuplicatePolicy,
	type FieldRule,
	type FieldWeight,
	type MatchCriterion,
	type ReviewCandidate,
	type RowOutcome,
} from '../../lib';
import { errorJson, toNodeError } from '../shared/errors';
import { jsonOf, rowOf, withoutMeta } from '../shared/items';
import { DEDUPE_V1 } from './defaults';

interface NodeOptions {
	dateField?: string;
	defaultRule?: FieldRule;
	existingIdField?: string;
	weights?: { values?: Array<{ field?: DedupeField; agree?: number; disagree?: number }> };
	gmailNormalize?: boolean;
	historySize?: number;
	mergeRules?: { values?: Array<{ field?: string; rule?: FieldRule }> };
	phoneCountry?: string;
	remember?: 'off' | DeduplicationScope;
	reviewThreshold?: number;
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

/** How people see a row: its `_row`, else its position from 1. */
const rowLabel = (items: INodeExecutionData[], index: number): number =>
	rowOf(jsonOf(items[index]), index);

/** The `_` fields of the rows a record stands for: the first row's, with every row's warnings. */
function metaOf(items: INodeExecutionData[], rows: readonly number[]): IDataObject {
	const meta: IDataObject = {};
	for (const [key, value] of Object.entries(jsonOf(items[rows[0]])))
		if (key.startsWith('_') && key !== '_dedupe') meta[key] = value;
	meta._row = rowLabel(items, rows[0]);
	const warnings = rows.flatMap((r) => {
		const w = jsonOf(items[r])._warnings;
		return Array.isArray(w) ? w : [];
	});
	if (warnings.length) meta._warnings = warnings as IDataObject[];
	else delete meta._warnings;
	return meta;
}

function reasonsJson(
	score: number | undefined,
	reasons: DedupeReason[] | undefined,
	rule: string | undefined,
): IDataObject {
	if (score === undefined || !reasons) return {};
	return {
		score,
		...(rule !== undefined && { rule }),
		reasons: reasons as unknown as IDataObject[],
		why: rule ? `${rule}: ${summarizeReasons(reasons)}` : summarizeReasons(reasons),
	};
}

/** The library's options from the node's parameters, with the v1 defaults spelled out. */
function dedupeOptionsOf(ctx: IExecuteFunctions, options: NodeOptions): DedupeOptions {
	const matchOn = ctx.getNodeParameter('matchOn', 0, [...DEDUPE_V1.matchOn]) as MatchCriterion[];
	const fields = ctx.getNodeParameter('fields', 0, [...DEDUPE_V1.fields]) as DedupeField[];
	const weights: Partial<Record<DedupeField, Partial<FieldWeight>>> = {};
	for (const w of options.weights?.values ?? [])
		if (w.field) weights[w.field] = { agree: w.agree, disagree: w.disagree };
	return {
		matchOn,
		threshold: ctx.getNodeParameter('threshold', 0, DEDUPE_V1.threshold) as number,
		reviewThreshold: options.reviewThreshold ?? DEDUPE_V1.reviewThreshold,
		fields: fields.length ? fields : [...DEDUPE_V1.fields],
		weights,
		gmailNormalize: options.gmailNormalize ?? DEDUPE_V1.gmailNormalize,
		defaultCountry: options.phoneCountry || DEDUPE_V1.phoneCountry,
	};
}

/**
 * People passed on in earlier executions, through n8n's deduplication store.
 * Every key goes to the workflow's store, so that Import Batch, further on,
 * can take back the keys of rows it could not import; a node that remembers
 * for itself keeps its keys apart by hashing its id into them. Every record's
 * keys are checked and recorded in one call; `forget` then takes back the
 * keys, new in this execution, of records not passed on.
 */
async function rememberPeople(
	ctx: IExecuteFunctions,
	records: IDataObject[],
	options: DedupeOptions,
	scope: DeduplicationScope,
	historySize: number,
) {
	if (
		typeof ctx.helpers.checkProcessedAndRecord !== 'function' ||
		typeof ctx.helpers.removeProcessed !== 'function'
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			'This n8n cannot remember people across executions',
			{
				itemIndex: 0,
				description:
					'Remember Across Executions needs an n8n with deduplication support (the Remove Duplicates node’s "Remove Items Processed in Previous Executions"). Update n8n, or set the option to Off.',
			},
		);
	}
	const node = ctx.getNode();
	const { keys } = findSeenRecords(
		records,
		[],
		options,
		scope === 'node' ? `node:${node.id || node.name}` : '',
	);
	const all = [...new Set(keys.flat())];
	// each person leaves up to three keys (email, phone with name, name with birthday), more with second emails and phones
	const store = { mode: 'entries' as const, maxEntries: Math.max(1, Math.round(historySize)) * 4 };
	const checked = all.length
		? await ctx.helpers.checkProcessedAndRecord(all, 'workflow', store)
		: { new: [], processed: [] };
	const known = new Set(checked.processed.map(String));
	const fresh = new Set(checked.new.map(String));
	const seen = keys.flatMap((k, i) => (k.some((key) => known.has(key)) ? [i] : []));
	const forget = async (passedOn: Iterable<number>): Promise<void> => {
		const keep = new Set<string>();
		for (const i of passedOn) for (const k of keys[i]) keep.add(k);
		const drop = [...fresh].filter((k) => !keep.has(k));
		if (drop.length) await ctx.helpers.removeProcessed(drop, 'workflow', store);
	};
	return { seen, keys, forget };
}

/**
 * Dedupe: judges the incoming records against each other and against the
 * existing records on the second input, applies the policy, and sends the
 * records to import to Unique, every other row to Duplicates, and possible
 * duplicates to Review, each with what was done to it and why. Every input
 * row comes out exactly once.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData(0);
	const existingItems = inputItems(this, 1);
	try {
		const policy = this.getNodeParameter('policy', 0, DEDUPE_V1.policy) as DuplicatePolicy;
		const options = this.getNodeParameter('options', 0, {}) as NodeOptions;
		const dedupeOptions = dedupeOptionsOf(this, options);
		const ruleFields: Record<string, FieldRule> = {};
		for (const r of options.mergeRules?.values ?? [])
			if (r.field && r.rule) ruleFields[r.field] = r.rule;
		const records = items.map((item) => withoutMeta(jsonOf(item)));
		const existing = existingItems.map((item) => withoutMeta(jsonOf(item)));
		const found = findDuplicates(records, { ...dedupeOptions, existing });
		const scope = options.remember ?? DEDUPE_V1.remember;
		const memory =
			scope === 'off'
				? undefined
				: await rememberPeople(
						this,
						records,
						dedupeOptions,
						scope,
						options.historySize ?? DEDUPE_V1.historySize,
					);
		const resolution = resolveDuplicates(records, found, {
			policy,
			existing,
			merge: {
				default: options.defaultRule ?? (DEDUPE_V1.defaultRule as FieldRule),
				fields: ruleFields,
				dateField: options.dateField || DEDUPE_V1.dateField,
			},
			...(memory && { seen: memory.seen }),
		});
		await memory?.forget(resolution.records.flatMap((r) => r.rows));

		const idField = options.existingIdField || DEDUPE_V1.existingIdField;
		const existingId = (index: number | undefined) =>
			index === undefined
				? {}
				: { existingItem: index + 1, existingId: existing[index]?.[idField] ?? null };
		const candidateJson = (c: ReviewCandidate): IDataObject => ({
			...(c.row !== undefined && { row: rowLabel(items, c.row) }),
			...existingId(c.existing),
			...reasonsJson(c.score, c.reasons, c.rule),
		});
		const outcomeJson = (o: RowOutcome): IDataObject => ({
			action: o.action,
			...(o.seenBefore && { seenBefore: true, why: 'passed on by an earlier execution' }),
			...(o.into !== undefined && { intoRow: rowLabel(items, o.into) }),
			...existingId(o.existing),
			...reasonsJson(o.score, o.reasons, o.rule),
		});
		// a record is paired with the row it stands for (its _row), not with the rows merged into it: n8n could not tell which
		// of several rows $('Source').item means, and those rows come out on Duplicates, each paired with itself and naming intoRow
		const pairedWith = (
			head: number,
			existingIndexes: ReadonlyArray<number | undefined>,
		): IPairedItemData[] => {
			const paired: IPairedItemData[] = [{ item: head, input: 0 }];
			for (const e of new Set(existingIndexes))
				if (e !== undefined) paired.push({ item: e, input: 1 });
			return paired;
		};
		/** What Import Batch needs to take back the memory of a record it could not import. */
		const memoryOf = (rows: readonly number[]): IDataObject =>
			memory ? { keys: [...new Set(rows.flatMap((r) => memory.keys[r]))] } : {};
		const binaryOf = (row: number) => (items[row].binary ? { binary: items[row].binary } : {});

		const unique: INodeExecutionData[] = [];
		const placed = new Set<number>();
		for (const r of resolution.records) {
			const head = r.rows[0];
			placed.add(head);
			const flag = r.duplicateOf && {
				duplicateOf: {
					...(r.duplicateOf.row !== undefined && { row: rowLabel(items, r.duplicateOf.row) }),
					...existingId(r.duplicateOf.existing),
					...reasonsJson(r.duplicateOf.score, r.duplicateOf.reasons, r.duplicateOf.rule),
				},
			};
			unique.push({
				json: {
					...r.record,
					...metaOf(items, r.rows),
					_dedupe: {
						...outcomeJson(resolution.outcomes[head]),
						operation: r.action,
						rows: r.rows.map((i) => rowLabel(items, i)),
						...flag,
						...memoryOf(r.rows),
					},
				},
				...binaryOf(head),
				pairedItem: pairedWith(head, [r.existing]),
			});
		}
		const review: INodeExecutionData[] = [];
		for (const r of resolution.review) {
			const head = r.rows[0];
			placed.add(head);
			const candidates = r.candidates.map(candidateJson);
			review.push({
				json: {
					...r.record,
					...metaOf(items, r.rows),
					_dedupe: {
						action: 'review',
						rows: r.rows.map((i) => rowLabel(items, i)),
						...reasonsJson(r.candidates[0].score, r.candidates[0].reasons, r.candidates[0].rule),
						candidates,
					},
				},
				...binaryOf(head),
				pairedItem: pairedWith(
					head,
					r.candidates.map((c) => c.existing),
				),
			});
		}
		const duplicates: INodeExecutionData[] = [];
		resolution.outcomes.forEach((o, row) => {
			if (placed.has(row)) return;
			duplicates.push({
				json: { ...jsonOf(items[row]), _row: rowLabel(items, row), _dedupe: outcomeJson(o) },
				...binaryOf(row),
				pairedItem: pairedWith(row, [o.existing]),
			});
		});
		return [unique, duplicates, review];
	} catch (error) {
		// on Review, never on Unique: the next node would import an error item as a record
		if (this.continueOnFail())
			return [[], [], items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } }))];
		throw toNodeError(this.getNode(), error, 0);
	}
}
