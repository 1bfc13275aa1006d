import { findDuplicates, resolveDuplicates, type DuplicatePolicy } from '../../../index';

// rows 0 and 2 are one person; row 1 is someone else; row 3 is already in the client list
const rows = [
	{ firstName: 'Robert', lastName: 'Lee', email: 'rob@x.com', phone: '555-123-4567', city: '' },
	{ firstName: 'Ann', lastName: 'Chu', email: 'ann@y.com' },
	{ firstName: 'Bob', lastName: 'Lee', email: 'bob.lee@z.com', phone: '(555) 123-4567', city: 'Austin' },
	{ firstName: 'Carla', lastName: 'Diaz', email: 'carla@d.com', phone: '212-555-0199', notes: 'new notes' },
];
const existing = [
	{ id: 'c-9', firstName: 'Karla', lastName: 'Diaz', email: 'carla@d.com', phone: '', notes: 'old notes', company: 'Acme' },
];

function resolve(policy: DuplicatePolicy) {
	return resolveDuplicates(rows, findDuplicates(rows, { existing }), { policy, existing });
}

describe('resolveDuplicates', () => {
	it('merge: folds row 2 into row 0 and merges row 3 into the existing client, as an update', () => {
		const r = resolve('merge');
		expect(r.outcomes.map(({ row, action, into, existing: e }) => ({ row, action, into, existing: e }))).toEqual([
			{ row: 0, action: 'kept', into: undefined, existing: undefined },
			{ row: 1, action: 'kept', into: undefined, existing: undefined },
			{ row: 2, action: 'merged', into: 0, existing: undefined },
			{ row: 3, action: 'merged', into: undefined, existing: 0 },
		]);
		expect(r.records).toEqual([
			{
				record: { firstName: 'Robert', lastName: 'Lee', email: 'rob@x.com', email2: 'bob.lee@z.com', phone: '555-123-4567', city: 'Austin' },
				rows: [0, 2],
				action: 'create',
			},
			{ record: rows[1], rows: [1], action: 'create' },
			{
				record: { id: 'c-9', firstName: 'Karla', lastName: 'Diaz', email: 'carla@d.com', phone: '212-555-0199', notes: 'old notes', company: 'Acme' },
				rows: [3],
				action: 'update',
				existing: 0,
			},
		]);
		expect(r.outcomes[2].reasons?.[0]).toEqual({ field: 'phone', score: 1, detail: 'identical' });
	});

	it('update: later rows win within the file, and incoming filled values overwrite the existing client', () => {
		const r = resolve('update');
		expect(r.outcomes.map((o) => o.action)).toEqual(['kept', 'kept', 'merged', 'updated']);
		expect(r.records[0].record).toEqual({ firstName: 'Bob', lastName: 'Lee', email: 'bob.lee@z.com', email2: 'rob@x.com', phone: '(555) 123-4567', city: 'Austin' });
		expect(r.records[2]).toEqual({
			record: { id: 'c-9', firstName: 'Carla', lastName: 'Diaz', email: 'carla@d.com', phone: '212-555-0199', notes: 'new notes', company: 'Acme' },
			rows: [3],
			action: 'update',
			existing: 0,
		});
	});

	it('skip: imports the first of a cluster as it is, and nothing that is already there', () => {
		const r = resolve('skip');
		expect(r.outcomes.map(({ row, action, into, existing: e }) => [row, action, into ?? e])).toEqual([
			[0, 'kept', undefined],
			[1, 'kept', undefined],
			[2, 'skipped', 0],
			[3, 'skipped', 0],
		]);
		expect(r.outcomes[3].existing).toBe(0);
		expect(r.records.map((x) => x.record)).toEqual([rows[0], rows[1]]);
	});

	it('createNew: imports every row, flagging the duplicates with what they duplicate', () => {
		const r = resolve('createNew');
		expect(r.outcomes.map((o) => o.action)).toEqual(['kept', 'kept', 'created', 'created']);
		expect(r.records.map((x) => x.record)).toEqual(rows);
		expect(r.records[2].duplicateOf).toMatchObject({ row: 0 });
		expect(r.records[3].duplicateOf).toMatchObject({ existing: 0 });
		expect(r.records[3].duplicateOf!.score).toBeGreaterThan(0.8);
	});

	it('accounts for every row exactly once under every policy', () => {
		for (const policy of ['merge', 'update', 'skip', 'createNew'] as const) {
			const r = resolve(policy);
			expect(r.outcomes.map((o) => o.row)).toEqual([0, 1, 2, 3]);
			const imported = r.records.flatMap((x) => x.rows);
			for (const o of r.outcomes) expect(imported.includes(o.row) || o.action === 'skipped').toBe(true);
		}
	});

	it('throws a typed error for an unknown policy or a match without its existing record', () => {
		expect(() => resolveDuplicates(rows, findDuplicates(rows), { policy: 'ignore' as never })).toThrow(expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }));
		expect(() => resolveDuplicates(rows, findDuplicates(rows, { existing }))).toThrow(expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }));
	});
});
