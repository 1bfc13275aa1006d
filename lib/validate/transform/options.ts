import { isSupportedCountry } from 'libphonenumber-js/min';
import { invalidOption, type IntakeError } from '../../errors';
import type { FieldDef } from '../../schema/types';
import type { FixedValue, TransformOptions } from '../types';
import { matchKey } from './cellText';

/** Default {@link TransformOptions}. */
export const DEFAULT_TRANSFORM_OPTIONS: Readonly<Required<TransformOptions>> = Object.freeze({
	dateOrder: 'auto',
	decimalMark: 'auto',
	nameOrder: 'auto',
	phoneCountry: 'US',
	defaults: {},
	fixedValues: {},
	valueMaps: {},
	unmappedValues: 'error',
	whitespace: 'collapse',
	emptyRows: 'skip',
	addressLayout: 'auto',
	zipFormat: 'asWritten',
	emailSuggestions: true,
	firstRowNumber: 2,
	rowNumberField: '_row',
});

/** Value maps checked: field → (source value's {@link matchKey} → value). */
export type ValueMaps = ReadonlyMap<string, ReadonlyMap<string, FixedValue>>;

export function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('TRANSFORM_INVALID_OPTION', name, expected, got);
}

function isFixed(value: unknown): value is FixedValue {
	return (
		typeof value === 'string' ||
		typeof value === 'boolean' ||
		(typeof value === 'number' && Number.isFinite(value))
	);
}

/** Checks an object of field → fixed value (`defaults`, `fixedValues`, one value map). */
function checkFieldValues(
	name: string,
	value: unknown,
	fields: ReadonlyMap<string, FieldDef>,
): Record<string, FixedValue> {
	if (value === undefined) return {};
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw invalid(name, 'an object of field → value', value);
	const out: Record<string, FixedValue> = {};
	for (const [key, v] of Object.entries(value)) {
		if (!fields.has(key))
			throw invalid(
				`${name}.${key}`,
				`a field of the schema (${[...fields.keys()].join(', ')})`,
				key,
			);
		if (!isFixed(v)) throw invalid(`${name}.${key}`, 'a string, number or boolean', v);
		out[key] = v;
	}
	return out;
}

/** Checks `valueMaps` into `opts.valueMaps`, and returns them keyed for matching. */
function readValueMaps(
	given: TransformOptions['valueMaps'],
	fields: ReadonlyMap<string, FieldDef>,
	opts: Required<TransformOptions>,
): ValueMaps {
	const valueMaps = new Map<string, Map<string, FixedValue>>();
	if (given === undefined) return valueMaps;
	if (given === null || typeof given !== 'object')
		throw invalid('valueMaps', 'an object of field → { source value → value }', given);
	for (const [key, map] of Object.entries(given)) {
		if (!fields.has(key))
			throw invalid(
				`valueMaps.${key}`,
				`a field of the schema (${[...fields.keys()].join(', ')})`,
				key,
			);
		opts.valueMaps[key] = checkFieldValues(
			`valueMaps.${key}`,
			map,
			new Map(Object.keys(map ?? {}).map((k) => [k, fields.get(key) as FieldDef])),
		);
		valueMaps.set(
			key,
			new Map(Object.entries(opts.valueMaps[key]).map(([from, to]) => [matchKey(from), to])),
		);
	}
	return valueMaps;
}

/** Checks the numbers and names: phone country, first row number, row-number field. */
function checkScalars(opts: Required<TransformOptions>): void {
	if (typeof opts.phoneCountry !== 'string' || !/^[A-Za-z]{2}$/.test(opts.phoneCountry))
		throw invalid('phoneCountry', 'a two-letter country code such as "US"', opts.phoneCountry);
	if (!isSupportedCountry(opts.phoneCountry.toUpperCase()))
		throw invalid(
			'phoneCountry',
			'a two-letter country code that has a phone numbering plan, such as "US"',
			opts.phoneCountry,
		);
	opts.phoneCountry = opts.phoneCountry.toUpperCase();
	if (!Number.isInteger(opts.firstRowNumber) || opts.firstRowNumber < 1)
		throw invalid('firstRowNumber', 'a whole number of 1 or more', opts.firstRowNumber);
	if (typeof opts.rowNumberField !== 'string')
		throw invalid('rowNumberField', 'a property name', opts.rowNumberField);
}

/**
 * Checks {@link TransformOptions} against a schema's fields, once per call,
 * and fills in the defaults.
 *
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` naming the option
 */
export function resolveTransformOptions(
	options: TransformOptions | undefined,
	fields: ReadonlyMap<string, FieldDef>,
): { opts: Required<TransformOptions>; valueMaps: ValueMaps } {
	const o = (options ?? {}) as TransformOptions;
	if (typeof o !== 'object') throw invalid('options', 'an object', o);
	const pick = <K extends keyof TransformOptions>(
		key: K,
		allowed: readonly unknown[],
	): Required<TransformOptions>[K] => {
		const value = o[key] ?? DEFAULT_TRANSFORM_OPTIONS[key];
		if (!allowed.includes(value))
			throw invalid(key, allowed.map((a) => JSON.stringify(a)).join(' or '), value);
		return value as Required<TransformOptions>[K];
	};
	const opts: Required<TransformOptions> = {
		dateOrder: pick('dateOrder', ['auto', 'MDY', 'DMY', 'YMD']),
		decimalMark: pick('decimalMark', ['auto', '.', ',']),
		nameOrder: pick('nameOrder', ['auto', 'givenFirst', 'surnameFirst']),
		phoneCountry: o.phoneCountry ?? DEFAULT_TRANSFORM_OPTIONS.phoneCountry,
		defaults: checkFieldValues('defaults', o.defaults, fields),
		fixedValues: checkFieldValues('fixedValues', o.fixedValues, fields),
		valueMaps: {},
		unmappedValues: pick('unmappedValues', ['error', 'keep']),
		whitespace: pick('whitespace', ['collapse', 'trim', 'keep']),
		emptyRows: pick('emptyRows', ['skip', 'error']),
		addressLayout: pick('addressLayout', ['auto', 'positional']),
		zipFormat: pick('zipFormat', ['asWritten', 'usps']),
		emailSuggestions: pick('emailSuggestions', [true, false]),
		firstRowNumber: o.firstRowNumber ?? DEFAULT_TRANSFORM_OPTIONS.firstRowNumber,
		rowNumberField: o.rowNumberField ?? DEFAULT_TRANSFORM_OPTIONS.rowNumberField,
	};
	checkScalars(opts);
	return { opts, valueMaps: readValueMaps(o.valueMaps, fields, opts) };
}
