import { splitName } from '../../../lib/normalize/splitName';
import { loadNameSets, NAME_KEYS, partsMatch, describeCorpus } from '../../helpers/corpus';

describe('splitName', () => {
	describe('order', () => {
		it('returns first and last for "First Last" and "Last, First"', () => {
			expect(splitName('Jane Doe')).toEqual({ first: 'Jane', last: 'Doe' });
			expect(splitName('Doe, Jane')).toEqual({ first: 'Jane', last: 'Doe' });
			expect(splitName('Doe, Jane Q.')).toEqual({ first: 'Jane', middle: 'Q.', last: 'Doe' });
		});
		it('reads voter-file order when a lone initial ends the name', () => {
			expect(splitName('Macaluso David P')).toEqual({
				first: 'David',
				middle: 'P',
				last: 'Macaluso',
			});
		});
	});

	describe('titles, suffixes and nicknames', () => {
		it('returns every part of "Dr. Jane Q. Doe-Smith Jr."', () => {
			expect(splitName('Dr. Jane Q. Doe-Smith Jr.')).toEqual({
				title: 'Dr.',
				first: 'Jane',
				middle: 'Q.',
				last: 'Doe-Smith',
				suffix: 'Jr.',
			});
		});
		it('keeps nicknames in quotes or parentheses', () => {
			expect(splitName("Robert 'Bob' Smith")).toEqual({
				first: 'Robert',
				last: 'Smith',
				nickname: 'Bob',
			});
			expect(splitName('Robert (Bob) Smith')).toEqual({
				first: 'Robert',
				last: 'Smith',
				nickname: 'Bob',
			});
			expect(splitName('Robert “Bob” Smith')).toEqual({
				first: 'Robert',
				last: 'Smith',
				nickname: 'Bob',
			});
		});
		it('returns suffixes III, Esq., MD and PhD', () => {
			expect(splitName('John Smith III')).toEqual({ first: 'John', last: 'Smith', suffix: 'III' });
			expect(splitName('Jane Doe, Esq.')).toEqual({ first: 'Jane', last: 'Doe', suffix: 'Esq.' });
			expect(splitName('John Smith MD')).toEqual({ first: 'John', last: 'Smith', suffix: 'MD' });
			expect(splitName('Jane Doe PhD')).toEqual({ first: 'Jane', last: 'Doe', suffix: 'PhD' });
			expect(splitName('John P. Doe-Ray, Jr., CLU, CFP')).toEqual({
				first: 'John',
				middle: 'P.',
				last: 'Doe-Ray',
				suffix: 'Jr., CLU, CFP',
			});
		});
		it('returns titles Hon., Rev. and "Mr. and Mrs."', () => {
			expect(splitName('Hon. John Roberts')).toEqual({
				title: 'Hon.',
				first: 'John',
				last: 'Roberts',
			});
			expect(splitName('Rev. Martin Luther King Jr.')).toEqual({
				title: 'Rev.',
				first: 'Martin',
				middle: 'Luther',
				last: 'King',
				suffix: 'Jr.',
			});
			expect(splitName('Mr. and Mrs. John Smith')).toEqual({
				title: 'Mr. and Mrs.',
				first: 'John',
				last: 'Smith',
			});
		});
		it('keeps a short surname that is also a suffix when nothing else could be the surname', () => {
			expect(splitName('Hung Do')).toEqual({ first: 'Hung', last: 'Do' });
			expect(splitName('John Smith DO')).toEqual({ first: 'John', last: 'Smith', suffix: 'DO' });
		});
	});

	describe('particles', () => {
		it('keeps particles with the surname', () => {
			expect(splitName('Ludwig van Beethoven')).toEqual({ first: 'Ludwig', last: 'van Beethoven' });
			expect(splitName('Maria de la Cruz')).toEqual({ first: 'Maria', last: 'de la Cruz' });
			expect(splitName('Juan Carlos de los Santos')).toEqual({
				first: 'Juan',
				middle: 'Carlos',
				last: 'de los Santos',
			});
			expect(splitName('Jüan Martinez de Lorenzo y Gutierez')).toEqual({
				first: 'Jüan',
				middle: 'Martinez',
				last: 'de Lorenzo y Gutierez',
			});
		});
		it('reads a lone "Y." as an initial, not a particle', () => {
			expect(splitName('Ben Y. Zhao')).toEqual({ first: 'Ben', middle: 'Y.', last: 'Zhao' });
		});
	});

	describe('case', () => {
		it('restores proper case only when the input was wholly one case', () => {
			expect(splitName("SEAN O'BRIEN")).toEqual({ first: 'Sean', last: "O'Brien" });
			expect(splitName('ronald mcdonald')).toEqual({ first: 'Ronald', last: 'McDonald' });
			expect(splitName('DOUGLAS MACARTHUR')).toEqual({ first: 'Douglas', last: 'MacArthur' });
			expect(splitName('DE LA CRUZ, MARIA')).toEqual({ first: 'Maria', last: 'de la Cruz' });
			expect(splitName('DR. JANE DOE PHD')).toEqual({
				title: 'Dr.',
				first: 'Jane',
				last: 'Doe',
				suffix: 'PhD',
			});
			expect(splitName('Sean OBrien-MACK')).toEqual({ first: 'Sean', last: 'OBrien-MACK' });
		});
	});

	describe('single words and garbage', () => {
		it('returns a single word as a first name, or as a surname after a title', () => {
			expect(splitName('Cher')).toEqual({ first: 'Cher' });
			expect(splitName('Mr. Hearst')).toEqual({ title: 'Mr.', last: 'Hearst' });
		});
		it('returns undefined for empty or garbage input', () => {
			for (const input of [
				'',
				'   ',
				'12345',
				'!!!',
				'jane@example.com',
				'x'.repeat(300),
				'a;b c;d',
			]) {
				expect(splitName(input)).toBeUndefined();
			}
			expect(splitName(undefined as unknown as string)).toBeUndefined();
			expect(splitName(42 as unknown as string)).toBeUndefined();
		});
	});

	describeCorpus('corpora', () => {
		// floors sit just under the figures npm run bench:quality prints
		const floors: Record<string, number> = {
			probablepeople_dev: 0.98,
			'parse-full-name': 0.97,
			humanparser: 1,
		};
		for (const set of loadNameSets()) {
			it(`gets at least ${floors[set.name] * 100}% of ${set.name} exactly right`, () => {
				const right = set.cases.filter((c) =>
					partsMatch(c.expected, splitName(c.input) as Record<string, string>, NAME_KEYS),
				).length;
				expect(right / set.cases.length).toBeGreaterThanOrEqual(floors[set.name]);
			});
		}
	});
});
