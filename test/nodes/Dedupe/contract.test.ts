import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { Dedupe } from '../../../nodes/Dedupe/Dedupe.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';
import { keySets, metaKeySets, propertyRows, type PropertyRow } from '../shared/contract';

/*
 * What version 1 of Dedupe is to the workflows saved with it: its identity,
 * every parameter's name, type, default and option values, and the `_`
 * fields its items carry on each output, `_dedupe`'s own keys included. A
 * change here breaks saved workflows: it needs a new node version, not an
 * edit of this table.
 */
const PARAMETERS: PropertyRow[] = [
	['notice', 'notice', ''],
	['policy', 'options', 'merge', ['merge', 'skip', 'update', 'createNew']],
	[
		'matchOn',
		'multiOptions',
		['email', 'phone', 'name', 'address', 'dateOfBirth'],
		['address', 'dateOfBirth', 'email', 'phone', 'name'],
	],
	['threshold', 'number', 0.8],
	[
		'fields',
		'multiOptions',
		[
			'email',
			'phone',
			'firstName',
			'lastName',
			'dateOfBirth',
			'street',
			'unit',
			'city',
			'zip',
			'state',
		],
		[
			'email',
			'phone',
			'firstName',
			'lastName',
			'dateOfBirth',
			'street',
			'unit',
			'city',
			'zip',
			'state',
		],
	],
	['options', 'collection', {}],
	['options.dateField', 'string', 'updatedAt'],
	['options.defaultRule', 'options', 'keepExisting', ['keepExisting', 'keepIncoming', 'newest']],
	['options.existingIdField', 'string', 'id'],
	['options.weights', 'fixedCollection', {}],
	[
		'options.weights.values.field',
		'options',
		'email',
		[
			'email',
			'phone',
			'firstName',
			'lastName',
			'dateOfBirth',
			'street',
			'unit',
			'city',
			'zip',
			'state',
		],
	],
	['options.weights.values.agree', 'number', 5],
	['options.weights.values.disagree', 'number', 1],
	['options.historySize', 'number', 10000],
	['options.gmailNormalize', 'boolean', true],
	['options.mergeRules', 'fixedCollection', {}],
	['options.mergeRules.values.field', 'string', ''],
	[
		'options.mergeRules.values.rule',
		'options',
		'keepIncoming',
		['keepExisting', 'keepIncoming', 'newest'],
	],
	['options.phoneCountry', 'string', 'US'],
	['options.reviewThreshold', 'number', 0.2],
	['options.remember', 'options', 'off', ['off', 'node', 'workflow']],
];

const node = new Dedupe();
const item = (json: IDataObject): INodeExecutionData => ({ json });
const run = (parameters: IDataObject = {}, continueOnFail = false) =>
	node.execute.call(
		fakeExecuteFunctions({
			items: [
				item({
					_row: 2,
					_warnings: [{ code: 'PHONE_EXTENSION' }],
					firstName: 'Robert',
					lastName: 'Lee',
					email: 'rob@x.com',
					phone: '555-123-4567',
				}),
				item({ _row: 3, firstName: 'Ann', lastName: 'Chu', email: 'ann@y.com' }),
				item({ _row: 4, firstName: 'Bob', lastName: 'Lee', phone: '(555) 123-4567' }),
				item({ _row: 5, firstName: 'Carla', lastName: 'Diaz', email: 'carla@d.com' }),
				item({ _row: 6, firstName: 'Jane', lastName: 'Doe' }),
				item({ _row: 7, firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com' }),
			],
			moreInputs: [
				[item({ id: 'c-9', firstName: 'Carla', lastName: 'Diaz', email: 'Carla@D.com' })],
			],
			files: [],
			parameters: { policy: 'merge', options: {}, ...parameters },
			continueOnFail,
		}),
	);
/** Each item's `_dedupe` keys, in order. */
const dedupeKeys = (items: INodeExecutionData[]) =>
	items.map((i) => Object.keys(i.json._dedupe as IDataObject));
const WHY = ['score', 'rule', 'reasons', 'why'];

describe('Dedupe v1 contract', () => {
	it('keeps its name, version, inputs and outputs', () => {
		const d = node.description;
		expect([d.name, d.version, d.inputs, d.inputNames, d.outputs, d.outputNames]).toEqual([
			'dedupe',
			1,
			['main', 'main'],
			['Records', 'Existing'],
			['main', 'main', 'main'],
			['Unique', 'Duplicates', 'Review'],
		]);
	});

	it('keeps every parameter: name, type, default and option values', () => {
		expect(propertyRows(node.description.properties)).toEqual(PARAMETERS);
	});

	it("emits _row and _dedupe on every output, with the merged rows' _warnings on Unique", async () => {
		const [unique, duplicates, review] = await run();
		expect(metaKeySets(unique)).toEqual([
			['_dedupe', '_row'],
			['_dedupe', '_row', '_warnings'],
		]);
		expect(metaKeySets(duplicates)).toEqual([['_dedupe', '_row']]);
		expect(metaKeySets(review)).toEqual([['_dedupe', '_row']]);
	});

	it("keeps _dedupe's keys: what was done, to which rows, against which existing record, and why", async () => {
		const [unique, duplicates, review] = await run();
		expect(dedupeKeys(unique)).toEqual([
			['action', 'operation', 'rows'],
			['action', 'operation', 'rows'],
			['action', 'existingItem', 'existingId', ...WHY, 'operation', 'rows'],
			['action', 'operation', 'rows'],
		]);
		expect(dedupeKeys(duplicates)).toEqual([['action', 'intoRow', ...WHY]]);
		expect(dedupeKeys(review)).toEqual([['action', 'rows', ...WHY, 'candidates']]);
		const candidates = (review[0].json._dedupe as IDataObject).candidates as IDataObject[];
		expect(candidates.map((c) => Object.keys(c))).toEqual([['row', ...WHY]]);
		const reasons = (unique[2].json._dedupe as IDataObject).reasons as IDataObject[];
		expect(Object.keys(reasons[0])).toEqual(['field', 'score', 'detail']);
	});

	it('keeps the words of actions and operations', async () => {
		const [unique, duplicates, review] = await run();
		const words = (items: INodeExecutionData[], key: string) =>
			items.map((i) => (i.json._dedupe as IDataObject)[key]);
		expect(words(unique, 'action')).toEqual(['kept', 'kept', 'merged', 'kept']);
		expect(words(unique, 'operation')).toEqual(['create', 'create', 'update', 'create']);
		expect(words(duplicates, 'action')).toEqual(['merged']);
		expect(words(review, 'action')).toEqual(['review']);
		const [, skipped] = await run({ policy: 'skip' });
		expect(words(skipped, 'action')).toEqual(['skipped', 'skipped']);
		expect(dedupeKeys(skipped)[1]).toEqual(['action', 'existingItem', 'existingId', ...WHY]);
	});

	it('emits error and code items on Review, never on Unique, continuing on fail', async () => {
		const [unique, duplicates, review] = await run({ threshold: 2 }, true);
		expect([unique, duplicates]).toEqual([[], []]);
		expect(keySets(review)).toEqual([['code', 'error']]);
		expect(review.map((r) => r.pairedItem)).toEqual([0, 1, 2, 3, 4, 5].map((item) => ({ item })));
	});
});
