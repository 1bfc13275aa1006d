import type { DeduplicationScope, IExecuteFunctions } from 'n8n-workflow';
import type {
	DedupeField,
	DedupeOptions,
	FieldRule,
	FieldWeight,
	MatchCriterion,
	ResolveOptions,
} from '../../lib';
import { DEDUPE_V1, DEDUPE_V1_MODEL } from './defaults';

/** The Options collection as n8n gives it: only the options the user added. */
export interface NodeOptions {
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

/** v1's weights, with the ones set in Options → Field Weights in their place. */
function weightsOf(options: NodeOptions): Record<DedupeField, FieldWeight> {
	const weights = { ...DEDUPE_V1_MODEL.weights } as Record<DedupeField, FieldWeight>;
	for (const w of options.weights?.values ?? [])
		if (w.field) {
			const v1 = DEDUPE_V1_MODEL.weights[w.field];
			weights[w.field] = { agree: w.agree ?? v1.agree, disagree: w.disagree ?? v1.disagree };
		}
	return weights;
}

/** The library's options from the node's parameters, with the v1 defaults spelled out. */
export function dedupeOptionsOf(ctx: IExecuteFunctions, options: NodeOptions): DedupeOptions {
	const matchOn = ctx.getNodeParameter('matchOn', 0, [...DEDUPE_V1.matchOn]) as MatchCriterion[];
	const fields = ctx.getNodeParameter('fields', 0, [...DEDUPE_V1.fields]) as DedupeField[];
	return {
		matchOn,
		threshold: ctx.getNodeParameter('threshold', 0, DEDUPE_V1.threshold) as number,
		reviewThreshold: options.reviewThreshold ?? DEDUPE_V1.reviewThreshold,
		fields: fields.length ? fields : [...DEDUPE_V1.fields],
		weights: weightsOf(options),
		prior: DEDUPE_V1_MODEL.prior,
		gmailNormalize: options.gmailNormalize ?? DEDUPE_V1.gmailNormalize,
		defaultCountry: options.phoneCountry || DEDUPE_V1.phoneCountry,
	};
}

/** How merged records are built: the default rule, the per-field rules, and the field that says which row is newest. */
export function mergeOptionsOf(options: NodeOptions): NonNullable<ResolveOptions['merge']> {
	const fields: Record<string, FieldRule> = {};
	for (const r of options.mergeRules?.values ?? []) if (r.field && r.rule) fields[r.field] = r.rule;
	return {
		default: options.defaultRule ?? (DEDUPE_V1.defaultRule as FieldRule),
		fields,
		dateField: options.dateField || DEDUPE_V1.dateField,
	};
}
