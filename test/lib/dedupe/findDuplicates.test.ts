import { findDuplicates, IntakeError } from '../../../index';
import { describeCorpus, loadFebrl, pairQuality } from '../../helpers/corpus';

const people = [
	{
		firstName: 'Robert',
		lastName: 'Lee',
		email: 'rob.lee@gmail.com',
		phone: '(555) 123-4567',
		city: 'Austin',
	}, // 0
	{ firstName: 'Maria', lastName: 'Garcia', email: 'maria@firm.com', dateOfBirth: '1980-04-02' }, // 1
	{ firstName: 'Bob', lastName: 'Lee', email: 'ROBLEE@gmail.com', phone: '' }, // 2: 0 by email (Gmail dots) and nickname
	{ firstName: 'John', lastName: 'Smith', phone: '212-555-0100' }, // 3
	{ firstName: 'Maria', lastName: 'Garcia-Lopez', dateOfBirth: '02/04/1980', city: 'Reno' }, // 4: 1 by name and birthday written the other way
	{ firstName: 'Jane', lastName: 'Smith', phone: '212-555-0100' }, // 5: shares 3's phone but is someone else
	{ firstName: 'Robert', lastName: 'Lee', phone: '555.123.4567' }, // 6: 0 by phone; 2 only through 0 (a name alone is not enough)
];

describe('findDuplicates', () => {
	it('finds the pairs and clusters of a small hand-made list, and not the family sharing a phone', () => {
		const r = findDuplicates(people);
		expect(r.pairs.map(({ a, b }) => [a, b])).toEqual([
			[0, 2],
			[0, 6],
			[1, 4],
		]);
		expect(r.clusters).toEqual([
			[0, 2, 6],
			[1, 4],
		]);
		expect(r.matches).toEqual([]);
		const p14 = r.pairs.find((p) => p.a === 1)!;
		expect(p14.reasons.map((x) => `${x.field} ${x.detail}`)).toEqual([
			'dateOfBirth 0.80 (day and month transposed)',
			'firstName identical',
			'lastName 0.85 (Garcia ≈ Garcia Lopez, double surname)',
		]);
	});

	it('matches records against existing ones, best first, and never pairs existing records with each other', () => {
		const existing = [
			{ id: 7, firstName: 'Robert', lastName: 'Lee', email: 'robert.lee@gmail.com' },
			{
				id: 8,
				firstName: 'Rob',
				lastName: 'Lee',
				phone: '+1 555 123 4567',
				email: 'roblee@gmail.com',
			},
			{
				id: 9,
				firstName: 'Rob',
				lastName: 'Lee',
				phone: '+1 555 123 4567',
				email: 'roblee@gmail.com',
			},
		];
		const r = findDuplicates([people[0], people[3]], { existing });
		expect(r.matches.map((m) => [m.record, m.existing])).toEqual([
			[0, 1],
			[0, 2],
		]);
		expect(r.matches[0].score).toBeGreaterThan(0.99);
		expect(r.pairs).toEqual([]);
	});

	it('gives the same output for the same input, every time', () => {
		const big = Array.from({ length: 3000 }, (_, i) => ({
			firstName: ['Ann', 'Bob', 'Cy'][i % 3],
			lastName: `Name${i % 700}`,
			phone: `555-01${String(i % 900).padStart(2, '0')}`,
		}));
		expect(JSON.stringify(findDuplicates(big))).toBe(JSON.stringify(findDuplicates(big)));
	});

	it('stays linear on a crowd sharing one phone: the block is compared by window, not in full', () => {
		const crowd = Array.from({ length: 5000 }, (_, i) => ({
			firstName: `First${i}`,
			lastName: `Last${i}`,
			phone: '555-000-1111',
		}));
		const r = findDuplicates(crowd, { threshold: 0 });
		// all pairs would be 12.5 million; a window of 6 compares each record with at most 6 others per key
		expect(r.pairs.length).toBeLessThan(5000 * 6 * 3);
		expect(r.pairs.length).toBeGreaterThan(0);
	});

	describeCorpus('FEBRL', () => {
		it('reaches F1 ≥ 0.95 on FEBRL dataset1 and dataset2 (soc_sec_id left out)', () => {
			for (const name of ['dataset1', 'dataset2'] as const) {
				const set = loadFebrl(name);
				const q = pairQuality(findDuplicates(set.records).pairs, set.truePairs);
				expect(q.f1).toBeGreaterThanOrEqual(0.95);
				expect(q.precision).toBeGreaterThanOrEqual(0.98);
			}
		});
	});

	it('reads non-objects as empty records, and throws a typed error for a non-array', () => {
		expect(findDuplicates([null, 'x', 3, people[0]] as never[]).pairs).toEqual([]);
		expect(() => findDuplicates('rows' as never)).toThrow(IntakeError);
		expect(() => findDuplicates([], { existing: {} as never })).toThrow(
			expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
		);
	});
});
