import fc from 'fast-check';
import { createDedupeIndex } from '../../../lib/dedupe';
import { findDuplicates, scorePair } from '../../../index';
import { describeCorpus, loadFebrl } from '../../helpers/corpus';

const people = [
	{ firstName: 'Robert', lastName: 'Lee', email: 'rob.lee@gmail.com', phone: '(555) 123-4567' },
	{ firstName: 'Maria', lastName: 'Garcia', email: 'maria@firm.com', dateOfBirth: '1980-04-02' },
	{ firstName: 'Bob', lastName: 'Lee', email: 'ROBLEE@gmail.com', phone: '' },
	{ firstName: 'John', lastName: 'Smith', phone: '212-555-0100' },
	{ firstName: 'Maria', lastName: 'Garcia-Lopez', dateOfBirth: '02/04/1980', city: 'Reno' },
	{ firstName: 'Jane', lastName: 'Smith', phone: '212-555-0100' },
	{ firstName: 'Robert', lastName: 'Lee', phone: '555.123.4567' },
];
const clients = [
	{ id: 7, firstName: 'Robert', lastName: 'Lee', email: 'robert.lee@gmail.com' },
	{ id: 8, firstName: 'Rob', lastName: 'Lee', phone: '+1 555 123 4567', email: 'roblee@gmail.com' },
	{ id: 9, firstName: 'Maria', lastName: 'Garcia', dateOfBirth: '1980-04-02', email: 'm@x.org' },
];

/** Feeds an index the records and existing records, interleaved as a stream may bring them. */
function indexed(
	records: ReadonlyArray<Record<string, unknown>>,
	existing: ReadonlyArray<Record<string, unknown>> = [],
	options = {},
) {
	const index = createDedupeIndex(options);
	for (let i = 0; i < Math.max(records.length, existing.length); i++) {
		if (i < existing.length) index.addExisting(existing[i]);
		if (i < records.length) index.add(records[i]);
	}
	return index;
}

describe('createDedupeIndex', () => {
	it('finds what findDuplicates finds, records and existing records added in any order', () => {
		const index = indexed(people, clients);
		expect([index.size, index.existingSize]).toEqual([7, 3]);
		const result = index.finish();
		expect(result).toEqual(findDuplicates(people, { existing: clients }));
		expect(result.clusters).toEqual([
			[0, 2, 6],
			[1, 4],
		]);
		expect(result.matches.map((m) => [m.record, m.existing, m.rule])).toEqual([
			[0, 1, 'same email'],
			[1, 2, 'similar name and same date of birth'],
			[2, 1, 'same email'],
			[4, 2, 'similar name and same date of birth'],
			[6, 1, 'same phone and name'],
		]);
	});

	it('gives the same result as findDuplicates on a crowd of look-alikes, with options', () => {
		const big = Array.from({ length: 3000 }, (_, i) => ({
			firstName: ['Ann', 'Bob', 'Cy'][i % 3],
			lastName: `Name${i % 700}`,
			phone: `555-01${String(i % 900).padStart(2, '0')}`,
			zip: String(10000 + (i % 37)),
		}));
		const options = { threshold: 0.5, window: 6 };
		expect(JSON.stringify(indexed(big, [], options).finish())).toBe(
			JSON.stringify(findDuplicates(big, options)),
		);
	});

	it('judges each pair it finds as scorePair does (property)', () => {
		const value = (list: string[]) => fc.nat().map((n) => list[n % list.length]);
		const recordArb = fc.record(
			{
				firstName: value(['John', 'Jon', 'Jane', 'Bob', 'Robert', 'J.']),
				lastName: value(['Smith', 'Smyth', 'Lee', 'Smith Jr.']),
				email: value(['john@x.com', 'JOHN@x.com', 'jon@x.com', 'bob@y.org']),
				phone: value(['(555) 123-4567', '555.123.4567', '212-123-4567']),
				zip: value(['78701', '78710', '10001']),
				dateOfBirth: value(['1985-03-07', '03/07/1985', '1985-07-03']),
			},
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(
				fc.array(recordArb, { maxLength: 12 }),
				fc.array(recordArb, { maxLength: 4 }),
				(records, existing) => {
					const result = indexed(records, existing).finish();
					expect(result).toEqual(findDuplicates(records, { existing }));
					for (const { a, b, ...score } of [...result.pairs, ...result.possiblePairs])
						expect(score).toEqual(scorePair(records[a], records[b]));
					for (const { record, existing: e, ...score } of result.matches)
						expect(score).toEqual(scorePair(records[record], existing[e]));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('is spent after finish: a second finish or another record throws a typed error', () => {
		const index = indexed(people);
		index.finish();
		for (const misuse of [() => index.finish(), () => index.add({}), () => index.addExisting({})])
			expect(misuse).toThrow(expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }));
	});

	it('checks its options once, when made', () => {
		expect(() => createDedupeIndex({ window: 0 })).toThrow(
			expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
		);
		expect(createDedupeIndex().finish()).toEqual({
			pairs: [],
			matches: [],
			clusters: [],
			possiblePairs: [],
			possibleMatches: [],
		});
	});

	describeCorpus('FEBRL', () => {
		it('finds what findDuplicates finds on FEBRL dataset1', () => {
			const set = loadFebrl('dataset1');
			expect(indexed(set.records).finish()).toEqual(findDuplicates(set.records));
		});
	});
});
