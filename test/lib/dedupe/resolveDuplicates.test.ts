import {
	createMatchKeys,
	findDuplicates,
	findSeenRecords,
	resolveDuplicates,
	type DuplicatePolicy,
} from '../../../index';

// rows 0 and 2 are one person; row 1 is someone else; row 3 is already in the client list
const rows = [
	{ firstName: 'Robert', lastName: 'Lee', email: 'rob@x.com', phone: '555-123-4567', city: '' },
	{ firstName: 'Ann', lastName: 'Chu', email: 'ann@y.com' },
	{
		firstName: 'Bob',
		lastName: 'Lee',
		email: 'bob.lee@z.com',
		phone: '(555) 123-4567',
		city: 'Austin',
	},
	{
		firstName: 'Carla',
		lastName: 'Diaz',
		email: 'carla@d.com',
		phone: '212-555-0199',
		notes: 'new notes',
	},
];
const existing = [
	{
		id: 'c-9',
		firstName: 'Karla',
		lastName: 'Diaz',
		email: 'carla@d.com',
		phone: '',
		notes: 'old notes',
		company: 'Acme',
	},
];

function resolve(policy: DuplicatePolicy) {
	return resolveDuplicates(rows, findDuplicates(rows, { existing }), { policy, existing });
}

describe('resolveDuplicates', () => {
	it('merge: folds row 2 into row 0 and merges row 3 into the existing client, as an update', () => {
		const r = resolve('merge');
		expect(
			r.outcomes.map(({ row, action, into, existing: e }) => ({ row, action, into, existing: e })),
		).toEqual([
			{ row: 0, action: 'kept', into: undefined, existing: undefined },
			{ row: 1, action: 'kept', into: undefined, existing: undefined },
			{ row: 2, action: 'merged', into: 0, existing: undefined },
			{ row: 3, action: 'merged', into: undefined, existing: 0 },
		]);
		expect(r.records).toEqual([
			{
				record: {
					firstName: 'Robert',
					lastName: 'Lee',
					email: 'rob@x.com',
					email2: 'bob.lee@z.com',
					phone: '555-123-4567',
					city: 'Austin',
				},
				rows: [0, 2],
				action: 'create',
			},
			{ record: rows[1], rows: [1], action: 'create' },
			{
				record: {
					id: 'c-9',
					firstName: 'Karla',
					lastName: 'Diaz',
					email: 'carla@d.com',
					phone: '212-555-0199',
					notes: 'old notes',
					company: 'Acme',
				},
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
		expect(r.records[0].record).toEqual({
			firstName: 'Bob',
			lastName: 'Lee',
			email: 'bob.lee@z.com',
			email2: 'rob@x.com',
			phone: '(555) 123-4567',
			city: 'Austin',
		});
		expect(r.records[2]).toEqual({
			record: {
				id: 'c-9',
				firstName: 'Carla',
				lastName: 'Diaz',
				email: 'carla@d.com',
				phone: '212-555-0199',
				notes: 'new notes',
				company: 'Acme',
			},
			rows: [3],
			action: 'update',
			existing: 0,
		});
	});

	it('skip: imports the first of a cluster as it is, and nothing that is already there', () => {
		const r = resolve('skip');
		expect(
			r.outcomes.map(({ row, action, into, existing: e }) => [row, action, into ?? e]),
		).toEqual([
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
			for (const o of r.outcomes)
				expect(imported.includes(o.row) || o.action === 'skipped').toBe(true);
		}
	});

	it('throws a typed error for an unknown policy or a match without its existing record', () => {
		expect(() =>
			resolveDuplicates(rows, findDuplicates(rows), { policy: 'ignore' as never }),
		).toThrow(expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }));
		expect(() => resolveDuplicates(rows, findDuplicates(rows, { existing }))).toThrow(
			expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
		);
	});

	describe('possible duplicates', () => {
		// row 2 may be row 0 (the same name, nothing else to compare); row 3 may be the existing client
		const maybe = [
			{ firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com', phone: '312-555-0101' },
			{ firstName: 'Omar', lastName: 'Haddad', email: 'omar@h.com' },
			{ firstName: 'Jane', lastName: 'Doe' },
			{ firstName: 'Carla', lastName: 'Diaz', city: 'Austin' },
		];
		const clients = [
			{ id: 'c-9', firstName: 'Carla', lastName: 'Diaz', city: 'Austin', company: 'Acme' },
		];

		it('holds them back for review with their candidates, under every policy, and imports or drops nothing else', () => {
			const found = findDuplicates(maybe, { existing: clients });
			expect(found.pairs).toEqual([]);
			expect(
				found.possiblePairs.map(({ a, b, verdict, rule }) => ({ a, b, verdict, rule })),
			).toEqual([{ a: 0, b: 2, verdict: 'possible', rule: 'similar name only' }]);
			expect(
				found.possibleMatches.map(({ record, existing: e, rule }) => ({
					record,
					existing: e,
					rule,
				})),
			).toEqual([{ record: 3, existing: 0, rule: 'similar name only' }]);
			for (const policy of ['merge', 'update', 'skip', 'createNew'] as const) {
				const r = resolveDuplicates(maybe, found, { policy, existing: clients });
				expect(r.outcomes.map((o) => o.action)).toEqual(['kept', 'kept', 'review', 'review']);
				expect(r.records.map((x) => x.rows)).toEqual([[0], [1]]);
				expect(
					r.review.map((x) => [
						x.rows,
						x.record,
						x.candidates.map((c) => [c.row, c.existing, c.rule]),
					]),
				).toEqual([
					[[2], maybe[2], [[0, undefined, 'similar name only']]],
					[[3], maybe[3], [[undefined, 0, 'similar name only']]],
				]);
				expect(r.review[0].candidates[0].score).toBe(0.381);
				expect(r.outcomes[2]).toMatchObject({
					action: 'review',
					score: 0.381,
					rule: 'similar name only',
					candidates: r.review[0].candidates,
				});
			}
		});

		it('sends a cluster to review as one merged record when any of its rows may be an earlier person', () => {
			const rowsWithCluster = [
				{ firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com' },
				{ firstName: 'Janet', lastName: 'Doe', email: 'janet@doe.com', phone: '312-555-0199' },
				{ firstName: 'Jane', lastName: 'Doe', phone: '312-555-0199', city: 'Chicago' },
			];
			const found = findDuplicates(rowsWithCluster);
			expect(found.clusters).toEqual([[1, 2]]);
			const r = resolveDuplicates(rowsWithCluster, found, { policy: 'merge' });
			expect(r.outcomes.map((o) => [o.action, o.into])).toEqual([
				['kept', undefined],
				['review', undefined],
				['merged', 1],
			]);
			expect(r.review).toHaveLength(1);
			expect(r.review[0]).toMatchObject({
				rows: [1, 2],
				record: { firstName: 'Janet', city: 'Chicago', phone: '312-555-0199' },
			});
			expect(r.review[0].candidates.map((c) => c.row)).toEqual([0]);
		});
	});

	describe('people seen in earlier runs', () => {
		it('skips a person an earlier run passed on, unless it matches an existing record, and says so', () => {
			const earlier = new Set([
				...createMatchKeys({ firstName: 'Ann', lastName: 'Chu', email: 'ANN@y.com' }),
				...createMatchKeys({ firstName: 'Robert', lastName: 'Lee', phone: '5551234567' }),
				...createMatchKeys(rows[3]),
			]);
			const { seen, keys } = findSeenRecords(rows, earlier);
			expect(seen).toEqual([0, 1, 2, 3]);
			expect(keys.map((k) => k.length)).toEqual([2, 1, 2, 2]);
			const r = resolveDuplicates(rows, findDuplicates(rows, { existing }), { existing, seen });
			// rows 0 and 2 are one person seen before; row 1 too; row 3 is an existing client, so it is merged as before
			expect(r.outcomes.map((o) => [o.action, o.seenBefore])).toEqual([
				['skipped', true],
				['skipped', true],
				['skipped', true],
				['merged', undefined],
			]);
			expect(r.records.map((x) => x.rows)).toEqual([[3]]);
		});

		it('keys people by email, phone with name, and name with birthday, hashed, the same in every run', () => {
			const keys = createMatchKeys({
				firstName: 'Bob',
				lastName: 'Lee',
				email: 'Bob.Lee@Gmail.com',
				phone: '(555) 123-4567',
				dateOfBirth: '1970-01-02',
			});
			expect(keys).toHaveLength(3);
			for (const k of keys) expect(k).toMatch(/^[0-9a-f]{32}$/);
			expect(
				createMatchKeys({
					firstName: 'Robert',
					lastName: 'Lee',
					email: 'boblee@gmail.com',
					phone: '555.123.4567',
					dateOfBirth: '01/02/1970',
				}),
			).toEqual(keys);
			expect(createMatchKeys({ city: 'Austin' })).toEqual([]);
			// the same phone under another name is another person
			expect(
				createMatchKeys({ firstName: 'Jane', lastName: 'Lee', phone: '555-123-4567' }),
			).not.toContain(keys[1]);
			expect(() => findSeenRecords(rows, 'keys' as never)).toThrow(
				expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
			);
		});
	});
});

describe('resolveDuplicates from a record source', () => {
	/** Records kept as JSON text, parsed one at a time when asked for; counts the reads. */
	function jsonSource(list: ReadonlyArray<Record<string, unknown>>) {
		const texts = list.map((r) => JSON.stringify(r));
		const source = {
			length: texts.length,
			reads: 0,
			at(i: number): Record<string, unknown> {
				source.reads++;
				return JSON.parse(texts[i]) as Record<string, unknown>;
			},
		};
		return source;
	}
	const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

	it('gives the same resolution as the arrays, under every policy', () => {
		const found = findDuplicates(rows, { existing });
		for (const policy of ['merge', 'update', 'skip', 'createNew'] as const) {
			const fromSource = resolveDuplicates(jsonSource(rows), found, {
				policy,
				existing: jsonSource(existing),
			});
			expect(plain(fromSource)).toEqual(plain(resolve(policy)));
		}
	});

	it('reads a record only when a merge needs it, and a lone row each time its record is asked for', () => {
		const source = jsonSource(rows);
		const clientSource = jsonSource(existing);
		const r = resolveDuplicates(source, findDuplicates(rows, { existing }), {
			policy: 'skip',
			existing: clientSource,
		});
		expect([source.reads, clientSource.reads]).toEqual([0, 0]);
		expect(r.records.map((x) => x.rows)).toEqual([[0], [1]]);
		expect(r.records[1].record).toEqual(rows[1]);
		expect(source.reads).toBe(1);
		const merged = resolveDuplicates(source, findDuplicates(rows, { existing }), {
			policy: 'merge',
			existing: clientSource,
		});
		// rows 0 and 2 merged, and row 3 merged into client 0: three rows and one client read
		expect([source.reads, clientSource.reads]).toEqual([4, 1]);
		expect(merged.records[1].record).toEqual(rows[1]);
	});

	it('throws a typed error for records that are neither a list nor a source', () => {
		expect(() => resolveDuplicates({ length: 2 } as never, findDuplicates([]))).toThrow(
			expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
		);
		expect(() =>
			resolveDuplicates(rows, findDuplicates(rows), { existing: 'clients' as never }),
		).toThrow(expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }));
	});
});
