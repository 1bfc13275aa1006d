/**
 * What version 1 of the Import Batch node means when a parameter is left at
 * its default. n8n does not store a parameter left at its default in the
 * workflow, so these values are part of every saved workflow: literals,
 * never read from the library (whose defaults may change), and they never
 * change. The description repeats them as literals (n8n's scanner wants
 * that); a test holds the two equal. A collection's options are its entry
 * here, by name.
 */

/** The settings both operations' Options share: how hard and how long to push the target. */
export const RUN_V1 = Object.freeze({
	attempts: 5,
	concurrency: 1,
	maxDurationSeconds: 0,
	maxRequestsPerSecond: 0,
	timeoutSeconds: 300,
});

export const IMPORT_V1 = Object.freeze({
	operation: 'import',
	object: 'clients',
	mode: 'bulk',
	bulkPath: '/api/v1/import/{object}',
	batchSize: 50,
	method: 'POST',
	recordPath: '/api/{object}',
	idPath: 'id',
	bulkUpdatePath: '',
	bulkUpdateMethod: 'PATCH',
	updateMethod: 'PATCH',
	updatePath: '/api/{object}/{id}',
	onError: 'halt',
	keyField: '',
	importOptions: Object.freeze({
		...RUN_V1,
		outputReportOnError: false,
		recordsProperty: 'records',
		resumeFrom: '',
		keepMetaFields: false,
		source: '',
		tagField: '',
		updateIdField: 'id',
	}),
	// Import File: the file, its schema and mapping, duplicates, and how it is read and cleaned
	binaryPropertyName: 'data',
	schema: 'clients',
	customSchema:
		'{\n  "name": "my-schema",\n  "extends": "clients",\n  "fields": [\n    { "key": "matterType", "type": "enum", "values": ["PI", "Family"], "required": true }\n  ]\n}',
	customFields: Object.freeze({}),
	profile: '',
	dedupe: false,
	duplicatePolicy: 'merge',
	matchOn: Object.freeze(['email', 'phone', 'name', 'address', 'dateOfBirth']),
	fileOptions: Object.freeze({
		addressLayout: 'auto',
		dateOrder: 'auto',
		decimalMark: 'auto',
		defaults: Object.freeze({}),
		delimiter: 'auto',
		emailSuggestions: true,
		emptyRows: 'skip',
		encoding: 'auto',
		fixedValues: Object.freeze({}),
		headerRow: 0,
		nameOrder: 'auto',
		phoneCountry: 'US',
		sheet: '',
		unmappedValues: 'error',
		valueMaps: Object.freeze({}),
		whitespace: 'collapse',
		zipFormat: 'asWritten',
	}),
	reportField: '',
	deletePath: '/api/{object}/{id}',
	revertOptions: Object.freeze({
		...RUN_V1,
		object: '',
		exportPath: '/api/v1/export/{object}',
		searchPageSize: 1000,
	}),
});

/**
 * The backoff between tries, which no parameter sets: v1 waits from 1 s,
 * doubling, up to 30 s (a Retry-After from the target wins).
 */
export const BACKOFF_V1 = Object.freeze({ baseMs: 1000, maxMs: 30_000 });
