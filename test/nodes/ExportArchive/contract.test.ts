import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { ExportArchive } from '../../../nodes/ExportArchive/ExportArchive.node';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';
import { startImportServer } from '../../helpers/importServer';
import { keySets, propertyRows, type PropertyRow } from '../shared/contract';

/*
 * What version 1 of Export / Archive is to the workflows saved with it: its
 * identity, every parameter's name, type, default and option values, and the
 * fields and binary property of each operation's items. A change here breaks
 * saved workflows: it needs a new node version, not an edit of this table.
 */
const PARAMETERS: PropertyRow[] = [
	[
		'operation',
		'options',
		'exportRecords',
		['bulkExport', 'createArchive', 'exportRecords', 'fetchRecords'],
	],
	['format', 'options', 'csv', ['csv', 'xlsx', 'json', 'ndjson', 'pdf', 'tsv']],
	['fields', 'string', ''],
	['filter', 'json', ''],
	['sortBy', 'string', ''],
	['sortDirection', 'options', 'asc', ['asc', 'desc']],
	['maxRecords', 'number', 0],
	['groupBy', 'string', ''],
	['inputBinaryProperties', 'string', ''],
	['folderBy', 'string', ''],
	['object', 'string', 'clients'],
	['returnAll', 'boolean', true],
	['fetchLimit', 'number', 1000],
	['fetchFields', 'string', ''],
	['fetchFilter', 'json', ''],
	['fetchSortBy', 'string', 'created_at'],
	['fetchSortDirection', 'options', 'desc', ['asc', 'desc']],
	['fetchOutput', 'options', 'records', ['records', 'count']],
	['options', 'collection', {}],
	['options.archiveName', 'string', 'archive.zip'],
	['options.bom', 'boolean', true],
	['options.compression', 'options', 'deflate', ['deflate', 'store']],
	['options.exportPath', 'string', '/api/v1/export/{object}'],
	['options.fileName', 'string', ''],
	['options.formulaGuard', 'boolean', true],
	['options.jsonShape', 'options', 'envelope', ['envelope', 'array']],
	['options.lineEnding', 'options', 'crlf', ['crlf', 'lf']],
	['options.manifest', 'boolean', true],
	['options.orientation', 'options', 'auto', ['auto', 'landscape', 'portrait']],
	['options.binaryPropertyName', 'string', 'data'],
	['options.pageSize', 'number', 1000],
	['options.title', 'string', ''],
];

const node = new ExportArchive();
const run = (
	items: INodeExecutionData[],
	parameters: IDataObject,
	extra: {
		files?: Array<Record<string, Buffer>>;
		continueOnFail?: boolean;
		credentials?: IDataObject;
	} = {},
) =>
	node.execute.call(
		fakeExecuteFunctions({
			items,
			files: extra.files ?? [],
			parameters,
			continueOnFail: extra.continueOnFail,
			credentials: extra.credentials as never,
		}),
	);
const rows = [
	{ json: { _row: 2, set: 'a', name: 'X' } },
	{ json: { _row: 3, set: 'b', name: 'Y' } },
];
const withFiles = () => [fileItem('retainer.pdf'), { json: {} }];
const files: Array<Record<string, Buffer>> = [{ data: Buffer.from('%PDF') }, {}];

describe('Export / Archive v1 contract', () => {
	it('keeps its name, version, inputs, outputs and credential', () => {
		const d = node.description;
		expect([d.name, d.version, d.inputs, d.outputs, d.outputNames, d.credentials]).toEqual([
			'exportArchive',
			1,
			['main'],
			['main'],
			undefined,
			[
				{
					name: 'intakeApi',
					required: true,
					displayOptions: { show: { operation: ['fetchRecords'] } },
				},
			],
		]);
	});

	it('keeps every parameter: name, type, default and option values', () => {
		expect(propertyRows(node.description.properties)).toEqual(PARAMETERS);
	});

	it('emits Export Records files in "data" with fileName, format, count, items (and group, warnings)', async () => {
		const [grouped] = await run(rows, { operation: 'exportRecords', groupBy: 'set' });
		expect(keySets(grouped)).toEqual([['count', 'fileName', 'format', 'group', 'items']]);
		expect(grouped.map((i) => Object.keys(i.binary ?? {}))).toEqual([['data'], ['data']]);
		const [pdf] = await run(rows, {
			operation: 'exportRecords',
			format: 'pdf',
			options: { title: 'Ω' },
		});
		expect(keySets(pdf)).toEqual([['count', 'fileName', 'format', 'items', 'warnings']]);
	});

	it('emits one archive in "data" with fileName, files, count and itemsWithoutFiles', async () => {
		const [[archive]] = await run(withFiles(), { operation: 'createArchive' }, { files });
		expect(keySets([archive])).toEqual([['count', 'fileName', 'files', 'itemsWithoutFiles']]);
		expect(Object.keys(archive.binary ?? {})).toEqual(['data']);
		expect(Object.keys((archive.json.files as IDataObject[])[0])).toEqual([
			'path',
			'size',
			'sha256',
		]);
	});

	it('emits one bulk export in "data" with fileName, sets, files and itemsWithoutFiles', async () => {
		const [[bulk]] = await run(withFiles(), { operation: 'bulkExport' }, { files });
		expect(keySets([bulk])).toEqual([['fileName', 'files', 'itemsWithoutFiles', 'sets']]);
		expect(Object.keys(bulk.binary ?? {})).toEqual(['data']);
	});

	it('emits each fetched record as the target gave it, with no envelope', async () => {
		const server = await startImportServer();
		try {
			server.store.set(
				'clients',
				new Map([['c-1', { id: 'c-1', lastName: 'Doe', created_at: '2025-01-01T00:00:00Z' }]]),
			);
			const [records] = await run(
				[{ json: {} }],
				{ operation: 'fetchRecords', object: 'clients' },
				{ credentials: { baseUrl: server.url, authentication: 'bearer', token: 'admin-token' } },
			);
			expect(keySets(records)).toEqual([['created_at', 'id', 'lastName']]);
		} finally {
			await server.close();
		}
	});

	it('emits one error item paired with every item, continuing on fail', async () => {
		const [out] = await run(
			rows,
			{ operation: 'exportRecords', filter: '{oops' },
			{ continueOnFail: true },
		);
		expect(keySets(out)).toEqual([['error']]);
		expect(out[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
