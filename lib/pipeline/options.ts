import { resolveDedupeOptions } from '../dedupe/options';
import type { DedupeOptions } from '../dedupe/types';
import type { ResolveOptions } from '../dedupe/resolveDuplicates';
import { invalidOption, type IntakeErrorCode } from '../errors';
import { isPlainRecord } from '../isPlainRecord';
import { resolveImportOptions } from '../importer/options';
import { parseMappingProfile } from '../map/parseMappingProfile';
import type { MappingProfile } from '../map/types';
import type { ReadOptions } from '../read/options';
import { normalizeReadOptions } from '../read/options';
import { getSchema } from '../schema/getSchema';
import type { Schema } from '../schema/types';
import type { TransformOptions } from '../validate/types';
import type { PipelineDedupeOptions, RunImportOptions } from './types';

/** The code of a bad option of runImport's own (the areas it calls keep theirs). */
const CODE: IntakeErrorCode = 'PIPELINE_INVALID_OPTION';

/** Rows read before mapping and deciding the column orders. */
export const DEFAULT_SAMPLE_ROWS = 10_000;

/** The property of each row that carries its source row number into the transform. */
export const ROW_FIELD = '_row';

/** The dedupe settings, split by who reads them. */
export interface CheckedDedupe {
	find: DedupeOptions;
	resolve: Omit<ResolveOptions, 'existing'>;
	existing?: PipelineDedupeOptions['existing'];
	idField: string;
}

/** {@link RunImportOptions}, checked, with defaults filled in. */
export interface CheckedOptions {
	raw: RunImportOptions;
	schema: Schema;
	read: ReadOptions;
	profile?: MappingProfile;
	transform: TransformOptions;
	sampleRows: number;
	dedupe?: CheckedDedupe;
	now: () => number;
}

function invalid(name: string, expected: string, got: unknown) {
	return invalidOption(CODE, name, expected, got);
}

/** A callback option: absent, or a function. */
function checkFunction(options: RunImportOptions, name: keyof RunImportOptions): void {
	const value = options[name];
	if (value !== undefined && typeof value !== 'function') throw invalid(name, 'a function', value);
}

/** Splits the dedupe settings and checks those findDuplicates and resolveDuplicates read. */
function checkDedupe(dedupe: unknown): CheckedDedupe | undefined {
	if (dedupe === undefined) return undefined;
	if (!isPlainRecord(dedupe)) throw invalid('dedupe', 'an object of dedupe options', dedupe);
	const { policy, existing, idField, merge, seen, ...find } = dedupe as PipelineDedupeOptions;
	resolveDedupeOptions(find);
	if (policy !== undefined && !['skip', 'update', 'createNew', 'merge'].includes(policy))
		throw invalidOption(
			'DEDUPE_INVALID_OPTION',
			'policy',
			'skip, update, createNew, merge',
			policy,
		);
	const iterable =
		existing === undefined ||
		(typeof existing === 'object' &&
			existing !== null &&
			(Symbol.iterator in existing || Symbol.asyncIterator in existing));
	if (!iterable) throw invalid('dedupe.existing', 'a list or async iterable of records', existing);
	if (
		seen !== undefined &&
		(typeof seen !== 'object' || seen === null || !(Symbol.iterator in seen))
	)
		throw invalidOption('DEDUPE_INVALID_OPTION', 'seen', 'a list of row indices', seen);
	if (idField !== undefined && (typeof idField !== 'string' || idField === ''))
		throw invalid('dedupe.idField', 'a field name', idField);
	return {
		find,
		resolve: { policy, merge, seen },
		existing,
		idField: idField ?? 'id',
	};
}

/**
 * Checks runImport's options once, before the file is opened, so a bad
 * option throws before anything is read or sent.
 *
 * @param options - what the caller passed
 * @returns the options to run with
 * @throws IntakeError naming the first bad option (`SCHEMA_NOT_FOUND`, `READ_INVALID_OPTION`, `MAP_INVALID_OPTION`, `DEDUPE_INVALID_OPTION`, `IMPORT_INVALID_OPTION`, `PIPELINE_INVALID_OPTION` for the pipeline's own)
 */
export function checkRunImportOptions(options: RunImportOptions): CheckedOptions {
	if (!isPlainRecord(options)) throw invalid('options', 'an object with a `schema`', options);
	const schema =
		typeof options.schema === 'string' ? getSchema(options.schema as 'clients') : options.schema;
	if (!isPlainRecord(schema) || !Array.isArray(schema.fields))
		throw invalid('schema', 'a schema name or a schema from defineSchema()', options.schema);
	const read: ReadOptions = { maxBytes: Infinity, ...(options.read ?? {}) };
	normalizeReadOptions(read);
	const profile =
		options.profile === undefined ? undefined : parseMappingProfile(options.profile, 'profile');
	if (profile?.schema !== undefined && profile.schema !== (schema as Schema).name)
		throw invalidOption(
			'MAP_INVALID_OPTION',
			'profile.schema',
			`a profile made for the schema imported into ("${(schema as Schema).name}")`,
			profile.schema,
		);
	if (options.transform !== undefined && !isPlainRecord(options.transform))
		throw invalid('transform', 'an object of transform options', options.transform);
	const sampleRows = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
	if (!Number.isInteger(sampleRows) || sampleRows < 1)
		throw invalid('sampleRows', 'a whole number of rows, 1 or more', sampleRows);
	for (const name of ['write', 'onException', 'onProgress', 'transformBatch', 'now'] as const)
		checkFunction(options, name);
	if (options.import !== undefined) resolveImportOptions(options.import);
	const dedupe = checkDedupe(options.dedupe);
	// the profile's options are the base; what is set here wins; the row numbers ride on ROW_FIELD
	const transform = {
		...(profile?.options ?? {}),
		...(options.transform ?? {}),
		rowNumberField: ROW_FIELD,
	};
	return {
		raw: options,
		schema: schema as Schema,
		read,
		profile,
		transform,
		sampleRows,
		dedupe,
		now: options.now ?? Date.now,
	};
}
