import { isSupportedCountry } from 'libphonenumber-js/min';
import { IntakeError, invalidOption } from '../errors';
import { detectDateOrder } from '../normalize/detectDateOrder';
import { normalizeEmail } from '../normalize/normalizeEmail';
import { normalizePhone } from '../normalize/normalizePhone';
import { parseDate, type DateOrder } from '../normalize/parseDate';
import { parseYesNo } from '../normalize/parseYesNo';
import { splitAddress, type AddressParts } from '../normalize/splitAddress';
import { splitName, type NameParts } from '../normalize/splitName';
import { getSchema } from '../schema/getSchema';
import { missingFromSets } from '../schema/missingFromSets';
import type { FieldDef, Schema } from '../schema/types';
import type { RecordIssue, RecordIssueCode } from '../types';
import { NOTE_PREFIX } from './data/templateExamples';
import { templateRows } from './templateRows';
import type {
	FixedValue,
	MappingLike,
	RowResult,
	TransformOptions,
	TransformResult,
} from './types';

/** Default {@link TransformOptions}. */
export const DEFAULT_TRANSFORM_OPTIONS: Readonly<Required<TransformOptions>> = Object.freeze({
	dateOrder: 'auto',
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

const NAME_PARTS: ReadonlyArray<[keyof NameParts, string]> = [
	['title', 'title'],
	['first', 'firstName'],
	['middle', 'middleName'],
	['last', 'lastName'],
	['suffix', 'suffix'],
	['nickname', 'nickname'],
];
const ADDRESS_PARTS: ReadonlyArray<[keyof AddressParts, string]> = [
	['street', 'street'],
	['unit', 'unit'],
	['city', 'city'],
	['state', 'state'],
	['zip', 'zip'],
	['country', 'country'],
];
const NUMBER = /^[-+]?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$/;
/** Longest value quoted back in a message. */
const SHOWN = 60;

function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('TRANSFORM_INVALID_OPTION', name, expected, got);
}

/** The form value-map keys and enum values are compared in: "Open - Active" and "open/active" match. */
function matchKey(value: string): string {
	return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isFixed(value: unknown): value is FixedValue {
	return (
		typeof value === 'string' ||
		typeof value === 'boolean' ||
		(typeof value === 'number' && Number.isFinite(value))
	);
}

interface Plan {
	opts: Required<TransformOptions>;
	schema: Schema;
	fields: ReadonlyMap<string, FieldDef>;
	/** Field → the column it is read from. */
	columns: ReadonlyMap<string, string>;
	valueMaps: ReadonlyMap<string, ReadonlyMap<string, FixedValue>>;
	dateOrders: Map<string, DateOrder | 'ambiguous'>;
	/** Sets of fields that make a row complete, input-only fields left out (they count through their split). */
	requiredSets: ReadonlyArray<readonly string[]>;
}

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

function makePlan(
	mapping: MappingLike,
	schemaArg: string | Schema,
	options: TransformOptions | undefined,
): Plan {
	const schema = typeof schemaArg === 'string' ? getSchema(schemaArg as 'clients') : schemaArg;
	if (schema === null || typeof schema !== 'object' || !Array.isArray(schema.fields))
		throw invalid('schema', 'a schema name or a schema from defineSchema()', typeof schema);
	const fields = new Map(schema.fields.map((f) => [f.key, f]));
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

	const valueMaps = new Map<string, Map<string, FixedValue>>();
	if (o.valueMaps !== undefined) {
		if (o.valueMaps === null || typeof o.valueMaps !== 'object')
			throw invalid('valueMaps', 'an object of field → { source value → value }', o.valueMaps);
		for (const [key, map] of Object.entries(o.valueMaps)) {
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
	}

	if (mapping === null || typeof mapping !== 'object' || !Array.isArray(mapping.columns))
		throw invalid('mapping', 'a mapping with columns [{ header, field }]', mapping);
	const columns = new Map<string, string>();
	for (const c of mapping.columns) {
		if (c === null || typeof c !== 'object' || typeof c.header !== 'string')
			throw invalid('mapping.columns', 'entries { header, field }', c);
		if (c.field === null || c.field === undefined) continue;
		if (!fields.has(c.field))
			throw invalid(
				'mapping.columns',
				`fields of the schema; column "${c.header}" maps to an unknown field`,
				c.field,
			);
		if (columns.has(c.field))
			throw invalid(
				'mapping.columns',
				`one column per field; "${columns.get(c.field)}" and "${c.header}" both map to`,
				c.field,
			);
		columns.set(c.field, c.header);
	}
	const inputOnly = (k: string): boolean => fields.get(k)?.inputOnly === true;
	const concrete = schema.requiredAnyOf.filter((set) => !set.some(inputOnly));
	return {
		opts,
		schema,
		fields,
		columns,
		valueMaps,
		dateOrders: new Map(),
		requiredSets: concrete.length ? concrete : schema.requiredAnyOf,
	};
}

/** Long text fields (notes, descriptions) keep their line breaks when whitespace is collapsed. */
function isMultiline(field: FieldDef | undefined): boolean {
	return (
		field !== undefined &&
		field.type === 'string' &&
		(field.key === 'notes' || field.key === 'description' || (field.maxLength ?? 0) > 1000) &&
		field.key !== 'fullAddress'
	);
}

/** A cell as text: numbers and booleans as written, dates as ISO, objects as JSON; whitespace as the options say. */
function cellText(
	value: unknown,
	whitespace: Required<TransformOptions>['whitespace'],
	multiline = false,
): string {
	let text: string;
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') text = value;
	else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		text = String(value);
	else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
	else text = JSON.stringify(value) ?? '';
	if (whitespace === 'keep') return text;
	if (whitespace === 'trim') return text.trim();
	if (multiline) {
		return text
			.split(/\r\n|\r|\n/)
			.map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	}
	return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

function show(value: string): string {
	return JSON.stringify(value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);
}

/** One row's work: its values by field, its issues, and its record. */
class RowWork {
	readonly issues: RecordIssue[] = [];
	readonly record: Record<string, unknown> = {};
	/** Field → text still to convert. */
	readonly text = new Map<string, string>();

	constructor(
		readonly row: number,
		private readonly plan: Plan,
	) {}

	column(field: string): string | undefined {
		return this.plan.columns.get(field);
	}

	label(field: string): string {
		return this.plan.fields.get(field)?.label ?? field;
	}

	where(field: string): string {
		const column = this.column(field);
		return column === undefined ? this.label(field) : `Column "${column}"`;
	}

	issue(
		field: string,
		code: RecordIssueCode,
		message: string,
		value?: unknown,
		severity: 'error' | 'warning' = 'error',
	): void {
		const issue: RecordIssue = { row: this.row, field, code, message, severity };
		if (value !== undefined) issue.value = value;
		const column = this.column(field);
		if (column !== undefined) issue.column = column;
		this.issues.push(issue);
	}

	blank(field: string): boolean {
		return (this.text.get(field) ?? '') === '';
	}
}

function applyValueMap(work: RowWork, plan: Plan, field: string, text: string): string | undefined {
	const map = plan.valueMaps.get(field);
	if (!map || text === '') return text;
	const key = matchKey(text);
	const to = map.get(key);
	if (to !== undefined) return String(to);
	// a value already in our terms (one the map maps to, or an allowed value) needs no mapping; it takes our spelling
	const ours = [
		...Object.values(plan.opts.valueMaps[field] ?? {}),
		...(plan.fields.get(field)?.values ?? []),
	].find((v) => matchKey(String(v)) === key);
	if (ours !== undefined) return String(ours);
	const known = [...Object.keys(plan.opts.valueMaps[field] ?? {})]
		.slice(0, 10)
		.map((k) => JSON.stringify(k))
		.join(', ');
	const message = `${work.where(field)}: ${show(text)} is not in the value map for ${work.label(field)} (it maps ${known}). Add it to the map, or fix the value.`;
	if (plan.opts.unmappedValues === 'error') {
		work.issue(field, 'VALUE_UNMAPPED', message, text);
		return undefined;
	}
	work.issue(field, 'VALUE_UNMAPPED', `${message} Kept as written.`, text, 'warning');
	return text;
}

function splitFullName(work: RowWork, plan: Plan): void {
	const full = work.text.get('fullName') ?? '';
	work.text.delete('fullName');
	if (full === '' || !NAME_PARTS.some(([, key]) => plan.fields.has(key) && work.blank(key))) return;
	const parts = splitName(full);
	if (!parts?.first && !parts?.last) {
		work.issue(
			'fullName',
			'NAME_NOT_SPLIT',
			`${work.where('fullName')}: ${show(full)} could not be read as a person's name. Fill in First name and Last name instead.`,
			full,
		);
		return;
	}
	for (const [part, key] of NAME_PARTS) {
		const value = parts[part];
		if (value !== undefined && plan.fields.has(key) && work.blank(key)) work.text.set(key, value);
	}
}

/**
 * A first-name cell (`first`, the column's own text) that starts with a title
 * ("Dr. Sam", as Outlook exports often hold) gives the title to Title when
 * that is blank or says the same, and keeps the rest as the first name. Weak titles ("Sister", "Major") stay
 * unless splitName reads them as titles.
 */
function liftTitle(work: RowWork, plan: Plan, first: string): void {
	// a first name the full-name split gave has had its title taken out already; one word cannot be a title and a name
	if (first === '' || !/\s/.test(first) || !plan.fields.has('title')) return;
	const title = splitName(first)?.title;
	if (title === undefined || !first.startsWith(title)) return;
	const rest = first.slice(title.length).trim();
	const had = work.text.get('title') ?? '';
	if (rest === '' || (had !== '' && matchKey(had) !== matchKey(title))) return;
	work.text.set('firstName', rest);
	if (had === '') work.text.set('title', title);
}

function splitFullAddress(work: RowWork, plan: Plan): void {
	const full = work.text.get('fullAddress') ?? '';
	work.text.delete('fullAddress');
	if (full === '' || !ADDRESS_PARTS.some(([, key]) => plan.fields.has(key) && work.blank(key)))
		return;
	const parts = splitAddress(full, {
		layout: plan.opts.addressLayout,
		zipFormat: plan.opts.zipFormat,
	});
	if (!parts?.street || !(parts.city || parts.zip)) {
		// keep the text where a person will see it rather than lose it
		if (plan.fields.has('street') && work.blank('street')) work.text.set('street', full);
		work.issue(
			'fullAddress',
			'ADDRESS_NOT_SPLIT',
			`${work.where('fullAddress')}: ${show(full)} could not be split into street, city, state and ZIP; it was kept whole as the street. Check it, or use separate columns.`,
			full,
			'warning',
		);
		return;
	}
	for (const [part, key] of ADDRESS_PARTS) {
		const value = parts[part];
		if (value !== undefined && plan.fields.has(key) && work.blank(key)) work.text.set(key, value);
	}
	if (parts.recipient) {
		const where = plan.fields.has('notes') ? 'added to Notes' : 'not kept in any field';
		if (plan.fields.has('notes'))
			work.text.set(
				'notes',
				[work.text.get('notes'), `Address recipient: ${parts.recipient}`]
					.filter(Boolean)
					.join('\n'),
			);
		work.issue(
			'fullAddress',
			'ADDRESS_RECIPIENT_KEPT',
			`${work.where('fullAddress')}: the address starts with a recipient line, ${show(parts.recipient)}, ${where}.`,
			full,
			'warning',
		);
	}
}

function convertEmail(work: RowWork, plan: Plan, field: string, text: string): void {
	// "a@x.com; b@y.com": the first here, a second one into Email 2 when that is free
	const several =
		(text.match(/@/g) ?? []).length > 1
			? text.split(/[;,\s]+/).filter((t) => t.includes('@'))
			: [text];
	const [first, ...rest] = several;
	const result = normalizeEmail(first, { suggest: plan.opts.emailSuggestions });
	if (!result.ok) {
		work.issue(
			field,
			'EMAIL_INVALID',
			`${work.where(field)}: ${result.message}. Enter one address such as name@example.com.`,
			text,
		);
		return;
	}
	work.record[field] = result.email;
	if (result.suggestion) {
		work.issue(
			field,
			'EMAIL_TYPO_SUGGESTED',
			`${work.where(field)}: ${show(result.email)} may be a typo for ${show(result.suggestion)}. Kept as written; check it.`,
			text,
			'warning',
		);
	}
	if (rest.length === 0) return;
	if (
		field === 'email' &&
		plan.fields.has('email2') &&
		work.blank('email2') &&
		rest.length === 1 &&
		work.record.email2 === undefined
	) {
		work.issue(
			field,
			'VALUE_EXTRA',
			`${work.where(field)} holds two addresses; the second, ${show(rest[0])}, went to Email 2.`,
			text,
			'warning',
		);
		// converted here, whatever the schema's field order
		convertEmail(work, plan, 'email2', rest[0]);
		return;
	}
	work.issue(
		field,
		'VALUE_EXTRA',
		`${work.where(field)} holds ${several.length} addresses; only the first is kept. Put the others in their own columns.`,
		text,
	);
}

function convertPhone(work: RowWork, plan: Plan, field: string, text: string): void {
	const result = normalizePhone(text, { defaultCountry: plan.opts.phoneCountry });
	if (!result.ok) {
		work.issue(field, 'PHONE_INVALID', `${work.where(field)}: ${result.message}.`, text);
		return;
	}
	work.record[field] = result.extension ? `${result.e164};ext=${result.extension}` : result.e164;
	if (result.extension) {
		work.issue(
			field,
			'PHONE_EXTENSION_KEPT',
			`${work.where(field)}: extension ${result.extension} is kept after the number as ";ext=${result.extension}".`,
			text,
			'warning',
		);
	}
}

function convertDate(work: RowWork, plan: Plan, field: FieldDef, text: string): void {
	const order = plan.dateOrders.get(field.key);
	const result = parseDate(text, {
		order: order === undefined || order === 'ambiguous' ? 'auto' : order,
	});
	if (!result.ok) {
		if (result.code === 'DATE_AMBIGUOUS') {
			work.issue(
				field.key,
				'DATE_AMBIGUOUS',
				`${work.where(field.key)}: ${result.message}. No value in the column settles the day-month order; set the Date Order option (MDY or DMY).`,
				text,
			);
		} else {
			work.issue(
				field.key,
				'DATE_INVALID',
				`${work.where(field.key)}: ${result.message}. Use a date such as 2024-01-31 or 01/31/2024.`,
				text,
			);
		}
		return;
	}
	if (field.type === 'date' && result.hasTime) {
		const [day, time] = result.value.split('T');
		work.record[field.key] = day;
		if (!/^00:00(:00)?$/.test(time))
			work.issue(
				field.key,
				'DATE_TIME_DROPPED',
				`${work.where(field.key)}: ${work.label(field.key)} holds a date only; the time ${time} was dropped.`,
				text,
				'warning',
			);
		return;
	}
	work.record[field.key] = result.value;
}

function convert(work: RowWork, plan: Plan, field: FieldDef, text: string): void {
	const key = field.key;
	switch (field.type) {
		case 'email':
			return convertEmail(work, plan, key, text);
		case 'phone':
			return convertPhone(work, plan, key, text);
		case 'date':
		case 'datetime':
			return convertDate(work, plan, field, text);
		case 'number': {
			if (!NUMBER.test(text) || !/\d/.test(text)) {
				work.issue(
					key,
					'NUMBER_INVALID',
					`${work.where(key)}: ${show(text)} is not a number. Use digits, such as 1200 or 1,200.50.`,
					text,
				);
				return;
			}
			work.record[key] = Number(text.replace(/[$€£,%\s]/g, ''));
			return;
		}
		case 'boolean': {
			// with whitespace 'keep', " yes" stays unreadable, as every value with spaces kept
			const yes = text === text.trim() ? parseYesNo(text) : undefined;
			if (yes === undefined) {
				work.issue(
					key,
					'BOOLEAN_INVALID',
					`${work.where(key)}: ${show(text)} is not yes or no. Use yes/no, true/false, y/n or 1/0.`,
					text,
				);
				return;
			}
			work.record[key] = yes;
			return;
		}
		case 'enum': {
			const values = field.values ?? [];
			const hit = values.find((v) => matchKey(v) === matchKey(text));
			if (hit === undefined) {
				work.issue(
					key,
					'ENUM_UNKNOWN_VALUE',
					`${work.where(key)}: ${show(text)} is not an allowed ${work.label(key)}. Use one of: ${values.join(', ')}; or map it with a value map.`,
					text,
				);
				return;
			}
			work.record[key] = hit;
			return;
		}
		default:
			work.record[key] = text;
	}
}

/** Puts a fixed value or default in a field's text, checking it like any cell. */
function setValue(work: RowWork, field: string, value: FixedValue): void {
	work.text.set(field, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
}

function checkRequired(work: RowWork, plan: Plan): void {
	const filled = (key: string): boolean =>
		(work.record[key] !== undefined && work.record[key] !== '') ||
		work.issues.some((i) => i.field === key && i.severity === 'error');
	const nearest = missingFromSets(plan.requiredSets, filled);
	const others = (field: string): string => {
		const alternatives = plan.schema.requiredAnyOf
			.filter((set) => !set.includes(field))
			.map((set) => set.map((k) => work.label(k)).join(' + '));
		return alternatives.length ? ` (or give ${alternatives.join(' or ')})` : '';
	};
	const fullName = work.column('fullName');
	const nameParts = new Set(NAME_PARTS.map(([, key]) => key));
	for (const field of nearest) {
		const column = work.column(field);
		let why = column !== undefined ? `column "${column}" is blank` : 'no column is mapped to it';
		if (column === undefined && fullName !== undefined && nameParts.has(field))
			why = `column "${fullName}" gave none`;
		work.issue(
			field,
			'VALUE_REQUIRED',
			`${work.label(field)} is required${others(field)}, but ${why}. Fill it in, or set a default value.`,
		);
	}
}

function isBlankRow(row: Record<string, unknown>, skip: string): boolean {
	for (const [key, value] of Object.entries(row)) {
		if (key === skip || key === '_issues') continue;
		if (value !== null && value !== undefined && String(value).trim() !== '') return false;
	}
	return true;
}

/**
 * Whether a row is the notes row of a template made by createImportTemplate
 * (every cell starts "REQUIRED · " or "optional · ") or its example row
 * (exactly the example values under the template's headers).
 */
function isTemplateRow(
	source: Record<string, unknown>,
	skip: string,
	exampleRow: ReadonlyMap<string, string>,
): boolean {
	const cells = Object.entries(source).filter(
		([key, value]) => key !== skip && key !== '_issues' && cellText(value, 'trim') !== '',
	);
	if (
		cells.length >= 2 &&
		cells.every(
			([, value]) =>
				typeof value === 'string' &&
				(value.startsWith(NOTE_PREFIX.required) || value.startsWith(NOTE_PREFIX.optional)),
		)
	)
		return true;
	if (exampleRow.size < 2 || cells.length !== exampleRow.size) return false;
	return cells.every(([key, value]) => exampleRow.get(key) === cellText(value, 'collapse'));
}

function transformRow(
	source: Record<string, unknown>,
	index: number,
	plan: Plan,
	exampleRow: ReadonlyMap<string, string>,
): RowResult {
	const { opts } = plan;
	const raw = Object.hasOwn(source, opts.rowNumberField)
		? Number(source[opts.rowNumberField])
		: NaN;
	const row = Number.isInteger(raw) && raw > 0 ? raw : opts.firstRowNumber + index;
	if (isBlankRow(source, opts.rowNumberField)) {
		if (opts.emptyRows === 'skip')
			return { row, index, status: 'skipped', issues: [], skipReason: 'the row is empty' };
		return {
			row,
			index,
			status: 'invalid',
			record: {},
			issues: [
				{
					row,
					field: '*',
					code: 'ROW_EMPTY',
					message: 'The row is empty. Delete it, or fill it in.',
					severity: 'error',
				},
			],
		};
	}
	if (isTemplateRow(source, opts.rowNumberField, exampleRow)) {
		return {
			row,
			index,
			status: 'skipped',
			issues: [],
			skipReason: "the row is the import template's notes or example row",
		};
	}
	const work = new RowWork(row, plan);
	for (const [field, column] of plan.columns) {
		const text = cellText(
			Object.hasOwn(source, column) ? source[column] : undefined,
			opts.whitespace,
			isMultiline(plan.fields.get(field)),
		);
		const mapped = applyValueMap(work, plan, field, text);
		if (mapped !== undefined) work.text.set(field, mapped);
		else work.text.set(field, '');
	}
	const failedMap = new Set(work.issues.filter((i) => i.severity === 'error').map((i) => i.field));
	for (const field of plan.schema.fields) {
		const fixed = Object.hasOwn(opts.fixedValues, field.key)
			? opts.fixedValues[field.key]
			: undefined;
		if (fixed !== undefined) {
			const was = work.text.get(field.key) ?? '';
			if (was !== '' && matchKey(was) !== matchKey(String(fixed))) {
				work.issue(
					field.key,
					'VALUE_REPLACED',
					`${work.where(field.key)}: ${show(was)} was replaced by the import's fixed value ${show(String(fixed))}.`,
					was,
					'warning',
				);
			}
			failedMap.delete(field.key);
			work.issues.splice(
				0,
				work.issues.length,
				...work.issues.filter((i) => !(i.field === field.key && i.code === 'VALUE_UNMAPPED')),
			);
			setValue(work, field.key, fixed);
		}
	}
	const ownFirst = work.text.get('firstName') ?? '';
	splitFullName(work, plan);
	liftTitle(work, plan, ownFirst);
	splitFullAddress(work, plan);
	for (const field of plan.schema.fields) {
		if (
			!work.blank(field.key) ||
			failedMap.has(field.key) ||
			Object.hasOwn(opts.fixedValues, field.key)
		)
			continue;
		const fallback = Object.hasOwn(opts.defaults, field.key)
			? opts.defaults[field.key]
			: field.default;
		if (fallback !== undefined) setValue(work, field.key, fallback);
	}
	for (const field of plan.schema.fields) {
		if (field.inputOnly) continue;
		const text = work.text.get(field.key) ?? '';
		if (text === '') continue;
		if (
			field.maxLength !== undefined &&
			text.length > field.maxLength &&
			(field.type === 'string' || field.type === 'enum')
		) {
			work.issue(
				field.key,
				'VALUE_TOO_LONG',
				`${work.where(field.key)}: the value has ${text.length.toLocaleString('en-US')} characters; ${work.label(field.key)} holds at most ${field.maxLength.toLocaleString('en-US')}. Shorten it.`,
				`${text.slice(0, SHOWN)}…`,
			);
			continue;
		}
		convert(work, plan, field, text);
	}
	checkRequired(work, plan);
	const errors = work.issues.some((i) => i.severity === 'error');
	return {
		row,
		index,
		status: errors ? 'invalid' : 'valid',
		record: work.record,
		issues: work.issues,
	};
}

/**
 * Turns source rows into clean records of a schema, or precise issues. Every
 * row comes back, in order: `valid` with its record, `invalid` with its
 * errors (and the part of the record that was fine), or `skipped` (a blank
 * row, or a template's notes or example row) with the reason.
 *
 * What it does to each row: reads each mapped column (whitespace trimmed and
 * collapsed), applies value maps ("PI" → "Personal Injury"; an unmapped value
 * is reported, never guessed), fixed values for the whole import, splits a
 * full name (`splitName`) and a full address (`splitAddress`) into the parts
 * the row lacks, moves a title written in the first-name column ("Dr. Sam")
 * to Title, fills blanks with defaults, then checks and normalizes each
 * value by type: emails (`normalizeEmail`, typo suggestions as warnings),
 * phones (`normalizePhone`, stored E.164), dates (`parseDate`, the day-month
 * order decided once per column by `detectDateOrder`), numbers, yes/no,
 * enums and lengths; and last, that the row has the required fields.
 *
 * @param rows - source rows, header → cell (as Spreadsheet to Records emits them; `_row` holds the row number)
 * @param mapping - which column holds which field: an {@link autoMapHeaders} result or a {@link MappingProfile}
 * @param schema - a built-in schema's name or a {@link Schema}
 * @param options - see {@link TransformOptions}
 * @returns a result per row, totals, and the date order used per date field
 * @throws IntakeError `TRANSFORM_INVALID_OPTION` for a bad option or mapping (checked once, before any row)
 *
 * @example
 * transformRecords([{ Name: 'Ada Lovelace', Tel: '555-010-0123' }], { columns: [{ header: 'Name', field: 'fullName' }, { header: 'Tel', field: 'phone' }] }, 'clients').rows[0].record
 * //=> { firstName: 'Ada', lastName: 'Lovelace', phone: '+15550100123' }
 *
 * @example
 * transformRecords([{ Email: 'ann@gmial' }], { columns: [{ header: 'Email', field: 'email' }] }, 'contacts').rows[0].issues.map((i) => i.code)
 * //=> ['EMAIL_INVALID', 'VALUE_REQUIRED', 'VALUE_REQUIRED']
 */
export function transformRecords(
	rows: ReadonlyArray<Record<string, unknown>>,
	mapping: MappingLike,
	schema: string | Schema,
	options?: TransformOptions,
): TransformResult {
	if (!Array.isArray(rows)) throw invalid('rows', 'a list of rows', typeof rows);
	const plan = makePlan(mapping, schema, options);
	const usable = rows.map((r) => (r !== null && typeof r === 'object' ? r : {}));
	for (const field of plan.schema.fields) {
		if (field.type !== 'date' && field.type !== 'datetime') continue;
		const column = plan.columns.get(field.key);
		if (plan.opts.dateOrder !== 'auto') plan.dateOrders.set(field.key, plan.opts.dateOrder);
		else if (column !== undefined)
			plan.dateOrders.set(
				field.key,
				detectDateOrder(
					usable.map((r) => cellText(Object.hasOwn(r, column) ? r[column] : '', 'trim')),
				),
			);
	}
	const { headers, example } = templateRows(plan.schema);
	const exampleRow = new Map(
		headers.map((h, i): [string, string] => [h, example[i]]).filter(([, text]) => text !== ''),
	);
	const results = usable.map((row, index) => transformRow(row, index, plan, exampleRow));
	const totals = { rows: results.length, valid: 0, invalid: 0, skipped: 0, warnings: 0 };
	for (const r of results) {
		totals[r.status]++;
		totals.warnings += r.issues.filter((i) => i.severity === 'warning').length;
	}
	return { rows: results, totals, dateOrders: Object.fromEntries(plan.dateOrders) };
}
