/*
 * The export options, checked once per call, and the formats' file details.
 * Internal to the library.
 */
import { IntakeError, invalidOption } from '../errors';
import { checkFilter, type CheckedGroup } from './compileFilter';
import { parseFieldSpecs, type FieldSpec } from './fields';
import { normalizeSortKeys } from './sortRecords';
import type { ExportFormat, ExportOptions, SortKey } from './types';

/** Defaults of {@link ExportOptions}. */
export const DEFAULT_EXPORT_OPTIONS = Object.freeze({
	fileName: 'export',
	bom: true,
	lineEnding: '\r\n',
	formulaGuard: true,
	jsonShape: 'envelope',
	orientation: 'auto',
	dateOrder: 'auto',
} as const);

/** Each format's extension and MIME type. */
export const FORMATS: Readonly<Record<ExportFormat, { extension: string; mimeType: string }>> =
	Object.freeze({
		csv: { extension: 'csv', mimeType: 'text/csv' },
		tsv: { extension: 'tsv', mimeType: 'text/tab-separated-values' },
		xlsx: {
			extension: 'xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		},
		json: { extension: 'json', mimeType: 'application/json' },
		ndjson: { extension: 'ndjson', mimeType: 'application/x-ndjson' },
		pdf: { extension: 'pdf', mimeType: 'application/pdf' },
	});

/** Checked options. */
export interface CheckedExportOptions {
	format: ExportFormat;
	fields?: FieldSpec[];
	filter?: CheckedGroup;
	sort?: SortKey[];
	limit?: number;
	fileName: string;
	title?: string;
	bom: boolean;
	lineEnding: '\r\n' | '\n';
	formulaGuard: boolean;
	jsonShape: 'envelope' | 'array';
	generatedAt?: Date;
	orientation: 'auto' | 'portrait' | 'landscape';
	dateOrder: 'auto' | 'YMD' | 'MDY' | 'DMY';
}

const bad = (name: string, expected: string, got: unknown): IntakeError =>
	invalidOption('EXPORT_INVALID_OPTION', name, expected, got);

function oneOf<T extends string>(
	name: string,
	value: unknown,
	allowed: readonly T[],
	fallback: T,
): T {
	if (value === undefined) return fallback;
	if (!allowed.includes(value as T))
		throw bad(name, allowed.map((a) => JSON.stringify(a)).join(', '), value);
	return value as T;
}

function flag(name: string, value: unknown, fallback: boolean): boolean {
	if (value === undefined) return fallback;
	if (typeof value !== 'boolean') throw bad(name, 'true or false', value);
	return value;
}

/** The file name with the format's extension, with characters no file system takes replaced by `_`. */
function fileNameFor(name: string, extension: string): string {
	const clean = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim() || 'export';
	return clean.toLowerCase().endsWith(`.${extension}`) ? clean : `${clean}.${extension}`;
}

/**
 * Checks export options once.
 *
 * @throws IntakeError `EXPORT_INVALID_OPTION` naming the option, `EXPORT_INVALID_FILTER` for a bad filter
 */
export function normalizeExportOptions(
	options: ExportOptions,
	formats: readonly ExportFormat[],
): CheckedExportOptions {
	if (typeof options !== 'object' || options === null)
		throw bad('options', 'an object with at least `format`', options);
	const format = oneOf('format', options.format, formats, undefined as never);
	if (format === undefined)
		throw bad('format', formats.map((f) => JSON.stringify(f)).join(', '), options.format);
	const limit = options.limit;
	if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
		throw bad('limit', 'a whole number of 0 or more', limit);
	if (
		options.fileName !== undefined &&
		(typeof options.fileName !== 'string' || options.fileName.trim() === '')
	)
		throw bad('fileName', 'a file name such as "contacts_export"', options.fileName);
	if (options.title !== undefined && typeof options.title !== 'string')
		throw bad('title', 'text', options.title);
	if (
		options.generatedAt !== undefined &&
		!(options.generatedAt instanceof Date && !Number.isNaN(options.generatedAt.getTime()))
	)
		throw bad('generatedAt', 'a valid Date', options.generatedAt);
	const extended = options as ExportOptions & { dateOrder?: unknown };
	return {
		format,
		fields: options.fields === undefined ? undefined : parseFieldSpecs(options.fields),
		filter:
			options.filter === undefined || options.filter === null
				? undefined
				: checkFilter(options.filter),
		sort:
			options.sort === undefined || (Array.isArray(options.sort) && options.sort.length === 0)
				? undefined
				: normalizeSortKeys(options.sort),
		limit,
		fileName: fileNameFor(
			options.fileName ?? DEFAULT_EXPORT_OPTIONS.fileName,
			FORMATS[format].extension,
		),
		title: options.title,
		bom: flag('bom', options.bom, DEFAULT_EXPORT_OPTIONS.bom),
		lineEnding: oneOf(
			'lineEnding',
			options.lineEnding,
			['\r\n', '\n'],
			DEFAULT_EXPORT_OPTIONS.lineEnding,
		),
		formulaGuard: flag('formulaGuard', options.formulaGuard, DEFAULT_EXPORT_OPTIONS.formulaGuard),
		jsonShape: oneOf(
			'jsonShape',
			options.jsonShape,
			['envelope', 'array'],
			DEFAULT_EXPORT_OPTIONS.jsonShape,
		),
		generatedAt: options.generatedAt,
		orientation: oneOf(
			'orientation',
			options.orientation,
			['auto', 'portrait', 'landscape'],
			DEFAULT_EXPORT_OPTIONS.orientation,
		),
		dateOrder: oneOf(
			'dateOrder',
			extended.dateOrder,
			['auto', 'YMD', 'MDY', 'DMY'],
			DEFAULT_EXPORT_OPTIONS.dateOrder,
		),
	};
}

/** An XLSX sheet name from a title: without the characters Excel refuses, 31 characters at most. */
export function sheetNameFor(title: string | undefined): string {
	const name = (title ?? '')
		.replace(/[[\]:*?/\\]/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/^'+|'+$/g, '')
		.trim()
		.slice(0, 31)
		.trim();
	return name || 'Export';
}
