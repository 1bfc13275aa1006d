import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { ImportBatch } from '../../../nodes/ImportBatch/ImportBatch.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';
import { startImportServer, type ImportServer } from '../../helpers/importServer';
import { keySets, metaKeySets, propertyRows, type PropertyRow } from '../shared/contract';

/*
 * What version 1 of Import Batch is to the workflows saved with it: its
 * identity, every parameter's name, type, default and option values, and the
 * fields its items carry on each output. A change here breaks saved
 * workflows: it needs a new node version, not an edit of this table.
 */
const PARAMETERS: PropertyRow[] = [
	// Import File (issue 18) added an operation: additive, every earlier row below unchanged
	['operation', 'options', 'import', ['import', 'importFile', 'revert']],
	['binaryPropertyName', 'string', 'data'],
	['schema', 'options', 'clients', ['cases', 'clients', 'contacts', 'custom']],
	[
		'customSchema',
		'json',
		'{\n  "name": "my-schema",\n  "extends": "clients",\n  "fields": [\n    { "key": "matterType", "type": "enum", "values": ["PI", "Family"], "required": true }\n  ]\n}',
	],
	['customFields', 'fixedCollection', {}],
	['customFields.fields.values', 'string', ''],
	['customFields.fields.default', 'string', ''],
	['customFields.fields.synonyms', 'string', ''],
	['customFields.fields.key', 'string', ''],
	['customFields.fields.label', 'string', ''],
	['customFields.fields.required', 'boolean', false],
	[
		'customFields.fields.type',
		'options',
		'string',
		['boolean', 'date', 'datetime', 'email', 'enum', 'number', 'phone', 'string'],
	],
	['profile', 'json', ''],
	['object', 'string', 'clients'],
	['mode', 'options', 'bulk', ['bulk', 'perRecord']],
	['bulkPath', 'string', '/api/v1/import/{object}'],
	['batchSize', 'number', 50],
	['method', 'options', 'POST', ['POST', 'PUT', 'PATCH']],
	['recordPath', 'string', '/api/{object}'],
	['idPath', 'string', 'id'],
	['bulkUpdatePath', 'string', ''],
	['bulkUpdateMethod', 'options', 'PATCH', ['PATCH', 'POST', 'PUT']],
	['updateMethod', 'options', 'PATCH', ['PATCH', 'PUT']],
	['updatePath', 'string', '/api/{object}/{id}'],
	['onError', 'options', 'halt', ['halt', 'skip']],
	['keyField', 'string', ''],
	['importOptions', 'collection', {}],
	['importOptions.concurrency', 'number', 1],
	['importOptions.maxDurationSeconds', 'number', 0],
	['importOptions.outputReportOnError', 'boolean', false],
	['importOptions.maxRequestsPerSecond', 'number', 0],
	['importOptions.recordsProperty', 'string', 'records'],
	['importOptions.timeoutSeconds', 'number', 300],
	['importOptions.resumeFrom', 'json', ''],
	['importOptions.keepMetaFields', 'boolean', false],
	['importOptions.source', 'string', ''],
	['importOptions.tagField', 'string', ''],
	['importOptions.attempts', 'number', 5],
	['importOptions.updateIdField', 'string', 'id'],
	['dedupe', 'boolean', false],
	['duplicatePolicy', 'options', 'merge', ['merge', 'skip', 'createNew']],
	[
		'matchOn',
		'multiOptions',
		['email', 'phone', 'name', 'address', 'dateOfBirth'],
		['address', 'dateOfBirth', 'email', 'phone', 'name'],
	],
	['fileOptions', 'collection', {}],
	['fileOptions.addressLayout', 'options', 'auto', ['auto', 'positional']],
	['fileOptions.dateOrder', 'options', 'auto', ['auto', 'DMY', 'MDY', 'YMD']],
	['fileOptions.decimalMark', 'options', 'auto', ['auto', '.', ',']],
	['fileOptions.phoneCountry', 'string', 'US'],
	['fileOptions.defaults', 'fixedCollection', {}],
	['fileOptions.defaults.values.field', 'options', ''],
	['fileOptions.defaults.values.value', 'string', ''],
	['fileOptions.delimiter', 'options', 'auto', ['auto', ',', '|', ';', '\t']],
	['fileOptions.emptyRows', 'options', 'skip', ['skip', 'error']],
	[
		'fileOptions.encoding',
		'options',
		'auto',
		['auto', 'iso-8859-1', 'utf-16be', 'utf-16le', 'utf-8', 'windows-1252'],
	],
	['fileOptions.fixedValues', 'fixedCollection', {}],
	['fileOptions.fixedValues.values.field', 'options', ''],
	['fileOptions.fixedValues.values.value', 'string', ''],
	['fileOptions.headerRow', 'number', 0],
	['fileOptions.nameOrder', 'options', 'auto', ['auto', 'givenFirst', 'surnameFirst']],
	['fileOptions.sheet', 'string', ''],
	['fileOptions.emailSuggestions', 'boolean', true],
	['fileOptions.unmappedValues', 'options', 'error', ['error', 'keep']],
	['fileOptions.valueMaps', 'fixedCollection', {}],
	['fileOptions.valueMaps.values.field', 'options', ''],
	['fileOptions.valueMaps.values.from', 'string', ''],
	['fileOptions.valueMaps.values.to', 'string', ''],
	['fileOptions.whitespace', 'options', 'collapse', ['collapse', 'trim', 'keep']],
	['fileOptions.zipFormat', 'options', 'asWritten', ['asWritten', 'usps']],
	['reportField', 'string', ''],
	['deletePath', 'string', '/api/{object}/{id}'],
	['revertOptions', 'collection', {}],
	['revertOptions.concurrency', 'number', 1],
	['revertOptions.exportPath', 'string', '/api/v1/export/{object}'],
	['revertOptions.maxDurationSeconds', 'number', 0],
	['revertOptions.object', 'string', ''],
	['revertOptions.maxRequestsPerSecond', 'number', 0],
	['revertOptions.timeoutSeconds', 'number', 300],
	['revertOptions.searchPageSize', 'number', 1000],
	['revertOptions.attempts', 'number', 5],
];

const node = new ImportBatch();

describe('Import Batch v1 contract', () => {
	let server: ImportServer;
	beforeEach(async () => {
		server = await startImportServer({ detailed: true });
	});
	afterEach(() => server.close());

	const run = (items: INodeExecutionData[], parameters: IDataObject, continueOnFail = false) =>
		node.execute.call(
			fakeExecuteFunctions({
				items,
				files: [],
				credentials: { baseUrl: server.url, authentication: 'bearer', token: 'admin-token' },
				parameters: { operation: 'import', object: 'clients', onError: 'skip', ...parameters },
				continueOnFail,
			}),
		);
	const rows = [0, 1, 2].map((i) => ({
		json: {
			_row: i + 2,
			_warnings: [],
			firstName: `F${i}`,
			lastName: 'L',
			email: i === 1 ? 'not-an-email' : `p${i}@example.com`,
		},
	}));

	it('keeps its name, version, inputs, outputs and credential', () => {
		const d = node.description;
		expect([d.name, d.version, d.inputs, d.outputs, d.outputNames, d.credentials]).toEqual([
			'importBatch',
			1,
			['main'],
			['main', 'main'],
			['Report', 'Exceptions'],
			[{ name: 'intakeApi', required: true }],
		]);
	});

	it('keeps every parameter: name, type, default and option values', () => {
		expect(propertyRows(node.description.properties)).toEqual(PARAMETERS);
	});

	it('emits the report on Report, and each failed row on Exceptions with _row, _code and _message', async () => {
		const [reports, exceptions] = await run(rows, {});
		expect(keySets(reports)).toEqual([
			[
				'batches',
				'createdIds',
				'durationMs',
				'exceptions',
				'finishedAt',
				'importId',
				'object',
				'onError',
				'results',
				'startedAt',
				'status',
				'targetCounts',
				'totals',
			],
		]);
		expect(Object.keys((reports[0].json as IDataObject).totals as IDataObject)).toEqual([
			'rows',
			'created',
			'updated',
			'duplicate',
			'accepted',
			'failed',
			'notAttempted',
		]);
		// the row as it came, its own _ fields kept, with the three the import adds
		expect(metaKeySets(exceptions)).toEqual([['_code', '_message', '_row', '_warnings']]);
		expect(exceptions[0].json).toMatchObject({ _row: 3, _code: 'INVALID_EMAIL' });
	});

	it('emits the revert report, and each id it could not delete with id, _row, _code and _message', async () => {
		const [reports] = await run(rows, {});
		server.faults.answer.set(server.log.length + 1, { status: 500, body: { message: 'boom' } });
		const [reverts, exceptions] = await run(reports, {
			operation: 'revert',
			revertOptions: { attempts: 1 },
		});
		expect(keySets(reverts)).toEqual([
			[
				'durationMs',
				'finishedAt',
				'importId',
				'notReverted',
				'object',
				'results',
				'revertId',
				'startedAt',
				'status',
				'totals',
			],
		]);
		expect(Object.keys((reverts[0].json as IDataObject).totals as IDataObject)).toEqual([
			'ids',
			'deleted',
			'alreadyGone',
			'failed',
			'notAttempted',
		]);
		expect(keySets(exceptions)).toEqual([['_code', '_message', '_row', 'id']]);
	});

	it('emits error and code items on Report, never on Exceptions, continuing on fail', async () => {
		const [reports, exceptions] = await run(rows, { object: ' ' }, true);
		expect(keySets(reports)).toEqual([['error']]);
		expect(reports.map((r) => r.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(exceptions).toEqual([]);
		const [failed] = await run(rows, { operation: 'revert', revertOptions: {} }, true);
		expect(keySets(failed)).toEqual([['code', 'error']]);
	});
});
