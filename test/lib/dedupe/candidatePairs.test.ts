import { candidatePairs } from '../../../lib/dedupe/candidatePairs';
import { DEFAULT_DEDUPE_OPTIONS, resolveDedupeOptions } from '../../../lib/dedupe/options';
import { createInterner, prepareRecord } from '../../../lib/dedupe/prepareRecord';

/** The candidate pairs of some raw records, as [a, b]. */
function pairsOf(
	records: Array<Record<string, unknown>>,
	firstExisting = records.length,
	options = DEFAULT_DEDUPE_OPTIONS,
): number[][] {
	const intern = createInterner();
	const prepared = records.map((r) => prepareRecord(r, options, intern));
	const size = prepared.length;
	return [...candidatePairs(prepared, firstExisting, options)].map((key) => [
		Math.floor(key / size),
		key % size,
	]);
}

describe('candidatePairs', () => {
	it('pairs two people entered twice each, and no one else', () => {
		expect(
			pairsOf([
				{ firstName: 'Ann', lastName: 'Smith', email: 'ann@example.com' },
				{ firstName: 'Zed', lastName: 'Quill', phone: '555-201-7788' },
				{ firstName: 'Anne', lastName: 'Smyth', email: 'ANN@example.com' },
				{ firstName: 'Zed', lastName: 'Quill', phone: '(555) 201-7788' },
			]),
		).toEqual([
			[0, 2],
			[1, 3],
		]);
	});

	it('pairs names that sound alike either way round, and nicknames with formal names', () => {
		expect(
			pairsOf([
				{ firstName: 'Robert', lastName: 'Lee' },
				{ firstName: 'Lee', lastName: 'Robert' },
				{ firstName: 'Bob', lastName: 'Lee' },
				{ firstName: 'Maria', lastName: 'Gonzalez' },
			]),
		).toEqual([
			[0, 1],
			[0, 2],
			[1, 2],
		]);
	});

	it('pairs the same birthday at the same house number, whatever the names', () => {
		expect(
			pairsOf([
				{ firstName: 'Ann', lastName: 'Smith', dateOfBirth: '1980-02-03', street: '12 Oak St' },
				{ firstName: 'Zoe', lastName: 'Quill', dateOfBirth: '1980-02-03', street: '12 Elm Ave' },
				{ firstName: 'Max', lastName: 'Brown', dateOfBirth: '1980-02-03', street: '99 Oak St' },
			]),
		).toContainEqual([0, 1]);
	});

	it('never pairs two existing records', () => {
		expect(
			pairsOf(
				[{ email: 'new@example.com' }, { email: 'old@example.com' }, { email: 'old@example.com' }],
				1,
			),
		).toEqual([]);
	});

	it('compares a big block by window only: a shared phone among many pairs each with its neighbours', () => {
		const options = resolveDedupeOptions({ window: 1, maxBlockSize: 2 });
		const people = ['Adams', 'Baker', 'Clark', 'Davis', 'Evans'].map((lastName) => ({
			firstName: 'Pat',
			lastName,
			phone: '555-201-7788',
		}));
		// one window step along the name order, and the sound-alike first names do not meet (different surnames)
		expect(pairsOf(people, people.length, options)).toEqual([
			[0, 1],
			[1, 2],
			[2, 3],
			[3, 4],
		]);
	});
});
