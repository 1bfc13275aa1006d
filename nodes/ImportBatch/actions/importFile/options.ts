import type { IExecuteFunctions } from 'n8n-workflow';
import type {
	DuplicatePolicy,
	MatchCriterion,
	ReadOptions,
	RunImportOptions,
	TransformOptions,
} from '../../../../lib';
import { dedupeOptionsOf, mergeOptionsOf } from '../../../Dedupe/options';
import { chosenOptions, type NodeOptions as MapOptions } from '../../../MapColumns/options';
import { parseProfile } from '../../../MapColumns/profile';
import { schemaFromParameters } from '../../../MapColumns/schemaFromParameters';
import { IMPORT_V1 } from '../../defaults';

/** Import File's File Options collection as n8n gives it: only the options the user added. */
export interface FileOptions extends Omit<MapOptions, 'includeReport'> {
	delimiter?: string;
	encoding?: string;
	headerRow?: number;
	sheet?: string;
}

/** What Import File reads of its parameters for one item: where the file is, and the pipeline's options but where records go. */
export interface FileSettings {
	binaryPropertyName: string;
	run: Pick<RunImportOptions, 'schema' | 'read' | 'transform'> &
		Partial<Pick<RunImportOptions, 'profile' | 'dedupe'>>;
}

/** The transform options v1 pins: every option chosen nowhere has File Options' default, so the library's defaults never decide. */
const TRANSFORM_V1: TransformOptions = {
	addressLayout: IMPORT_V1.fileOptions.addressLayout as TransformOptions['addressLayout'],
	dateOrder: IMPORT_V1.fileOptions.dateOrder as TransformOptions['dateOrder'],
	decimalMark: IMPORT_V1.fileOptions.decimalMark as TransformOptions['decimalMark'],
	nameOrder: IMPORT_V1.fileOptions.nameOrder as TransformOptions['nameOrder'],
	phoneCountry: IMPORT_V1.fileOptions.phoneCountry,
	emptyRows: IMPORT_V1.fileOptions.emptyRows as TransformOptions['emptyRows'],
	emailSuggestions: IMPORT_V1.fileOptions.emailSuggestions,
	unmappedValues: IMPORT_V1.fileOptions.unmappedValues as TransformOptions['unmappedValues'],
	whitespace: IMPORT_V1.fileOptions.whitespace as TransformOptions['whitespace'],
	zipFormat: IMPORT_V1.fileOptions.zipFormat as TransformOptions['zipFormat'],
};

/** The read options that matter: header row (0 finds it), sheet, delimiter and encoding (auto-detected by default). */
function readOptionsOf(o: FileOptions): ReadOptions {
	const sheet = String(o.sheet ?? IMPORT_V1.fileOptions.sheet).trim();
	const read: ReadOptions = {
		delimiter: o.delimiter ?? IMPORT_V1.fileOptions.delimiter,
		encoding: o.encoding ?? IMPORT_V1.fileOptions.encoding,
		headerRow: o.headerRow ? o.headerRow : 'auto',
	};
	// a sheet named by its position: "0" is the first, as in Spreadsheet to Records
	if (sheet !== '') read.sheet = /^\d+$/.test(sheet) ? Number(sheet) : sheet;
	return read;
}

/**
 * Dedupe v1's settings, the Match On chosen here (the Dedupe node's own
 * defaults for everything else: threshold, fields, evidence model, merge
 * rules), and the policy; the phone country is File Options'.
 */
function dedupeOf(
	ctx: IExecuteFunctions,
	phoneCountry: string,
): NonNullable<RunImportOptions['dedupe']> {
	const policy = ctx.getNodeParameter(
		'duplicatePolicy',
		0,
		IMPORT_V1.duplicatePolicy,
	) as DuplicatePolicy;
	const matchOn = ctx.getNodeParameter('matchOn', 0, [...IMPORT_V1.matchOn]) as MatchCriterion[];
	return {
		...dedupeOptionsOf(ctx, { phoneCountry }),
		matchOn: matchOn.length ? matchOn : ([...IMPORT_V1.matchOn] as MatchCriterion[]),
		policy,
		merge: mergeOptionsOf({}),
	};
}

/**
 * Import File's settings for one input item: the binary field, the schema
 * (built in, custom, plus Custom Fields, as Map Columns builds it), the saved
 * mapping profile (or none: automatic mapping), the read and transform options
 * with v1's defaults spelled out (the file's name is the caller's to add), and,
 * when Find Duplicates is on, the dedupe.
 * Throws NodeOperationError or IntakeError for a bad schema or profile.
 */
export function fileSettingsOf(ctx: IExecuteFunctions, itemIndex: number): FileSettings {
	const get = (name: string, fallback: unknown) => ctx.getNodeParameter(name, itemIndex, fallback);
	const binaryPropertyName = String(get('binaryPropertyName', IMPORT_V1.binaryPropertyName)).trim();
	const schema = schemaFromParameters(get, ctx.getNode());
	const profile = parseProfile(get('profile', IMPORT_V1.profile), ctx.getNode());
	const options = get('fileOptions', {}) as FileOptions;
	const transform = { ...TRANSFORM_V1, ...chosenOptions(options, profile) };
	const run: FileSettings['run'] = {
		schema,
		read: readOptionsOf(options),
		transform,
	};
	if (profile) run.profile = profile;
	if (get('dedupe', IMPORT_V1.dedupe) === true)
		run.dedupe = dedupeOf(ctx, transform.phoneCountry ?? IMPORT_V1.fileOptions.phoneCountry);
	return { binaryPropertyName, run };
}
