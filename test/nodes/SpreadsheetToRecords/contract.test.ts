import { SpreadsheetToRecords } from '../../../nodes/SpreadsheetToRecords/SpreadsheetToRecords.node';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';
import { fixture } from '../../helpers/fixtures';
import { keySets, metaKeySets, propertyRows, type PropertyRow } from '../shared/contract';
import { shownFor } from './versions';

/*
 * What version 1 of Spreadsheet to Records is to the workflows saved with it:
 * its identity, every parameter's name, type, default and option values, and
 * the `_` fields its items carry. A change here breaks saved workflows: it
 * needs a new node version, not an edit of this table.
 */
const PARAMETERS: PropertyRow[] = [
	['binaryPropertyName', 'string', 'data'],
	['options', 'collection', {}],
	['options.delimiter', 'options', 'auto', ['auto', ',', '|', ';', '\t']],
	[
		'options.encoding',
		'options',
		'auto',
		['auto', 'iso-8859-1', 'utf-16be', 'utf-16le', 'utf-8', 'windows-1252'],
	],
	['options.format', 'options', 'auto', ['auto', 'csv', 'tsv', 'xls', 'xlsx']],
	['options.headerRow', 'number', 1],
	['options.includeIssues', 'boolean', true],
	['options.includeRowNumber', 'boolean', true],
	['options.maxFileSizeMb', 'number', 50],
	['options.sheet', 'string', ''],
];

describe('Spreadsheet to Records v1 contract', () => {
	const node = new SpreadsheetToRecords();

	it('keeps its name, version, inputs and outputs', () => {
		const d = node.description;
		expect([d.name, d.version, d.inputs, d.outputs, d.outputNames]).toEqual([
			'spreadsheetToRecords',
			[1, 2],
			['main'],
			['main'],
			undefined,
		]);
	});

	it('keeps every parameter: name, type, default and option values', () => {
		expect(propertyRows(shownFor(node.description.properties, 1))).toEqual(PARAMETERS);
	});

	it('emits rows with _row, and _issues on a row that had a problem', async () => {
		const csv = Buffer.from('Name,Email\nAda,ada@example.com\nBob,bob@example.com,extra\n');
		const ctx = fakeExecuteFunctions({
			items: [fileItem('people.csv')],
			files: [{ data: csv }],
			parameters: { binaryPropertyName: 'data', options: {} },
		});
		const [out] = await node.execute.call(ctx);
		expect(metaKeySets(out)).toEqual([['_issues', '_row'], ['_row']]);
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(Object.keys((out[1].json._issues as object[])[0])).toEqual(['code', 'message']);
	});

	it('emits error and code on a failed file, continuing on fail', async () => {
		const ctx = fakeExecuteFunctions({
			items: [fileItem('empty.csv')],
			files: [{ data: Buffer.alloc(0) }],
			parameters: { binaryPropertyName: 'data', options: {} },
			continueOnFail: true,
		});
		const [out] = await node.execute.call(ctx);
		expect(keySets(out)).toEqual([['code', 'error']]);
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});
});

/*
 * Version 2 (light versioning, the default for new nodes): the header row is
 * found automatically (Header Row 0), ODS is a format, every sheet can be
 * read (`_sheet`), merged cells filled, and the first item of each table
 * says which row was the header (`_header`).
 */
const PARAMETERS_V2: PropertyRow[] = [
	['binaryPropertyName', 'string', 'data'],
	['options', 'collection', {}],
	['options.delimiter', 'options', 'auto', ['auto', ',', '|', ';', '\t']],
	[
		'options.encoding',
		'options',
		'auto',
		['auto', 'iso-8859-1', 'utf-16be', 'utf-16le', 'utf-8', 'windows-1252'],
	],
	['options.fillMerged', 'boolean', false],
	['options.format', 'options', 'auto', ['auto', 'csv', 'ods', 'tsv', 'xls', 'xlsx']],
	['options.headerRow', 'number', 0],
	['options.includeIssues', 'boolean', true],
	['options.includeRowNumber', 'boolean', true],
	['options.maxFileSizeMb', 'number', 50],
	['options.readAllSheets', 'boolean', false],
	['options.sheet', 'string', ''],
];

describe('Spreadsheet to Records v2 contract', () => {
	const node = new SpreadsheetToRecords();
	const v2 = <T extends object>(ctx: T & { getNode: () => object }): T => ({
		...ctx,
		getNode: () => ({ ...ctx.getNode(), typeVersion: 2 }),
	});

	it('is the default version for new nodes', () => {
		expect(node.description.defaultVersion).toBe(2);
	});

	it('keeps every parameter: name, type, default and option values', () => {
		expect(propertyRows(shownFor(node.description.properties, 2))).toEqual(PARAMETERS_V2);
	});

	it('emits _header on the first row, _row on every row, and _issues on a row that had a problem', async () => {
		const csv = Buffer.from('Report\nName,Email\nAda,ada@example.com\nBob,bob@example.com,extra\n');
		const ctx = v2(
			fakeExecuteFunctions({
				items: [fileItem('people.csv')],
				files: [{ data: csv }],
				parameters: { binaryPropertyName: 'data', options: {} },
			}),
		);
		const [out] = await node.execute.call(ctx);
		expect(metaKeySets(out)).toEqual([
			['_header', '_issues', '_row'],
			['_issues', '_row'],
		]);
		expect(Object.keys(out[0].json._header as object)).toEqual([
			'row',
			'chosen',
			'reason',
			'skipped',
		]);
	});

	it('emits _sheet on every row when every sheet is read', async () => {
		const ctx = v2(
			fakeExecuteFunctions({
				items: [fileItem('multi-sheet.xlsx')],
				files: [{ data: fixture('multi-sheet.xlsx') }],
				parameters: { binaryPropertyName: 'data', options: { readAllSheets: true } },
			}),
		);
		const [out] = await node.execute.call(ctx);
		expect(metaKeySets(out)).toEqual([
			['_header', '_issues', '_row', '_sheet'],
			['_header', '_row', '_sheet'],
			['_issues', '_row', '_sheet'],
			['_row', '_sheet'],
		]);
	});
});
