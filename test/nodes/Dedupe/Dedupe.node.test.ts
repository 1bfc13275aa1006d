import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedOptions,
	IDataObject,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { Dedupe } from '../../../nodes/Dedupe/Dedupe.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';

const item = (json: IDataObject): INodeExecutionData => ({ json });
const incoming = [
	item({
		_row: 2,
		firstName: 'Robert',
		lastName: 'Lee',
		email: 'rob@x.com',
		phone: '555-123-4567',
	}),
	item({ _row: 3, firstName: 'Ann', lastName: 'Chu', email: 'ann@y.com' }),
	item({ _row: 4, firstName: 'Bob', lastName: 'Lee', phone: '(555) 123-4567', city: 'Austin' }),
	item({ _row: 5, firstName: 'Carla', lastName: 'Diaz', email: 'carla@d.com' }),
];
const existing = [
	item({ id: 'c-9', firstName: 'Carla', lastName: 'Diaz', email: 'Carla@D.com', company: 'Acme' }),
];

/** n8n's deduplication store, kept between executions as n8n keeps it in its database. */
function processedStore() {
	const scopes = new Map<string, string[]>();
	const calls: string[] = [];
	const helpers = {
		checkProcessedAndRecord: async (
			keys: DeduplicationItemTypes[],
			scope: DeduplicationScope,
			options: ICheckProcessedOptions,
		) => {
			calls.push(`check ${scope} ${keys.length} ${options.mode} ${options.maxEntries}`);
			const list = scopes.get(scope) ?? [];
			const out = {
				new: [] as DeduplicationItemTypes[],
				processed: [] as DeduplicationItemTypes[],
			};
			for (const k of keys) {
				if (list.includes(String(k))) out.processed.push(k);
				else {
					out.new.push(k);
					list.push(String(k));
				}
			}
			scopes.set(scope, list.slice(-(options.maxEntries ?? Infinity)));
			return out;
		},
		removeProcessed: async (keys: DeduplicationItemTypes[], scope: DeduplicationScope) => {
			calls.push(`remove ${scope} ${keys.length}`);
			scopes.set(
				scope,
				(scopes.get(scope) ?? []).filter((k) => !keys.map(String).includes(k)),
			);
		},
	};
	return { scopes, calls, helpers };
}

async function run(
	parameters: Record<string, unknown>,
	more?: INodeExecutionData[][],
	extra: {
		continueOnFail?: boolean;
		items?: INodeExecutionData[];
		store?: ReturnType<typeof processedStore>;
	} = {},
) {
	const ctx = fakeExecuteFunctions({
		items: extra.items ?? incoming,
		parameters: { policy: 'merge', options: {}, ...parameters },
		files: [],
		moreInputs: more,
		continueOnFail: extra.continueOnFail,
	});
	if (extra.store) Object.assign(ctx.helpers, extra.store.helpers);
	return new Dedupe().execute.call(ctx);
}

const dedupeOf = (i: INodeExecutionData) => i.json._dedupe as IDataObject;

describe('Dedupe node', () => {
	it('declares two inputs and the Unique, Duplicates and Review outputs', () => {
		const d = new Dedupe().description;
		expect(d.inputNames).toEqual(['Records', 'Existing']);
		expect(d.outputNames).toEqual(['Unique', 'Duplicates', 'Review']);
		expect(d.outputs).toHaveLength(3);
	});

	it('pins the v1 defaults as literals, so a saved workflow keeps its meaning when the library is retuned', () => {
		const byName = Object.fromEntries(new Dedupe().description.properties.map((p) => [p.name, p]));
		const options = Object.fromEntries(
			(byName.options.options as INodeProperties[]).map((p) => [p.name, p.default]),
		);
		expect([
			byName.policy.default,
			byName.matchOn.default,
			byName.threshold.default,
			byName.fields.default,
		]).toEqual([
			'merge',
			['email', 'phone', 'name', 'address', 'dateOfBirth'],
			0.8,
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
		]);
		expect(options).toEqual({
			dateField: 'updatedAt',
			defaultRule: 'keepExisting',
			existingIdField: 'id',
			weights: {},
			historySize: 10000,
			gmailNormalize: true,
			mergeRules: {},
			phoneCountry: 'US',
			reviewThreshold: 0.2,
			remember: 'off',
		});
	});

	it('merges within the file and into existing records, each record paired with the row it stands for and the existing record it updates', async () => {
		const [unique, duplicates, review] = await run({}, [existing]);
		expect(unique.map(dedupeOf)).toEqual([
			{ action: 'kept', operation: 'create', rows: [2, 4] },
			{ action: 'kept', operation: 'create', rows: [3] },
			expect.objectContaining({
				action: 'merged',
				operation: 'update',
				rows: [5],
				existingItem: 1,
				existingId: 'c-9',
				rule: 'same email',
			}),
		]);
		expect(unique[0].json).toMatchObject({
			_row: 2,
			firstName: 'Robert',
			city: 'Austin',
			email: 'rob@x.com',
		});
		expect(unique[2].json).toMatchObject({
			_row: 5,
			id: 'c-9',
			company: 'Acme',
			email: 'Carla@D.com',
		});
		// a merged record pairs with its first row only, so $('Source').item resolves in n8n; the merged row is on Duplicates, paired with itself
		expect(unique.map((u) => u.pairedItem)).toEqual([
			[{ item: 0, input: 0 }],
			[{ item: 1, input: 0 }],
			[
				{ item: 3, input: 0 },
				{ item: 0, input: 1 },
			],
		]);
		expect(duplicates).toHaveLength(1);
		expect(duplicates[0].json).toMatchObject({
			_row: 4,
			firstName: 'Bob',
			_dedupe: { action: 'merged', intoRow: 2, rule: 'same phone and name' },
		});
		expect(dedupeOf(duplicates[0]).why).toBe(
			'same phone and name: phone identical; last name identical; first name 0.90 (Robert ≈ Bob, nickname)',
		);
		expect(duplicates[0].pairedItem).toEqual([{ item: 2, input: 0 }]);
		expect(review).toEqual([]);
	});

	it('gives a surviving record the source row of the record that survives, under every policy, and lists every row it stands for', async () => {
		// rows 2 and 8 are one person; Map Columns' warnings of both rows travel with the record
		const rows = [
			item({
				_row: 2,
				firstName: 'Maria',
				lastName: 'Garcia',
				email: 'maria@firm.com',
				_warnings: [{ row: 2, code: 'EMAIL_TYPO_SUGGESTED' }],
			}),
			item({ _row: 5, firstName: 'Omar', lastName: 'Haddad', email: 'omar@h.com' }),
			item({
				_row: 8,
				firstName: 'Maria',
				lastName: 'Garcia',
				email: 'MARIA@firm.com',
				phone: '212-555-0100',
				_warnings: [{ row: 8, code: 'PHONE_EXTENSION_KEPT' }],
			}),
		];
		for (const policy of ['update', 'merge', 'skip']) {
			const [unique, duplicates] = await run({ policy }, undefined, { items: rows });
			expect(unique[0].json).toMatchObject({
				_row: 2,
				_dedupe: { rows: policy === 'skip' ? [2] : [2, 8] },
			});
			expect(duplicates.map((d) => [d.json._row, dedupeOf(d).intoRow])).toEqual([[8, 2]]);
			if (policy !== 'skip')
				expect(unique[0].json._warnings).toEqual([
					{ row: 2, code: 'EMAIL_TYPO_SUGGESTED' },
					{ row: 8, code: 'PHONE_EXTENSION_KEPT' },
				]);
		}
		const [updated] = await run({ policy: 'update' }, undefined, { items: rows });
		// later rows win under update: the phone and the email as row 8 wrote them
		expect(updated[0].json).toMatchObject({
			_row: 2,
			email: 'MARIA@firm.com',
			phone: '212-555-0100',
		});
	});

	it('sends possible duplicates to Review with their candidates, paired with the rows and existing records they may be', async () => {
		const rows = [
			item({ _row: 2, firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com' }),
			item({ _row: 3, firstName: 'Jane', lastName: 'Doe' }),
			item({ _row: 4, firstName: 'Carla', lastName: 'Diaz', city: 'Austin' }),
		];
		const clients = [item({ id: 'c-9', firstName: 'Carla', lastName: 'Diaz', city: 'Austin' })];
		const [unique, duplicates, review] = await run({ policy: 'update' }, [clients], {
			items: rows,
		});
		expect(unique.map((u) => u.json._row)).toEqual([2]);
		expect(duplicates).toEqual([]);
		expect(
			review.map((r) => [r.json._row, dedupeOf(r).action, dedupeOf(r).rows, dedupeOf(r).rule]),
		).toEqual([
			[3, 'review', [3], 'similar name only'],
			[4, 'review', [4], 'similar name only'],
		]);
		expect(
			(dedupeOf(review[0]).candidates as IDataObject[]).map((c) => [c.row, c.score, c.why]),
		).toEqual([[2, 0.381, 'similar name only: last name identical; first name identical']]);
		expect((dedupeOf(review[1]).candidates as IDataObject[])[0]).toMatchObject({
			existingItem: 1,
			existingId: 'c-9',
			rule: 'similar name only',
		});
		expect(review.map((r) => r.pairedItem)).toEqual([
			[{ item: 1, input: 0 }],
			[
				{ item: 2, input: 0 },
				{ item: 0, input: 1 },
			],
		]);
	});

	it('never merges a household: John and Jane Smith on one landline at one address both come out on Unique, even under Update', async () => {
		const john = {
			firstName: 'John',
			lastName: 'Smith',
			phone: '(512) 555-0100',
			street: '12 Oak St',
			city: 'Austin',
			state: 'TX',
			zip: '78701',
			email: 'john@smithfamily.net',
			dateOfBirth: '1970-03-02',
		};
		const jane = {
			...john,
			firstName: 'Jane',
			email: 'jane.smith@gmail.com',
			dateOfBirth: '1972-08-19',
		};
		const [unique, duplicates, review] = await run(
			{ policy: 'update' },
			[[item({ id: 'c-1', ...john })]],
			{ items: [item({ _row: 2, ...jane })] },
		);
		expect(unique.map((u) => [u.json.firstName, u.json.email, dedupeOf(u).operation])).toEqual([
			['Jane', 'jane.smith@gmail.com', 'create'],
		]);
		expect([duplicates, review]).toEqual([[], []]);
	});

	it('takes the criteria to match on', async () => {
		const rows = [
			item({ _row: 2, email: 'x@y.com', firstName: 'Al' }),
			item({ _row: 3, email: 'X@Y.com' }),
		];
		expect((await run({}, undefined, { items: rows }))[0]).toHaveLength(1);
		expect(
			(await run({ matchOn: ['name', 'dateOfBirth'] }, undefined, { items: rows }))[0],
		).toHaveLength(2);
	});

	it('skips people passed on in earlier executions when asked to remember, and forgets those it did not pass on', async () => {
		const store = processedStore();
		const options = { remember: 'workflow', historySize: 50 };
		const day1 = [
			item({
				_row: 2,
				firstName: 'Ann',
				lastName: 'Chu',
				email: 'ann@y.com',
				dateOfBirth: '1980-01-01',
			}),
			item({ _row: 3, firstName: 'Jane', lastName: 'Doe', email: 'jd@x.com' }),
			item({ _row: 4, firstName: 'Jane', lastName: 'Doe', phone: '312-555-0199' }),
		];
		const [unique1, , review1] = await run({ options }, undefined, { items: day1, store });
		expect([unique1.map((u) => u.json._row), review1.map((r) => r.json._row)]).toEqual([
			[2, 3],
			[4],
		]);
		// Ann's two keys and the first Jane's are kept; the Jane on Review was not passed on, so her key is forgotten
		expect(store.calls).toEqual(['check workflow 4 entries 200', 'remove workflow 1']);
		expect(store.scopes.get('workflow')).toHaveLength(3);
		const day2 = [
			item({ _row: 2, firstName: 'Ann', lastName: 'Chu', email: 'ANN@Y.com', phone: '555-0100' }),
			item({ _row: 3, firstName: 'Jane', lastName: 'Doe', phone: '(312) 555-0199' }),
		];
		const [unique2, duplicates2] = await run({ options }, undefined, { items: day2, store });
		expect(unique2.map((u) => u.json._row)).toEqual([3]);
		expect(duplicates2.map((d) => [d.json._row, dedupeOf(d)])).toEqual([
			[2, { action: 'skipped', seenBefore: true, why: 'passed on by an earlier execution' }],
		]);
		// Unique items carry their hashed keys, for Import Batch to take back if it cannot import them
		expect((unique1[0].json._dedupe as IDataObject).keys).toEqual(
			expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{32}$/)]),
		);
		expect(
			((unique1[0].json._dedupe as IDataObject).keys as string[]).every((k) =>
				store.scopes.get('workflow')!.includes(k),
			),
		).toBe(true);
		// without the option nothing is remembered or skipped, and no keys are carried
		const [plain] = await run({}, undefined, { items: day2, store });
		expect(plain).toHaveLength(2);
		expect((plain[0].json._dedupe as IDataObject).keys).toBeUndefined();
		// a node that remembers for itself keeps its own keys, in the workflow's store: Ann is new to it
		const [own] = await run({ options: { remember: 'node' } }, undefined, { items: day2, store });
		expect(own.map((u) => u.json._row)).toEqual([2, 3]);
	});

	it('says what to do when this n8n cannot remember across executions', async () => {
		const error = await run({ options: { remember: 'node' } }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as NodeOperationError).message).toBe(
			'This n8n cannot remember people across executions',
		);
	});

	it('raises a NodeOperationError for a bad option, or, continuing on fail, emits an error item per input item on Review, never on Unique', async () => {
		await expect(run({ threshold: 7 })).rejects.toThrow(NodeOperationError);
		const [unique, duplicates, review] = await run({ threshold: 7 }, undefined, {
			continueOnFail: true,
		});
		expect([unique, duplicates]).toEqual([[], []]);
		expect(review.map((e) => e.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(review[0].json).toMatchObject({ code: 'DEDUPE_INVALID_OPTION' });
	});

	it('skips duplicates, sending each to Duplicates with its match, rule, score and reasons', async () => {
		const [unique, duplicates] = await run({ policy: 'skip' }, [existing]);
		expect(unique.map((u) => u.json._row)).toEqual([2, 3]);
		expect(duplicates.map((d) => [d.json._row, dedupeOf(d).action])).toEqual([
			[4, 'skipped'],
			[5, 'skipped'],
		]);
		expect(duplicates[1].json._dedupe).toMatchObject({
			existingItem: 1,
			existingId: 'c-9',
			rule: 'same email',
			score: expect.any(Number),
			reasons: expect.any(Array),
		});
		expect(duplicates[1].pairedItem).toEqual([
			{ item: 3, input: 0 },
			{ item: 0, input: 1 },
		]);
	});

	it('works with nothing on the second input, and flags duplicates under Create New', async () => {
		const [unique, duplicates] = await run({ policy: 'createNew' });
		expect(unique).toHaveLength(4);
		expect(duplicates).toHaveLength(0);
		expect(unique[2].json._dedupe).toMatchObject({
			action: 'created',
			duplicateOf: { row: 2, rule: 'same phone and name' },
		});
	});
});
