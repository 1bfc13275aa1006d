import type { FixedValue, MappingProfile, TransformOptions } from '../../lib';
import { MAP_V1, ROW_NUMBERS, UNMAPPED } from './defaults';

type FieldValueList = { values?: Array<{ field?: string; value?: string }> };

/** The Options collection as n8n gives it: only the options the user added. */
export interface NodeOptions {
	addressLayout?: TransformOptions['addressLayout'];
	dateOrder?: TransformOptions['dateOrder'];
	decimalMark?: TransformOptions['decimalMark'];
	defaults?: FieldValueList;
	phoneCountry?: string;
	emptyRows?: TransformOptions['emptyRows'];
	fixedValues?: FieldValueList;
	includeReport?: boolean;
	nameOrder?: TransformOptions['nameOrder'];
	emailSuggestions?: boolean;
	unmappedValues?: TransformOptions['unmappedValues'];
	valueMaps?: { values?: Array<{ field?: string; from?: string; to?: string }> };
	whitespace?: TransformOptions['whitespace'];
	zipFormat?: TransformOptions['zipFormat'];
}

/** The options a profile saves and the user may set; each has its v1 default in MAP_V1. */
const SCALAR_OPTIONS = [
	'addressLayout',
	'dateOrder',
	'decimalMark',
	'nameOrder',
	'phoneCountry',
	'emptyRows',
	'emailSuggestions',
	'unmappedValues',
	'whitespace',
	'zipFormat',
] as const;

/** A "field → value" list as a record, without unmapped fields; undefined when empty. */
function fieldValues(list: FieldValueList | undefined): Record<string, FixedValue> | undefined {
	const entries = (list?.values ?? []).filter((v) => v.field && v.field !== UNMAPPED);
	return entries.length
		? Object.fromEntries(entries.map((v) => [v.field as string, v.value ?? '']))
		: undefined;
}

/** The Value Maps entries added to the profile's maps, field by field. */
function valueMapsOf(
	options: NodeOptions,
	base: TransformOptions['valueMaps'],
): TransformOptions['valueMaps'] | undefined {
	const maps = (options.valueMaps?.values ?? []).filter(
		(v) => v.field && v.field !== UNMAPPED && (v.from ?? '') !== '',
	);
	if (!maps.length) return undefined;
	const valueMaps: Record<string, Record<string, FixedValue>> = { ...(base ?? {}) };
	for (const { field, from, to } of maps)
		valueMaps[field as string] = { ...valueMaps[field as string], [from as string]: to ?? '' };
	return valueMaps;
}

/**
 * The node's options as the transform options a profile saves: a saved
 * profile's options are the base, and what is set here wins. Options set
 * nowhere are left out, so the profile stays as sparse as what was chosen.
 */
export function chosenOptions(
	options: NodeOptions,
	profile: MappingProfile | undefined,
): TransformOptions {
	const out: TransformOptions = { ...(profile?.options ?? {}) };
	for (const key of SCALAR_OPTIONS)
		if (options[key] !== undefined) (out as Record<string, unknown>)[key] = options[key];
	const defaults = fieldValues(options.defaults);
	if (defaults) out.defaults = { ...out.defaults, ...defaults };
	const fixed = fieldValues(options.fixedValues);
	if (fixed) out.fixedValues = { ...out.fixedValues, ...fixed };
	const valueMaps = valueMapsOf(options, out.valueMaps);
	if (valueMaps) out.valueMaps = valueMaps;
	return out;
}

/** The options the transform runs with: v1's for everything chosen nowhere, so the library's defaults never decide. */
export function pinnedOptions(chosen: TransformOptions): TransformOptions {
	const v1: TransformOptions = { ...ROW_NUMBERS };
	for (const key of SCALAR_OPTIONS) (v1 as Record<string, unknown>)[key] = MAP_V1[key];
	return { ...v1, ...chosen };
}
