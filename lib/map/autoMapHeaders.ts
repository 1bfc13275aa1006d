import { IntakeError } from '../errors';
import { getSchema } from '../schema/getSchema';
import type { FieldDef, Schema } from '../schema/types';
import { HEADER_VAGUE_WORDS } from './data/headerSynonyms';
import { headerCandidates, type Candidate, type HeaderAnalysis } from './headerCandidates';
import { headerWords, wordsKey } from './headerWords';
import { missingRequired } from './missingRequired';
import { parseMappingProfile } from './parseMappingProfile';
import { sniffColumn } from './sniffColumn';
import type {
	AutoMapOptions,
	ColumnMapping,
	ColumnSniff,
	MappingProfile,
	MappingResult,
	ValueKind,
} from './types';

/** Rows of `sampleRows` read: enough to know a column, cheap on wide files. */
const SAMPLE_ROWS = 100;
/** Below this a candidate is a guess, and the column is better left unmapped. */
const MIN_CONFIDENCE = 0.35;
/** Share of headers two files must have in common for a remembered profile to apply. */
const PROFILE_MIN_SIMILARITY = 0.5;
/** "Address" beside City and ZIP columns is the street line. */
const GENERIC_ADDRESS_PHRASES = new Set([
	'address',
	'home address',
	'mailing address',
	'postal address',
	'residential address',
]);
/** Values that settle a column whatever its header says. */
const STRONG_KINDS: ReadonlySet<ValueKind> = new Set([
	'email',
	'phone',
	'date',
	'url',
	'fullAddress',
	'zip',
]);
/** Kinds many columns hold (a client-since date, an attorney's name): the values pick a field only under a vague header. */
const COMMON_KINDS: ReadonlySet<ValueKind> = new Set(['date', 'fullName']);
const VAGUE = new Set(HEADER_VAGUE_WORDS);

/** Whether a header says nothing of what its column holds ("col7", "Contact", "Date"). */
function isVague(header: string): boolean {
	return headerWords(header).every((w) => VAGUE.has(w) || /^\d+$/.test(w));
}
const KIND_LABEL: Readonly<Record<ValueKind, string>> = {
	empty: 'blank',
	email: 'emails',
	url: 'web addresses',
	phone: 'phone numbers',
	date: 'dates',
	fullAddress: 'full addresses',
	street: 'street lines',
	zip: 'ZIP codes',
	state: 'states',
	country: 'countries',
	boolean: 'yes/no values',
	number: 'numbers',
	fullName: 'full names',
	text: 'text',
};

function round(n: number): number {
	return Math.round(n * 1000) / 1000;
}

/** The kinds of value a field should hold, when they can be told from the values. */
function expectedKinds(field: FieldDef): readonly ValueKind[] | undefined {
	switch (field.type) {
		case 'email':
			return ['email'];
		case 'phone':
			return ['phone'];
		case 'date':
		case 'datetime':
			return ['date'];
		case 'number':
			return ['number'];
		case 'boolean':
			return ['boolean', 'number'];
	}
	switch (field.key) {
		case 'zip':
			return ['zip', 'number'];
		case 'state':
			return ['state'];
		case 'country':
			return ['country', 'state'];
		case 'fullAddress':
			return ['fullAddress', 'street'];
		case 'street':
			return ['street', 'fullAddress'];
		case 'fullName':
		case 'clientName':
			return ['fullName'];
	}
	return undefined;
}

/** Fields a column of this kind can fill, best first, with a confidence for each. */
function fieldsForKind(schema: Schema, sniff: ColumnSniff): Array<[string, number]> {
	const byType = (type: FieldDef['type'], first: number): Array<[string, number]> =>
		schema.fields
			.filter((f) => f.type === type)
			.map((f, i): [string, number] => [f.key, first - 0.05 * i]);
	const ifField = (key: string, confidence: number): Array<[string, number]> =>
		schema.fields.some((f) => f.key === key) ? [[key, confidence]] : [];
	switch (sniff.kind) {
		case 'email':
			return byType('email', 0.9);
		case 'phone':
			return byType('phone', 0.8);
		case 'date': {
			const dates = schema.fields.filter((f) => f.type === 'date' || f.type === 'datetime');
			// one date field (a client's birth date) can be told from dates alone; several cannot
			return dates.length === 1 ? [[dates[0].key, 0.6]] : [];
		}
		case 'fullAddress':
			return ifField('fullAddress', 0.85);
		case 'street':
			return ifField('street', 0.75);
		case 'zip':
			return ifField('zip', 0.85);
		case 'state':
			return ifField('state', 0.85);
		case 'country':
			return ifField('country', 0.8);
		case 'fullName':
			return [...ifField('fullName', 0.7), ...ifField('clientName', 0.7)];
		default:
			return [];
	}
}

/**
 * Weighs a header's candidates against what the values are, and adds the
 * fields the values point to: any field for emails, phones, ZIPs…; for
 * dates and names, only when `vague` (the header says nothing itself).
 */
function checkAgainstValues(
	schema: Schema,
	candidates: Candidate[],
	sniff: ColumnSniff,
	vague: boolean,
): Candidate[] {
	const out: Candidate[] = [];
	const pct = (share: number): string => `${Math.round(share * 100)}% of ${sniff.count}`;
	for (const candidate of candidates) {
		const field = schema.fields.find((f) => f.key === candidate.field);
		const expected = field ? expectedKinds(field) : undefined;
		let { confidence, reason } = candidate;
		if (expected?.includes(sniff.kind)) {
			confidence = Math.min(0.99, confidence + 0.04);
			reason += `; its values agree (${KIND_LABEL[sniff.kind]}, ${pct(sniff.share)})`;
		} else if (STRONG_KINDS.has(sniff.kind) && !(expected === undefined && sniff.kind === 'zip')) {
			confidence *= expected ? 0.4 : 0.6;
			reason += `; but its values look like ${KIND_LABEL[sniff.kind]} (${pct(sniff.share)})`;
		} else if (
			expected &&
			sniff.count >= 3 &&
			(expected[0] === 'email' || expected[0] === 'phone' || expected[0] === 'date')
		) {
			const share = sniff.shares[expected[0]] ?? 0;
			if (share < 0.5) {
				confidence *= 0.5;
				reason += `; but only ${pct(share)} of its values look like ${KIND_LABEL[expected[0]]}`;
			}
		}
		out.push({ field: candidate.field, confidence: round(confidence), reason });
	}
	for (const [field, base] of COMMON_KINDS.has(sniff.kind) && !vague
		? []
		: fieldsForKind(schema, sniff)) {
		const confidence = round(base - (1 - sniff.share) * 0.5);
		const reason = `its values look like ${KIND_LABEL[sniff.kind]} (${pct(sniff.share)})`;
		const same = out.find((c) => c.field === field);
		if (!same) out.push({ field, confidence, reason });
		else if (confidence > same.confidence)
			Object.assign(same, { confidence, reason: `${reason}; ${same.reason}` });
	}
	return out.sort((a, b) => b.confidence - a.confidence);
}

interface Remembered {
	profile: MappingProfile;
	byKey: Map<string, string | null>;
	similarity: number;
}

/** The remembered profile whose headers best match these, if any is close enough. */
function pickProfile(
	headerKeys: readonly string[],
	schema: Schema,
	profiles: readonly unknown[],
): Remembered | undefined {
	const keys = new Set(headerKeys);
	let best: Remembered | undefined;
	profiles.forEach((raw, i) => {
		const profile = parseMappingProfile(raw, `remembered[${i}]`);
		if (profile.schema !== undefined && profile.schema !== schema.name) return;
		const byKey = new Map<string, string | null>();
		for (const c of profile.columns) byKey.set(wordsKey(headerWords(c.header)), c.field);
		let shared = 0;
		for (const key of keys) if (byKey.has(key)) shared++;
		const similarity = shared / new Set([...keys, ...byKey.keys()]).size;
		if (similarity >= PROFILE_MIN_SIMILARITY && (!best || similarity > best.similarity))
			best = { profile, byKey, similarity };
	});
	return best;
}

function rememberedAnalysis(
	key: string,
	remembered: Remembered,
	schema: Schema,
): HeaderAnalysis | undefined {
	if (!remembered.byKey.has(key)) return undefined;
	const field = remembered.byKey.get(key) ?? null;
	const name = remembered.profile.name ? `"${remembered.profile.name}"` : 'a saved profile';
	const how =
		remembered.similarity === 1
			? 'same headers'
			: `${Math.round(remembered.similarity * 100)}% same headers`;
	if (field === null) return { candidates: [], note: `as in ${name} (${how})` };
	if (!schema.fields.some((f) => f.key === field)) return undefined;
	return {
		candidates: [
			{
				field,
				confidence: remembered.similarity === 1 ? 0.99 : 0.95,
				reason: `remembered from ${name} (${how})`,
			},
		],
		note: '',
	};
}

/** "Address" next to City/State/ZIP columns holds the street line, not the whole address. */
function preferStreet(analyses: HeaderAnalysis[], schema: Schema): void {
	if (!schema.fields.some((f) => f.key === 'street')) return;
	const hasParts = analyses.some((a) =>
		a.candidates.some(
			(c) =>
				(c.field === 'city' || c.field === 'zip' || c.field === 'state') && c.confidence >= 0.8,
		),
	);
	if (!hasParts) return;
	for (const analysis of analyses) {
		const top = analysis.candidates[0];
		if (
			top?.field !== 'fullAddress' ||
			!analysis.phrase ||
			!GENERIC_ADDRESS_PHRASES.has(wordsKey(headerWords(analysis.phrase)))
		)
			continue;
		analysis.candidates = [
			{
				field: 'street',
				confidence: round(Math.min(0.9, top.confidence)),
				reason: `${top.reason}; beside City/State/ZIP columns it holds the street line`,
			},
			{ ...top, confidence: round(top.confidence * 0.5) },
		];
	}
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
	if (!Array.isArray(headers))
		throw new IntakeError(
			'MAP_INVALID_OPTION',
			`Invalid argument \`headers\`: expected a list of strings, got ${typeof headers}`,
		);
	const target = typeof schema === 'string' ? getSchema(schema as 'clients') : schema;
	if (target === null || typeof target !== 'object' || !Array.isArray(target.fields)) {
		throw new IntakeError(
			'MAP_INVALID_OPTION',
			'Invalid argument `schema`: expected a schema name or a schema from defineSchema()',
		);
	}
	const { sampleRows, remembered } = options ?? {};
	if (sampleRows !== undefined && !Array.isArray(sampleRows))
		throw new IntakeError(
			'MAP_INVALID_OPTION',
			'Invalid option `sampleRows`: expected a list of rows',
		);
	if (remembered !== undefined && !Array.isArray(remembered))
		throw new IntakeError(
			'MAP_INVALID_OPTION',
			'Invalid option `remembered`: expected a list of mapping profiles',
		);
	const texts = headers.map((h) =>
		typeof h === 'string' ? h : h === null || h === undefined ? '' : String(h),
	);
	// each header's order-free key, once, for choosing a profile and reading it
	const headerKeys = remembered?.length ? texts.map((h) => wordsKey(headerWords(h))) : [];
	const profile = remembered?.length ? pickProfile(headerKeys, target, remembered) : undefined;
	const rows = (sampleRows ?? [])
		.slice(0, SAMPLE_ROWS)
		.filter((r) => r !== null && typeof r === 'object');

	const typoCache = new Map<string, string | null>();
	const fromProfile: boolean[] = [];
	const analyses = texts.map((header, i) => {
		const known = profile ? rememberedAnalysis(headerKeys[i], profile, target) : undefined;
		fromProfile[i] = known !== undefined;
		return known ?? headerCandidates(header, target, typoCache);
	});
	preferStreet(analyses, target);
	if (rows.length > 0) {
		texts.forEach((header, i) => {
			if (fromProfile[i]) return;
			const sniff = sniffColumn(
				rows.map((r) => (Object.hasOwn(r, header) ? r[header] : undefined)),
			);
			if (sniff.kind === 'empty') return;
			const analysis = analyses[i];
			// "Assistant's Phone" holds phone numbers, but not the person's own
			if (analysis.ruledOut) return;
			const vague = isVague(header);
			analysis.candidates = checkAgainstValues(target, analysis.candidates, sniff, vague);
			if (analysis.candidates.length > 0 || sniff.kind === 'text') return;
			analysis.note +=
				COMMON_KINDS.has(sniff.kind) && !vague
					? `; its values look like ${KIND_LABEL[sniff.kind]}, but the header does not say which field they are`
					: `; its values look like ${KIND_LABEL[sniff.kind]}, which no field of this schema takes`;
		});
	}

	// one-to-one: the most confident (column, field) pairs are settled first
	const pairs: Array<{ column: number; rank: number; candidate: Candidate }> = [];
	analyses.forEach((a, column) =>
		a.candidates.forEach((candidate, rank) => {
			if (candidate.confidence >= MIN_CONFIDENCE) pairs.push({ column, rank, candidate });
		}),
	);
	pairs.sort(
		(x, y) =>
			y.candidate.confidence - x.candidate.confidence || x.column - y.column || x.rank - y.rank,
	);
	const owner = new Map<string, number>();
	const chosen: Array<Candidate | undefined> = [];
	for (const { column, candidate } of pairs) {
		if (chosen[column] || owner.has(candidate.field)) continue;
		chosen[column] = candidate;
		owner.set(candidate.field, column);
	}

	// a header with several meanings is settled when confident columns took every other one ("Title" beside "Job Title")
	chosen.forEach((pick, i) => {
		if (!pick?.ambiguous) return;
		const holders = pick.ambiguous.others.map((f) => owner.get(f));
		if (holders.every((h) => h !== undefined && h !== i && (chosen[h]?.confidence ?? 0) >= 0.8)) {
			const names = holders.map((h) => `"${texts[h as number]}"`).join(' and ');
			chosen[i] = {
				field: pick.field,
				confidence: Math.max(pick.confidence, pick.ambiguous.confidence),
				reason: `${pick.reason}, which ${names} already hold${holders.length > 1 ? '' : 's'}`,
			};
		}
	});

	const columns: ColumnMapping[] = texts.map((header, i) => {
		const pick = chosen[i];
		if (pick)
			return { header, field: pick.field, confidence: pick.confidence, reason: pick.reason };
		const { candidates, note } = analyses[i];
		const best = candidates[0];
		if (!best)
			return {
				header,
				field: null,
				confidence: 0,
				reason: `Left unmapped: ${note.replace(/^; /, '')}`,
			};
		if (best.confidence < MIN_CONFIDENCE)
			return {
				header,
				field: null,
				confidence: 0,
				reason: `Left unmapped: too unsure (${best.reason}, confidence ${best.confidence})`,
			};
		const winner = owner.get(best.field) as number;
		const label = target.fields.find((f) => f.key === best.field)?.label ?? best.field;
		return {
			header,
			field: null,
			confidence: 0,
			reason: `Left unmapped: ${label} went to column "${texts[winner]}" (confidence ${chosen[winner]?.confidence} against ${best.confidence} here: ${best.reason})`,
		};
	});
	return { columns, missingRequired: missingRequired(target, new Set(owner.keys())) };
}
