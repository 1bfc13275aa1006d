import {
	createAddressSplitter,
	type AddressSplitter,
} from '../../normalize/address/createAddressSplitter';
import type { DateResult } from '../../normalize/createDateParser';
import { createEmailNormalizer, type EmailResult } from '../../normalize/createEmailNormalizer';
import { createPhoneNormalizer, type PhoneResult } from '../../normalize/createPhoneNormalizer';
import type { DateOrder } from '../../normalize/options';
import { splitName, type NameParts, type SplitNameOptions } from '../../normalize/splitName';
import { compoundKindOf, type CompoundKind } from '../../schema/compoundKindOf';
import { COMPOUND_PARTS } from '../../schema/data/compoundParts';
import { getSchema } from '../../schema/getSchema';
import type { FieldDef, Schema } from '../../schema/types';
import type { FixedValue, MappingLike, TransformOptions } from '../types';
import { isMultiline } from './cellText';
import { memoize } from './memo';
import { invalid, resolveTransformOptions, type ValueMaps } from './options';

/** A typed column (its mapping's `typedBy`): each row's type cell decides which field its value goes to. */
export interface TypedColumn {
	header: string;
	/** The type column's header. */
	typedBy: string;
	kind: 'phone' | 'email' | 'address';
	/** Where a value of no known type goes (the kind's first free field), or the address part. */
	field: string;
}

/** A compound field (its `splitsInto` flag), with the splitter's part that fills each field. */
export interface Compound {
	field: FieldDef;
	kind: CompoundKind;
	/** [splitter part, field key], in the splitter's order, for the fields it splits into. */
	parts: ReadonlyArray<readonly [string, string]>;
}

/**
 * Everything a call decides once, before any row: options checked, the
 * mapping read, the normalizers prepared. Rows only read it; the date orders
 * and parsers are filled in from the whole column by decideDateOrders.
 */
export interface Plan {
	opts: Required<TransformOptions>;
	schema: Schema;
	fields: ReadonlyMap<string, FieldDef>;
	/** Field → its slot in a row's texts (FieldTexts), in schema order. */
	slots: ReadonlyMap<string, number>;
	/** Field → the column it is read from. */
	columns: ReadonlyMap<string, string>;
	/** The typed columns, in the mapping's order: their values are placed row by row (typedColumns.ts). */
	typedColumns: readonly TypedColumn[];
	valueMaps: ValueMaps;
	/** Date field → the day-month order of its column. */
	dateOrders: Map<string, DateOrder | 'ambiguous'>;
	/** Date field → its parser, for the order of its column. */
	dateParsers: Map<string, (input: string) => DateResult>;
	/** Order → its date parser, shared by the fields of that order (and by the check of a date written the other way round). */
	dateParsersByOrder: Map<DateOrder | 'auto', (input: string) => DateResult>;
	/** Number field → the decimal mark of its column (decideDecimalMarks). */
	decimalMarks: Map<string, '.' | ',' | 'ambiguous'>;
	/** Full-name field → the word order of its column (decideNameOrders). */
	nameOrders: Map<string, 'givenFirst' | 'surnameFirst' | 'undecided'>;
	/** Full-name field → splitName's options for its column: the order, and the column's compound given names. */
	nameSplitOptions: Map<string, SplitNameOptions>;
	/** Sets of fields that make a row complete, input-only fields left out (they count through their split). */
	requiredSets: ReadonlyArray<readonly string[]>;
	/** The mapped columns in the order rows read them: field, column, and whether the field keeps line breaks. */
	cells: ReadonlyArray<{ field: string; column: string; multiline: boolean }>;
	/** The fields a blank fills with a default (the import's, else the schema's), in schema order; fixed fields left out. */
	fallbacks: ReadonlyArray<readonly [string, FixedValue]>;
	/** The fields converted by type (all but the input-only ones), in schema order. */
	stored: readonly FieldDef[];
	/** The fields the import gives a fixed value, in schema order. */
	fixedFields: readonly FieldDef[];
	/** The compound fields, in schema order. */
	compounds: readonly Compound[];
	/** The first multiline field (Notes), where an address's recipient line is kept. */
	notesField: FieldDef | undefined;
	normalizePhone: (text: string) => PhoneResult;
	normalizeEmail: (text: string) => EmailResult;
	splitAddress: AddressSplitter;
	/** Full-name field → splitName with its column's options (decideNameOrders), remembered. */
	nameSplitters: Map<string, (text: string) => NameParts | undefined>;
	/** splitName with the default options, remembered: a first-name cell that may start with a title. */
	splitTitleName: (text: string) => NameParts | undefined;
}

/** The address splitter, remembered per text and country hint (a row's own country cell). */
function rememberAddresses(split: AddressSplitter): AddressSplitter {
	const alone = memoize((text) => split(text));
	const hinted = new Map<string, (text: string) => ReturnType<AddressSplitter>>();
	return (text, country) => {
		if (country === undefined) return alone(text);
		let withHint = hinted.get(country);
		if (!withHint) {
			// a few countries at most; bounded all the same
			if (hinted.size >= 64) hinted.clear();
			hinted.set(country, (withHint = memoize((t) => split(t, country), 1024)));
		}
		return withHint(text);
	};
}

function resolveSchema(schemaArg: string | Schema): Schema {
	const schema = typeof schemaArg === 'string' ? getSchema(schemaArg as 'clients') : schemaArg;
	if (schema === null || typeof schema !== 'object' || !Array.isArray(schema.fields))
		throw invalid('schema', 'a schema name or a schema from defineSchema()', typeof schema);
	return schema;
}

/** The kind of value a typed column's field takes: a phone, an email, or an address part; undefined for any other field. */
function typedKind(field: FieldDef): TypedColumn['kind'] | undefined {
	if (field.type === 'phone' || field.type === 'email') return field.type;
	const address = COMPOUND_PARTS.address.map(([, key]) => key as string);
	if (address.includes(field.key)) return 'address';
	const into = field.splitsInto;
	return into && compoundKindOf(into) === 'address' ? 'address' : undefined;
}

/**
 * Field → column, from the mapping's columns: known fields, one column each;
 * and the typed columns (`typedBy`), which may share a field, apart.
 */
function readMapping(
	mapping: MappingLike,
	fields: ReadonlyMap<string, FieldDef>,
): { columns: Map<string, string>; typedColumns: TypedColumn[] } {
	if (mapping === null || typeof mapping !== 'object' || !Array.isArray(mapping.columns))
		throw invalid('mapping', 'a mapping with columns [{ header, field }]', mapping);
	const columns = new Map<string, string>();
	const typedColumns: TypedColumn[] = [];
	for (const c of mapping.columns) {
		if (c === null || typeof c !== 'object' || typeof c.header !== 'string')
			throw invalid('mapping.columns', 'entries { header, field }', c);
		if (c.typedBy !== undefined && typeof c.typedBy !== 'string')
			throw invalid(
				'mapping.columns',
				`a type column's header as "typedBy" of "${c.header}"`,
				c.typedBy,
			);
		if (c.field === null || c.field === undefined) continue;
		if (!fields.has(c.field))
			throw invalid(
				'mapping.columns',
				`fields of the schema; column "${c.header}" maps to an unknown field`,
				c.field,
			);
		const kind = c.typedBy === undefined ? undefined : typedKind(fields.get(c.field) as FieldDef);
		if (kind !== undefined) {
			typedColumns.push({ header: c.header, typedBy: c.typedBy as string, kind, field: c.field });
			continue;
		}
		if (columns.has(c.field))
			throw invalid(
				'mapping.columns',
				`one column per field; "${columns.get(c.field)}" and "${c.header}" both map to`,
				c.field,
			);
		columns.set(c.field, c.header);
	}
	return { columns, typedColumns };
}

/** The schema's compound fields, each with the splitter parts that fill its `splitsInto` fields. */
function compoundsOf(schema: Schema): Compound[] {
	const compounds: Compound[] = [];
	for (const field of schema.fields) {
		const kind = field.splitsInto ? compoundKindOf(field.splitsInto) : undefined;
		if (kind === undefined) continue;
		const into = new Set(field.splitsInto);
		const parts = COMPOUND_PARTS[kind].filter(([, key]) => into.has(key));
		compounds.push({ field, kind, parts });
	}
	return compounds;
}

/** The fields a blank fills with a default, and the default: the import's, else the schema's; never a fixed field. */
function fallbacksOf(
	schema: Schema,
	opts: Required<TransformOptions>,
): Array<readonly [string, FixedValue]> {
	const { defaults, fixedValues } = opts;
	const fallbacks: Array<readonly [string, FixedValue]> = [];
	for (const field of schema.fields) {
		if (Object.hasOwn(fixedValues, field.key)) continue;
		const fallback = Object.hasOwn(defaults, field.key) ? defaults[field.key] : field.default;
		if (fallback !== undefined) fallbacks.push([field.key, fallback]);
	}
	return fallbacks;
}

/**
 * Checks the arguments of transformRecords once and prepares everything rows need.
 *
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` for a bad schema, option or mapping
 */
export function makePlan(
	mapping: MappingLike,
	schemaArg: string | Schema,
	options: TransformOptions | undefined,
): Plan {
	const schema = resolveSchema(schemaArg);
	const fields = new Map(schema.fields.map((f) => [f.key, f]));
	const { opts, valueMaps } = resolveTransformOptions(options, fields);
	const { columns, typedColumns } = readMapping(mapping, fields);
	const inputOnly = (k: string): boolean => fields.get(k)?.inputOnly === true;
	const concrete = schema.requiredAnyOf.filter((set) => !set.some(inputOnly));
	return {
		opts,
		schema,
		fields,
		slots: new Map(schema.fields.map((f, i) => [f.key, i])),
		columns,
		typedColumns,
		valueMaps,
		dateOrders: new Map(),
		dateParsers: new Map(),
		dateParsersByOrder: new Map(),
		decimalMarks: new Map(),
		nameOrders: new Map(),
		nameSplitOptions: new Map(),
		cells: [...columns].map(([field, column]) => ({
			field,
			column,
			multiline: isMultiline(fields.get(field)),
		})),
		fallbacks: fallbacksOf(schema, opts),
		stored: schema.fields.filter((f) => !f.inputOnly),
		requiredSets: concrete.length ? concrete : schema.requiredAnyOf,
		fixedFields: schema.fields.filter((f) => Object.hasOwn(opts.fixedValues, f.key)),
		compounds: compoundsOf(schema),
		notesField: schema.fields.find((f) => f.multiline === true),
		normalizePhone: memoize(createPhoneNormalizer({ defaultCountry: opts.phoneCountry })),
		// emails are mostly one-off values, and the normalizer remembers its domains itself
		normalizeEmail: createEmailNormalizer({ suggest: opts.emailSuggestions }),
		splitAddress: rememberAddresses(
			createAddressSplitter({ layout: opts.addressLayout, zipFormat: opts.zipFormat }),
		),
		nameSplitters: new Map(),
		splitTitleName: memoize((text) => splitName(text)),
	};
}
