import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { UNMAPPED } from '../../../nodes/MapColumns/defaults';
import { MapColumns } from '../../../nodes/MapColumns/MapColumns.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';
import { keySets, metaKeySets, propertyRows, type PropertyRow } from '../shared/contract';

/*
 * What version 1 of Map Columns is to the workflows saved with it: its
 * identity, every parameter's name, type, default and option values, and the
 * `_` fields its items carry on each output. A change here breaks saved
 * workflows: it needs a new node version, not an edit of this table.
 */
const PARAMETERS: PropertyRow[] = [
	['mode', 'options', 'run', ['run', 'preview']],
	['previewRows', 'number', 20],
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
	['overrides', 'fixedCollection', {}],
	['overrides.values.column', 'string', ''],
	['overrides.values.field', 'options', ''],
	['profile', 'json', ''],
	['options', 'collection', {}],
	['options.addressLayout', 'options', 'auto', ['auto', 'positional']],
	['options.dateOrder', 'options', 'auto', ['auto', 'DMY', 'MDY', 'YMD']],
	['options.decimalMark', 'options', 'auto', ['auto', '.', ',']],
	['options.defaults', 'fixedCollection', {}],
	['options.defaults.values.field', 'options', ''],
	['options.defaults.values.value', 'string', ''],
	['options.phoneCountry', 'string', 'US'],
	['options.emptyRows', 'options', 'skip', ['skip', 'error']],
	['options.fixedValues', 'fixedCollection', {}],
	['options.fixedValues.values.field', 'options', ''],
	['options.fixedValues.values.value', 'string', ''],
	['options.includeReport', 'boolean', false],
	['options.nameOrder', 'options', 'auto', ['auto', 'givenFirst', 'surnameFirst']],
	['options.emailSuggestions', 'boolean', true],
	['options.unmappedValues', 'options', 'error', ['error', 'keep']],
	['options.valueMaps', 'fixedCollection', {}],
	['options.valueMaps.values.field', 'options', ''],
	['options.valueMaps.values.from', 'string', ''],
	['options.valueMaps.values.to', 'string', ''],
	['options.whitespace', 'options', 'collapse', ['collapse', 'trim', 'keep']],
	['options.zipFormat', 'options', 'asWritten', ['asWritten', 'usps']],
];

const node = new MapColumns();
const run = (rows: IDataObject[], parameters: Record<string, unknown>, continueOnFail = false) =>
	node.execute.call(
		fakeExecuteFunctions({
			items: rows.map((json): INodeExecutionData => ({ json })),
			files: [],
			parameters: { schema: 'clients', ...parameters },
			continueOnFail,
		}),
	);

const rows: IDataObject[] = [
	{ 'Full Name': 'Ada Lovelace', 'E-mail': 'ada@example.com', _row: 2, _issues: [] },
	{ 'Full Name': 'Grace Hopper', 'E-mail': 'grace@gmial.com', _row: 3 },
	{ 'Full Name': 'Bob Stone', 'E-mail': 'bob@', _row: 4 },
	{ 'Full Name': '', 'E-mail': '', _row: 5 },
];

describe('Map Columns v1 contract', () => {
	it('keeps its name, version, inputs and outputs', () => {
		const d = node.description;
		expect([d.name, d.version, d.inputs, d.outputs, d.outputNames]).toEqual([
			'mapColumns',
			1,
			['main'],
			['main', 'main'],
			['Valid', 'Invalid'],
		]);
	});

	it('keeps every parameter: name, type, default and option values', () => {
		expect(propertyRows(node.description.properties)).toEqual(PARAMETERS);
	});

	it('keeps the field dropdowns: loaded from the schema, with __unmapped__ for "leave unmapped"', () => {
		const pickers = propertyRows(node.description.properties).filter(
			([path]) => path.endsWith('.field') && !path.startsWith('options.weights'),
		);
		expect(pickers.map(([path]) => path)).toEqual([
			'overrides.values.field',
			'options.defaults.values.field',
			'options.fixedValues.values.field',
			'options.valueMaps.values.field',
		]);
		const overrides = node.description.properties.find((p) => p.name === 'overrides');
		const picker = (overrides?.options as Array<{ values: INodeProperties[] }>)[0].values[1];
		expect(picker.typeOptions).toEqual({
			loadOptionsMethod: 'getSchemaFields',
			loadOptionsDependsOn: ['schema', 'customSchema', 'customFields'],
		});
		expect(UNMAPPED).toBe('__unmapped__');
	});

	it('emits _row (and _warnings) on Valid; _row, _status, _errors (and _warnings, _skipReason) on Invalid', async () => {
		const [valid, invalid] = await run(rows, {});
		expect(metaKeySets(valid)).toEqual([['_row'], ['_row', '_warnings']]);
		expect(metaKeySets(invalid)).toEqual([
			['_errors', '_row', '_skipReason', '_status'],
			['_errors', '_row', '_status'],
		]);
		expect(invalid.map((i) => i.json._status)).toEqual(['invalid', 'skipped']);
		// an issue as the library reports it: which row, field and column, what was found, and what to do
		const issueKeys = ['code', 'column', 'field', 'message', 'row', 'severity', 'value'];
		expect(Object.keys((valid[1].json._warnings as IDataObject[])[0]).sort()).toEqual(issueKeys);
		expect(Object.keys((invalid[0].json._errors as IDataObject[])[0]).sort()).toEqual(issueKeys);
	});

	it('adds _sheet on Valid when the rows name their worksheet (Spreadsheet to Records v2 reading every sheet)', async () => {
		const [valid] = await run(
			rows.slice(0, 1).map((r) => ({ ...r, _sheet: 'Clients' })),
			{},
		);
		expect(metaKeySets(valid)).toEqual([['_row', '_sheet']]);
	});

	it('emits the mapping report with _type first on Valid when asked, and alone in preview', async () => {
		const [valid] = await run(rows, { options: { includeReport: true } });
		expect(metaKeySets(valid.slice(0, 1))).toEqual([['_type']]);
		expect(keySets(valid.slice(0, 1))).toEqual([
			[
				'_type',
				'columns',
				'dateOrders',
				'decimalMarks',
				'missingRequired',
				'nameOrders',
				'profile',
				'rows',
				'samples',
				'schema',
			],
		]);
		const [report, none] = await run(rows, { mode: 'preview' });
		expect([report.length, none]).toEqual([1, []]);
		expect(report[0].json._type).toBe('mappingReport');
	});

	it('emits every row on Invalid with _row, _status error, error and code, continuing on fail', async () => {
		const [valid, invalid] = await run(rows, { schema: 'custom', customSchema: '{oops' }, true);
		expect(valid).toEqual([]);
		expect(invalid).toHaveLength(4);
		expect(metaKeySets(invalid)).toEqual([
			['_issues', '_row', '_status'],
			['_row', '_status'],
		]);
		expect(invalid[0].json).toMatchObject({ _status: 'error', error: expect.any(String) });
	});
});
