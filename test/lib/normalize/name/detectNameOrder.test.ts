import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectNameOrder, isOrderOpen } from '../../../../lib/normalize/name/detectNameOrder';
import { describeCorpus, loadNameSets } from '../../../helpers/corpus';

interface Column {
	name: string;
	order: 'givenFirst' | 'surnameFirst';
	cases: Array<{ input: string }>;
}
const { columns } = JSON.parse(
	readFileSync(join(__dirname, '../../../fixtures/names/nameOrders.json'), 'utf8'),
) as { columns: Column[] };

describe('detectNameOrder', () => {
	describe('from how often each word is a given name or a surname', () => {
		it('returns surnameFirst for a column of "Surname Given"', () => {
			expect(detectNameOrder(['Kowalski Anna', 'Nowak Jan', 'Wiśniewska Maria'])).toBe(
				'surnameFirst',
			);
			expect(detectNameOrder(['Smith John', 'Garcia Maria', 'Johnson Mary'])).toBe('surnameFirst');
		});
		it('returns givenFirst for a column of "Given Surname"', () => {
			expect(detectNameOrder(['Anna Kowalski', 'John Smith'])).toBe('givenFirst');
			expect(detectNameOrder(['Ada Lovelace'])).toBe('givenFirst');
		});
		it('lets one clear value settle a column whose other values say nothing', () => {
			expect(detectNameOrder(['Lee Kim', 'Wiśniewski Piotr', 'Nowak Anna'])).toBe('surnameFirst');
		});
	});

	describe('signs the writer gives', () => {
		it('reads a surname in capitals', () => {
			expect(detectNameOrder(['NOWAK Jan'])).toBe('surnameFirst');
			expect(detectNameOrder(['Jan NOWAK'])).toBe('givenFirst');
		});
		it('reads a voter-file trailing initial and a leading particle as surname first', () => {
			expect(detectNameOrder(['Macaluso David P'])).toBe('surnameFirst');
			expect(detectNameOrder(['van der Berg Jan'])).toBe('surnameFirst');
		});
		it('settles a column of "Surname, Given" as surnameFirst only when nothing else speaks', () => {
			expect(detectNameOrder(['Kowalski, Anna', 'Lee Kim'])).toBe('surnameFirst');
			expect(detectNameOrder(['Smith, John', 'Smith, Jane', 'John Smith'])).toBe('givenFirst');
			expect(detectNameOrder(['Smith, John Jr.'])).toBe('surnameFirst');
		});
		it('takes titles, suffixes and nicknames off before it looks', () => {
			expect(detectNameOrder(['Dr. Kowalski Anna', 'Nowak "Ania" Anna', 'Smith John Jr.'])).toBe(
				'surnameFirst',
			);
			expect(detectNameOrder(['John Smith, Jr.'])).toBe('givenFirst');
		});
	});

	describe('undecided', () => {
		it('returns undecided when no value leans either way', () => {
			expect(detectNameOrder(['Lee Kim'])).toBe('undecided');
			expect(detectNameOrder(['Cher', 'Madonna'])).toBe('undecided');
			expect(detectNameOrder([])).toBe('undecided');
		});
		it('returns undecided when the values disagree', () => {
			expect(detectNameOrder(['Kowalski Anna', 'Anna Kowalski'])).toBe('undecided');
		});
		it('skips empty and non-string values, and a non-array', () => {
			expect(detectNameOrder(['', '  ', 42 as unknown as string, 'Kowalski Anna'])).toBe(
				'surnameFirst',
			);
			expect(detectNameOrder(null as unknown as string[])).toBe('undecided');
		});
	});

	describe('our columns by naming custom (test/fixtures/names)', () => {
		for (const col of columns) {
			it(`reads ${col.name} as ${col.order}`, () => {
				expect(detectNameOrder(col.cases.map((c) => c.input))).toBe(col.order);
			});
		}
	});

	describeCorpus('corpora', () => {
		it('reads each name corpus, written given name first, as givenFirst', () => {
			for (const set of loadNameSets())
				expect([set.name, detectNameOrder(set.cases.map((c) => c.input))]).toEqual([
					set.name,
					'givenFirst',
				]);
		});
	});
});

describe('isOrderOpen', () => {
	it('returns true for two name words or more with no comma nor capitals', () => {
		expect(isOrderOpen('Lee Kim')).toBe(true);
		expect(isOrderOpen('Dr. Lee Kim Jr.')).toBe(true);
	});
	it('returns false where the order cannot matter or is written', () => {
		expect(isOrderOpen('Kim')).toBe(false);
		expect(isOrderOpen('Kim, Lee')).toBe(false);
		expect(isOrderOpen('KIM Lee')).toBe(false);
		expect(isOrderOpen('Mr. Kim')).toBe(false);
	});

	it('decides on the first 20,000 values: a column of a million names stays cheap', () => {
		const given = Array.from({ length: 20_000 }, () => 'Anna Kowalski');
		const surname = Array.from({ length: 30_000 }, () => 'Kowalski Anna');
		expect(detectNameOrder([...given, ...surname])).toBe('givenFirst');
		expect(detectNameOrder([...surname, ...given])).toBe('surnameFirst');
	});
});
