import { NodeOperationError, type IExecuteFunctions, type IHttpRequestMethods } from 'n8n-workflow';
import type { ImportOptions, ImportReport } from '../../../../lib';
import { IMPORT_V1 } from '../../defaults';
import { placeholdersOf, type SendSettings } from '../../transport';
import type { RunParameters } from '../shared';

/** The Import operation's Options collection as n8n gives it: only the options the user added. */
export interface ImportParameters extends RunParameters {
	resumeFrom?: unknown;
	source?: string;
	recordsProperty?: string;
	keepMetaFields?: boolean;
	updateIdField?: string;
	tagField?: string;
	outputReportOnError?: boolean;
}

/** The Import operation's parameters, read and checked before anything is sent. */
export interface ImportSettings {
	object: string;
	mode: 'bulk' | 'perRecord';
	onError: 'halt' | 'skip';
	keyField: string;
	options: ImportParameters;
	bulkPath: string;
	/** Empty when the target has none, and always in One Request per Record. */
	bulkUpdatePath: string;
	updateIdField: string;
	tagField: string;
	createMethod: IHttpRequestMethods;
}

/** A bulk path can only name {object}: a batch holds many records, so no other placeholder has one value. */
function checkBulkPath(ctx: IExecuteFunctions, name: string, path: string): void {
	const other = placeholdersOf(path).find((p) => p !== 'object');
	if (other !== undefined)
		throw new NodeOperationError(
			ctx.getNode(),
			`${name} can only use {object}, not {${other}}: a batch holds many records`,
			{
				itemIndex: 0,
				description: 'Use One Request per Record to put a field of each record in the path.',
			},
		);
}

/** A create by PUT or PATCH may land on a record that was already there: tagged, a revert would delete it. */
function checkTagMethod(ctx: IExecuteFunctions, s: ImportSettings): void {
	if (s.tagField === '' || s.mode !== 'perRecord' || s.createMethod === 'POST') return;
	throw new NodeOperationError(
		ctx.getNode(),
		'Tag Created Records With Import ID In needs the Create Method POST',
		{
			itemIndex: 0,
			description: `A ${s.createMethod} may change a record that was already there; tagged with the import's ID, a revert would delete it.`,
		},
	);
}

/** The operation's parameters, with the v1 defaults; throws NodeOperationError for settings that cannot work together. */
export function importSettingsOf(ctx: IExecuteFunctions): ImportSettings {
	const get = (name: string, fallback: unknown) => ctx.getNodeParameter(name, 0, fallback);
	const object = String(get('object', IMPORT_V1.object)).trim();
	const mode = get('mode', IMPORT_V1.mode) as ImportSettings['mode'];
	const onError = get('onError', IMPORT_V1.onError) as ImportSettings['onError'];
	const keyField = String(get('keyField', IMPORT_V1.keyField)).trim();
	const options = get('importOptions', {}) as ImportParameters;
	if (object === '')
		throw new NodeOperationError(ctx.getNode(), 'Set the Object to import, e.g. clients', {
			itemIndex: 0,
		});
	const bulkPath = String(get('bulkPath', IMPORT_V1.bulkPath)).trim();
	const bulkUpdatePath =
		mode === 'bulk' ? String(get('bulkUpdatePath', IMPORT_V1.bulkUpdatePath)).trim() : '';
	if (mode === 'bulk') checkBulkPath(ctx, 'Bulk Path', bulkPath);
	checkBulkPath(ctx, 'Bulk Update Path', bulkUpdatePath);
	const settings: ImportSettings = {
		object,
		mode,
		onError,
		keyField,
		options,
		bulkPath,
		bulkUpdatePath,
		updateIdField:
			String(options.updateIdField ?? IMPORT_V1.importOptions.updateIdField).trim() ||
			IMPORT_V1.importOptions.updateIdField,
		tagField: String(options.tagField ?? IMPORT_V1.importOptions.tagField).trim(),
		createMethod: get('method', IMPORT_V1.method) as IHttpRequestMethods,
	};
	checkTagMethod(ctx, settings);
	return settings;
}

/** Where and how the records go: the endpoint parameters, `{object}` filled in on the bulk paths. */
export function sendSettingsOf(ctx: IExecuteFunctions, s: ImportSettings): SendSettings {
	const get = (name: string, fallback: unknown) => ctx.getNodeParameter(name, 0, fallback);
	const withObject = (path: string): string =>
		path.split('{object}').join(encodeURIComponent(s.object));
	return {
		object: s.object,
		mode: s.mode,
		bulkPath: withObject(s.bulkPath),
		recordsProperty: s.options.recordsProperty || IMPORT_V1.importOptions.recordsProperty,
		createMethod: s.createMethod,
		createPath: String(get('recordPath', IMPORT_V1.recordPath)).trim(),
		idPath: String(get('idPath', IMPORT_V1.idPath)),
		updateMethod: get('updateMethod', IMPORT_V1.updateMethod) as IHttpRequestMethods,
		updatePath: String(get('updatePath', IMPORT_V1.updatePath)).trim(),
		bulkUpdatePath: withObject(s.bulkUpdatePath),
		bulkUpdateMethod: get('bulkUpdateMethod', IMPORT_V1.bulkUpdateMethod) as IHttpRequestMethods,
		updateIdField: s.updateIdField,
	};
}

/** "Resume From Report": an earlier report (Import File's, or the importer's inside it), or a list of imported keys, as JSON text or an object from an expression. */
export function resumeOf(
	ctx: IExecuteFunctions,
	value: unknown,
): Pick<ImportOptions, 'resumeFrom' | 'alreadyImported'> {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			parsed = JSON.parse(value);
		} catch {
			throw new NodeOperationError(ctx.getNode(), 'Resume From Report is not valid JSON', {
				itemIndex: 0,
				description:
					'Give the Report output of the earlier run, e.g. {{ $json }} from a node that loads it, or a list of imported keys.',
			});
		}
	}
	if (Array.isArray(parsed))
		return { alreadyImported: parsed.filter((k): k is string => typeof k === 'string') };
	if (typeof parsed === 'object' && parsed !== null) {
		// Import File's report holds the importer's under `import`
		const inner = (parsed as { import?: unknown }).import;
		const report = typeof inner === 'object' && inner !== null ? inner : parsed;
		return { resumeFrom: report as ImportReport };
	}
	return {};
}
