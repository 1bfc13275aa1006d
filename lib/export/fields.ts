/*
 * Field specs (`path` or `path:Header`) and the check that each names a field
 * some record has. Internal to the library.
 */
import { IntakeError, invalidOption } from '../errors';
import type { ExportRecord } from './types';
import { createPathReader, readPath } from './values';

/** A field to write: where to read it and what to call it. */
export interface FieldSpec {
	path: string;
	header: string;
	/** Rewrites the field's values on the way out (a column of dates in several forms, to ISO). */
	convert?: (value: unknown) => unknown;
}

/** A field's reader, made once per export, with its converter when it has one. */
export function readerOf(field: FieldSpec): (record: unknown) => unknown {
	const read = createPathReader(field.path);
	const convert = field.convert;
	return convert ? (record) => convert(read(record)) : read;
}

/** Reads `fields` (`email`, `client.name`, `email:Email Address`). */
export function parseFieldSpecs(fields: unknown): FieldSpec[] {
	if (!Array.isArray(fields))
		throw invalidOption(
			'EXPORT_INVALID_OPTION',
			'fields',
			'a list of field names such as ["name", "email:Email Address"]',
			fields,
		);
	return fields.map((spec, i) => {
		if (typeof spec !== 'string' || spec.trim() === '')
			throw invalidOption(
				'EXPORT_INVALID_OPTION',
				`fields[${i}]`,
				'a field name such as "client.name" or "email:Email Address"',
				spec,
			);
		const colon = spec.indexOf(':');
		const path = (colon >= 0 ? spec.slice(0, colon) : spec).trim();
		const header = colon >= 0 ? spec.slice(colon + 1).trim() : path;
		if (path === '')
			throw invalidOption(
				'EXPORT_INVALID_OPTION',
				`fields[${i}]`,
				'a field name before the colon',
				spec,
			);
		return { path, header: header || path };
	});
}

/** The top-level fields of records, in first-seen order. */
export function collectFields(
	records: Iterable<ExportRecord>,
	into: string[] = [],
	seen = new Set<string>(),
): string[] {
	for (const record of records) {
		if (typeof record !== 'object' || record === null) continue;
		for (const key of Object.keys(record)) {
			if (!seen.has(key)) {
				seen.add(key);
				into.push(key);
			}
		}
	}
	return into;
}

/** Dotted paths of the fields records have (nested objects two levels down), for error messages. */
function existingPaths(records: readonly ExportRecord[]): string[] {
	const paths: string[] = [];
	const seen = new Set<string>();
	const walk = (value: unknown, prefix: string, depth: number): void => {
		if (
			typeof value !== 'object' ||
			value === null ||
			Array.isArray(value) ||
			value instanceof Date
		)
			return;
		for (const key of Object.keys(value)) {
			const path = prefix ? `${prefix}.${key}` : key;
			if (!seen.has(path)) {
				seen.add(path);
				paths.push(path);
			}
			if (depth < 2) walk((value as Record<string, unknown>)[key], path, depth + 1);
		}
	};
	for (const record of records.slice(0, 1000)) walk(record, '', 0);
	return paths;
}

/**
 * The error for fields no record has, naming the fields that exist.
 */
export function unknownFieldError(
	missing: readonly string[],
	records: readonly ExportRecord[],
): IntakeError {
	const existing = existingPaths(records);
	const list =
		existing.length > 40
			? `${existing.slice(0, 40).join(', ')}, … (${existing.length} in all)`
			: existing.join(', ');
	const names = missing.map((m) => `"${m}"`).join(', ');
	return new IntakeError(
		'EXPORT_UNKNOWN_FIELD',
		`${missing.length === 1 ? 'Field' : 'Fields'} ${names} ${missing.length === 1 ? 'is' : 'are'} in no record. Fields that exist: ${list || '(none)'}. Check the spelling, or use a dotted path for a nested field (client.name).`,
		{ fields: [...missing], existing },
	);
}

/** Throws EXPORT_UNKNOWN_FIELD when a path is in no record (nothing to check when there are no records). */
export function checkFieldsExist(paths: readonly string[], records: readonly ExportRecord[]): void {
	if (records.length === 0) return;
	const missing = paths.filter((p) => !records.some((r) => readPath(r, p).found));
	if (missing.length) throw unknownFieldError(missing, records);
}
