import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { Dedupe } from '../../../nodes/Dedupe/Dedupe.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';

const item = (json: IDataObject): INodeExecutionData => ({ json });
const incoming = [
	item({ _row: 2, firstName: 'Robert', lastName: 'Lee', email: 'rob@x.com', phone: '555-123-4567' }),
	item({ _row: 3, firstName: 'Ann', lastName: 'Chu', email: 'ann@y.com' }),
	item({ _row: 4, firstName: 'Bob', lastName: 'Lee', phone: '(555) 123-4567', city: 'Austin' }),
	item({ _row: 5, firstName: 'Carla', lastName: 'Diaz', email: 'carla@d.com' }),
];
const existing = [item({ id: 'c-9', firstName: 'Carla', lastName: 'Diaz', email: 'Carla@D.com', company: 'Acme' })];

async function run(parameters: Record<string, unknown>, more?: INodeExecutionData[][], continueOnFail = false) {
	const ctx = fakeExecuteFunctions({ items: incoming, parameters: { policy: 'merge', threshold: 0.8, fields: [], options: {}, ...parameters }, files: [], moreInputs: more, continueOnFail });
	return new Dedupe().execute.call(ctx);
}

describe('Dedupe node', () => {
	it('declares two inputs and the Unique and Duplicates outputs', () => {
		const d = new Dedupe().description;
		expect(d.inputNames).toEqual(['Records', 'Existing']);
		expect(d.outputNames).toEqual(['Unique', 'Duplicates']);
	});

	it('merges within the file and into existing records, with pairedItem back to every source item', async () => {
		const [unique, duplicates] = await run({}, [existing]);
		expect(unique.map((u) => u.json._dedupe)).toEqual([
			{ action: 'kept', operation: 'create', rows: [2, 4] },
			{ action: 'kept', operation: 'create', rows: [3] },
			expect.objectContaining({ action: 'merged', operation: 'update', rows: [5], existingItem: 1, existingId: 'c-9' }),
		]);
		expect(unique[0].json).toMatchObject({ firstName: 'Robert', city: 'Austin', email: 'rob@x.com' });
		expect(unique[2].json).toMatchObject({ id: 'c-9', company: 'Acme', email: 'Carla@D.com' });
		expect(unique.map((u) => u.pairedItem)).toEqual([
			[{ item: 0, input: 0 }, { item: 2, input: 0 }],
			[{ item: 1, input: 0 }],
			[{ item: 3, input: 0 }, { item: 0, input: 1 }],
		]);
		expect(duplicates).toHaveLength(1);
		expect(duplicates[0].json).toMatchObject({ _row: 4, firstName: 'Bob', _dedupe: { action: 'merged', intoRow: 2 } });
		expect(duplicates[0].json._dedupe).toMatchObject({ why: expect.stringMatching(/^phone identical; last name identical; first name 0.90 \(Robert ≈ Bob, nickname\)$/) });
		expect(duplicates[0].pairedItem).toEqual([{ item: 2, input: 0 }]);
	});

	it('skips duplicates, sending each to Duplicates with its match, score and reasons', async () => {
		const [unique, duplicates] = await run({ policy: 'skip' }, [existing]);
		expect(unique.map((u) => u.json._row)).toEqual([2, 3]);
		expect(duplicates.map((d) => [d.json._row, (d.json._dedupe as { action: string }).action])).toEqual([
			[4, 'skipped'],
			[5, 'skipped'],
		]);
		expect(duplicates[1].json._dedupe).toMatchObject({ existingItem: 1, existingId: 'c-9', score: expect.any(Number), reasons: expect.any(Array) });
		expect(duplicates[1].pairedItem).toEqual([{ item: 3, input: 0 }, { item: 0, input: 1 }]);
	});

	it('works with nothing on the second input, and flags duplicates under Create New', async () => {
		const [unique, duplicates] = await run({ policy: 'createNew' });
		expect(unique).toHaveLength(4);
		expect(duplicates).toHaveLength(0);
		expect(unique[2].json._dedupe).toMatchObject({ action: 'created', duplicateOf: { row: 2 } });
	});

	it('raises a NodeOperationError for a bad option, or emits an error item per input item when continuing on fail', async () => {
		await expect(run({ threshold: 7 })).rejects.toThrow(NodeOperationError);
		const [errors, rest] = await run({ threshold: 7 }, undefined, true);
		expect(errors.map((e) => e.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(errors[0].json).toMatchObject({ code: 'DEDUPE_INVALID_OPTION' });
		expect(rest).toEqual([]);
	});
});
