import { NodeOperationError } from 'n8n-workflow';
import { IntakeError } from '../../../lib';
import { failedItems, jsonOf, pairedWithAll, rowOf, stripMeta } from '../../../nodes/shared/items';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';

const ctx = (continueOnFail: boolean) =>
	fakeExecuteFunctions({ items: [], files: [], parameters: {}, continueOnFail });
const libraryError = () => new IntakeError('EMPTY_FILE', 'The file is empty.');

describe('jsonOf', () => {
	it('returns the json of an item, or an empty record when it has none', () => {
		expect(jsonOf({ json: { a: 1 } })).toEqual({ a: 1 });
		expect(jsonOf({ json: null as never })).toEqual({});
	});
});

describe('stripMeta', () => {
	it('returns the record without the _ fields Intake nodes add', () => {
		expect(stripMeta({ _row: 2, _dedupe: {}, name: 'Ada', email_2: 'x' })).toEqual({
			name: 'Ada',
			email_2: 'x',
		});
	});
});

describe('rowOf', () => {
	it('returns _row when it is a row number, else the position from 1', () => {
		expect(rowOf({ _row: 7 }, 0)).toBe(7);
		for (const row of [0, -1, 2.5, '7', undefined]) expect(rowOf({ _row: row }, 4)).toBe(5);
	});
});

describe('pairedWithAll', () => {
	it('pairs with every item by index', () => {
		expect(pairedWithAll([{ json: {} }, { json: {} }])).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('failedItems', () => {
	it('throws the error as n8n’s, naming the first failed item, without Continue On Fail', () => {
		let thrown: unknown;
		try {
			failedItems(ctx(false), libraryError(), { indexes: [3, 4] });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(NodeOperationError);
		expect((thrown as NodeOperationError).context.itemIndex).toBe(3);
		expect((thrown as NodeOperationError).description).toBe('Error code: EMPTY_FILE');
	});

	it('names item 0 when no item failed', () => {
		expect(() => failedItems(ctx(false), new Error('x'), { indexes: [] })).toThrow(
			expect.objectContaining({ context: expect.objectContaining({ itemIndex: 0 }) }),
		);
	});

	it('returns one error item per failed item, paired with it, with Continue On Fail', () => {
		const items = failedItems(ctx(true), libraryError(), { indexes: [0, 2] });
		expect(items.map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
			{ json: { error: 'The file is empty.', code: 'EMPTY_FILE' }, pairedItem: { item: 0 } },
			{ json: { error: 'The file is empty.', code: 'EMPTY_FILE' }, pairedItem: { item: 2 } },
		]);
	});

	it('sets each error item’s error, which n8n’s error output routes by (the json has code too)', () => {
		const items = failedItems(ctx(true), libraryError(), { indexes: [0, 2] });
		expect(items.map((i) => i.error)).toEqual([
			expect.any(NodeOperationError),
			expect.any(NodeOperationError),
		]);
		expect(items.map((i) => i.error?.context.itemIndex)).toEqual([0, 2]);
		expect(items[1].error?.message).toBe('The file is empty.');
		expect(items[1].error?.description).toBe('Error code: EMPTY_FILE');
		const one = failedItems(ctx(true), new Error('boom'), { indexes: [1, 2], shape: 'one' });
		expect(one[0].error?.message).toBe('boom');
		expect(one[0].error?.context.itemIndex).toBe(1);
	});

	it('returns one error item paired with them all for shape one', () => {
		const items = failedItems(ctx(true), new Error('boom'), { indexes: [0, 1], shape: 'one' });
		expect(items.map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
			{ json: { error: 'boom' }, pairedItem: [{ item: 0 }, { item: 1 }] },
		]);
	});

	it('puts what keep keeps of each item before the error', () => {
		const [item] = failedItems(ctx(true), 'text thrown', {
			indexes: [1],
			keep: (i) => ({ name: 'Ada', _row: i + 1, error: 'overwritten' }),
		});
		expect(item).toEqual({
			json: { name: 'Ada', _row: 2, error: 'text thrown' },
			error: expect.any(NodeOperationError),
			pairedItem: { item: 1 },
		});
		expect(Object.keys(item.json)).toEqual(['name', '_row', 'error']);
	});
});
