import { invalidOption } from '../errors';
import { getSchema } from '../schema/getSchema';
import type { Schema } from '../schema/types';
import { assignFields, columnMappings, settleAmbiguous } from './assignFields';
import { SAMPLE_ROWS, weighValues } from './checkAgainstValues';
import { findTypedColumns } from './findTypedColumns';
import { headerCandidates, type HeaderAnalysis } from './headerCandidates';
import { headerWords, wordsKey } from './headerWords';
import { missingRequired } from './missingRequired';
import { preferStreetLine } from './preferStreetLine';
import { pickProfile, rememberedAnalysis } from './rememberedProfile';
import { setTypedAside, typedMappings } from './typedMapping';
import type { AutoMapOptions, MappingResult } from './types';

/** The arguments, checked: the schema, and the options as lists. */
interface Arguments {
	schema: Schema;
	sampleRows: readonly unknown[];
	remembered: readonly unknown[];
}

/** @throws IntakeError `SCHEMA_NOT_FOUND` for an unknown schema name, `MAP_INVALID_OPTION` for the rest */
function checkArguments(
	headers: unknown,
	schema: string | Schema,
	options: AutoMapOptions | undefined,
): Arguments {
	if (!Array.isArray(headers))
		throw invalidOption('MAP_INVALID_OPTION', 'headers', 'a list of strings', typeof headers);
	const target = typeof schema === 'string' ? getSchema(schema as 'clients') : schema;
	if (target === null || typeof target !== 'object' || !Array.isArray(target.fields))
		throw invalidOption(
			'MAP_INVALID_OPTION',
			'schema',
			'a schema name or a schema from defineSchema()',
			target === null ? null : typeof target,
		);
	const { sampleRows, remembered } = options ?? {};
	if (sampleRows !== undefined && !Array.isArray(sampleRows))
		throw invalidOption('MAP_INVALID_OPTION', 'sampleRows', 'a list of rows', typeof sampleRows);
	if (remembered !== undefined && !Array.isArray(remembered))
		throw invalidOption(
			'MAP_INVALID_OPTION',
			'remembered',
			'a list of mapping profiles',
			typeof remembered,
		);
	return { schema: target, sampleRows: sampleRows ?? [], remembered: remembered ?? [] };
}

/**
 * What each header says alone, or, for the headers a close enough remembered
 * profile knows, what the profile says (`fromProfile[i]`).
 */
function analyseHeaders(
	texts: readonly string[],
	schema: Schema,
	remembered: readonly unknown[],
): { analyses: HeaderAnalysis[]; fromProfile: boolean[]; plainInProfile: boolean[] } {
	// each header's order-free key, once, for choosing a profile and reading it
	const headerKeys = remembered.length ? texts.map((h) => wordsKey(headerWords(h))) : [];
	const profile = remembered.length ? pickProfile(headerKeys, schema, remembered) : undefined;
	const typoCache = new Map<string, string | null>();
	const fromProfile: boolean[] = [];
	const plainInProfile: boolean[] = [];
	const analyses = texts.map((header, i) => {
		const known = profile ? rememberedAnalysis(headerKeys[i], profile, schema) : undefined;
		fromProfile[i] = known !== undefined;
		plainInProfile[i] = known !== undefined && !profile?.typed.has(headerKeys[i]);
		return known ?? headerCandidates(header, schema, typoCache);
	});
	return { analyses, fromProfile, plainInProfile };
}

/**
 * Proposes, for each column of a file, the schema field it holds, with a
 * confidence and a reason a person can check. It reads the header (a table of
 * the names Outlook, Google, HubSpot, Salesforce, Clio, MyCase and others
 * export, in any case, punctuation or word order, with abbreviations such as
 * "DOB", "Tel", "Cell", "Zip/Postal"; qualifiers such as "Home", "Business",
 * "Other"; and typos through fuse.js), then the values when `sampleRows` are
 * given (a column of emails is `email` whatever its header says), and reuses
 * a remembered profile when the file's headers match one.
 *
 * Two columns never get the same field: the more confident one wins, and the
 * other is left unmapped with the reason. Columns that fit nothing stay
 * unmapped. Pure; never throws on odd headers (`__proto__`, blank, 10,000 of them).
 *
 * @param headers - the file's headers, in order
 * @param schema - a built-in schema's name (`'clients'`, `'contacts'`, `'cases'`) or a {@link Schema}
 * @param options - sample rows and remembered profiles; see {@link AutoMapOptions}
 * @returns a mapping per column, in order, and the required fields nothing fills
 * @throws IntakeError `SCHEMA_NOT_FOUND` for an unknown schema name, `MAP_INVALID_OPTION` for bad arguments
 *
 * @example
 * autoMapHeaders(['E-mail Address', 'Home Phone', 'DOB'], 'clients').columns.map((c) => c.field)
 * //=> ['email', 'homePhone', 'dateOfBirth']
 *
 * @example
 * autoMapHeaders(['Contact'], 'clients', { sampleRows: [{ Contact: 'ann@example.com' }] }).columns[0].field
 * //=> 'email'
 */
export function autoMapHeaders(
	headers: readonly string[],
	schema: string | Schema,
	options: AutoMapOptions = {},
): MappingResult {
	const args = checkArguments(headers, schema, options);
	const target = args.schema;
	const texts = headers.map((h) =>
		typeof h === 'string' ? h : h === null || h === undefined ? '' : String(h),
	);
	const { analyses, fromProfile, plainInProfile } = analyseHeaders(texts, target, args.remembered);
	// a column the remembered profile keeps plain (a person's choice) is not typed again
	const typed = findTypedColumns(texts, target).filter(
		(t) => !plainInProfile[t.column] && !plainInProfile[t.typeColumn],
	);
	const aside = setTypedAside(analyses, typed);
	preferStreetLine(analyses, target);
	const rows = args.sampleRows
		.slice(0, SAMPLE_ROWS)
		.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object');
	if (rows.length > 0)
		weighValues(
			target,
			texts,
			analyses,
			rows,
			fromProfile.map((known, i) => known || aside[i]),
		);
	const assignment = assignFields(analyses);
	settleAmbiguous(assignment, texts);
	const columns = columnMappings(assignment, analyses, texts, target);
	typedMappings(columns, typed, texts, target);
	const mapped = new Set([...assignment.owner.keys(), ...typed.map((t) => t.field)]);
	return { columns, missingRequired: missingRequired(target, mapped) };
}
