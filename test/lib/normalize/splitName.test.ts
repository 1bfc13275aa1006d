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
				first: 'Juan Carlos',
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

	describe('single words', () => {
		it('returns a single word as a first name, or as a surname after a title or when it is far likelier one', () => {
			expect(splitName('Cher')).toEqual({ first: 'Cher' });
			expect(splitName('Mr. Hearst')).toEqual({ title: 'Mr.', last: 'Hearst' });
			expect(splitName('SMITH')).toEqual({ last: 'Smith' });
			expect(splitName('Garcia')).toEqual({ last: 'Garcia' });
			expect(splitName('Ashley')).toEqual({ first: 'Ashley' });
		});
		it('returns a title alone as a title', () => {
			expect(splitName('Dr.')).toEqual({ title: 'Dr.' });
			expect(splitName('Dr. & Mrs.')).toEqual({ title: 'Dr. & Mrs.' });
			expect(splitName('Judge')).toEqual({ first: 'Judge' });
		});
	});

	describe('never empty', () => {
		it('returns undefined only for blank input or a non-string', () => {
			for (const input of ['', '   ', '\t\n']) expect(splitName(input)).toBeUndefined();
			expect(splitName(undefined as unknown as string)).toBeUndefined();
			expect(splitName(42 as unknown as string)).toBeUndefined();
		});
		it("returns text that is not a person's name whole as unparsed", () => {
			for (const input of [
				'12345',
				'!!!',
				'...',
				'😀',
				'jane@example.com',
				'a;b c;d',
				'&',
				'Acme LLC',
				'Smith Family Trust',
				'Acme, Inc.',
				'Bank of America',
			])
				expect(splitName(input)).toEqual({ unparsed: input });
			expect(splitName('x'.repeat(300))).toEqual({ unparsed: 'x'.repeat(300) });
		});
		it('returns the words beside a name that fit no part as unparsed', () => {
			expect(splitName('John 😀 Smith')).toEqual({ first: 'John', last: 'Smith', unparsed: '😀' });
			expect(splitName('bill 7 bev campion')).toEqual({
				first: 'Bill',
				middle: 'Bev',
				last: 'Campion',
				unparsed: '7',
			});
			expect(splitName('John Smith & Jane Doe')).toEqual({
				first: 'John',
				last: 'Smith',
				unparsed: '& Jane Doe',
			});
		});
		it('returns initials only as first and last', () => {
			expect(splitName('J. R.')).toEqual({ first: 'J.', last: 'R.' });
		});
		it('returns a nickname alone as a nickname', () => {
			expect(splitName('"Bob"')).toEqual({ nickname: 'Bob' });
		});
		it('never returns an empty object for text with something in it', () => {
			for (const input of [',', ', Jr.', '- -', "' '", '()', '""', 'and', 'Mr', '(a)', '1 2 3'])
				expect(Object.keys(splitName(input) ?? {}).length).toBeGreaterThan(0);
		});
	});

	describe('couples', () => {
		it('joins the given names of a couple who share a surname', () => {
			expect(splitName('John & Jane Smith')).toEqual({ first: 'John & Jane', last: 'Smith' });
			expect(splitName('Ernest and Cheryl Varney')).toEqual({
				first: 'Ernest & Cheryl',
				last: 'Varney',
			});
			expect(splitName('Smith, John & Jane')).toEqual({ first: 'John & Jane', last: 'Smith' });
			expect(splitName('Kowalski Jan & Anna', { order: 'surnameFirst' })).toEqual({
				first: 'Jan & Anna',
				last: 'Kowalski',
			});
		});
	});

	describe('surname first', () => {
		it('reads the first word as the surname with order surnameFirst', () => {
			expect(splitName('Kowalski Anna', { order: 'surnameFirst' })).toEqual({
				first: 'Anna',
				last: 'Kowalski',
			});
			expect(splitName('Kowalski Jan Piotr', { order: 'surnameFirst' })).toEqual({
				first: 'Jan',
				middle: 'Piotr',
				last: 'Kowalski',
			});
			expect(splitName('van der Berg Jan', { order: 'surnameFirst' })).toEqual({
				first: 'Jan',
				last: 'van der Berg',
			});
			expect(splitName('Nguyen Van An', { order: 'surnameFirst' })).toEqual({
				first: 'An',
				middle: 'Van',
				last: 'Nguyen',
			});
		});
		it("keeps today's reading for default calls", () => {
			expect(splitName('Kowalski Anna')).toEqual({ first: 'Kowalski', last: 'Anna' });
			expect(splitName('Anna Kowalski', { order: 'givenFirst' })).toEqual({
				first: 'Anna',
				last: 'Kowalski',
			});
		});
		// the capitals mark the surname (a convention of such lists), they are not its spelling
		it('reads a comma and a surname in capitals whatever the order, the surname in proper case', () => {
			expect(splitName('Kowalski, Anna', { order: 'surnameFirst' })).toEqual({
				first: 'Anna',
				last: 'Kowalski',
			});
			expect(splitName('NOWAK Jan Piotr')).toEqual({
				first: 'Jan',
				middle: 'Piotr',
				last: 'Nowak',
			});
			expect(splitName('GARCÍA LÓPEZ María')).toEqual({ first: 'María', last: 'García López' });
			expect(splitName('Jan NOWAK', { order: 'surnameFirst' })).toEqual({
				first: 'Jan',
				last: 'Nowak',
			});
			expect(splitName('LI Wei')).toEqual({ first: 'Wei', last: 'Li' });
		});
		it('reads a surname in capitals before a comma as the convention too', () => {
			expect(splitName('GARCÍA, María')).toEqual({ first: 'María', last: 'García' });
			expect(splitName('DE LA CRUZ, Juan')).toEqual({ first: 'Juan', last: 'de la Cruz' });
			expect(splitName('WILLIAMS JR., David')).toEqual({
				first: 'David',
				last: 'Williams',
				suffix: 'Jr.',
			});
			// a spelling with capitals inside is the name's own, and capitals on both sides are one case
			expect(splitName('McDONALD, Ronald')).toEqual({ first: 'Ronald', last: 'McDONALD' });
			expect(splitName('SMITH, JOHN')).toEqual({ first: 'John', last: 'Smith' });
		});
		it('does not read two-letter initials in capitals as a surname', () => {
			expect(splitName('JD Salinger')).toEqual({ first: 'JD', last: 'Salinger' });
		});
		it('throws NAME_INVALID_OPTION for an unknown order', () => {
			expect(() => splitName('A B', { order: 'lastFirst' as 'givenFirst' })).toThrow(
				'Invalid option `order`: expected "givenFirst" or "surnameFirst", got "lastFirst"',
			);
		});
	});

	describe('compound given names', () => {
		it('keeps a listed compound given name together', () => {
			expect(splitName('Mary Ann Smith')).toEqual({ first: 'Mary Ann', last: 'Smith' });
			expect(splitName('De Andre Jones')).toEqual({ first: 'De Andre', last: 'Jones' });
			expect(splitName('Jean Pierre Dubois')).toEqual({ first: 'Jean Pierre', last: 'Dubois' });
			expect(splitName('María del Carmen López')).toEqual({
				first: 'María del Carmen',
				last: 'López',
			});
			expect(splitName('Kowalska Anna Maria', { order: 'surnameFirst' })).toEqual({
				first: 'Anna Maria',
				last: 'Kowalska',
			});
		});
		it('keeps a first and a middle name apart when no list says otherwise', () => {
			expect(splitName('John Michael Smith')).toEqual({
				first: 'John',
				middle: 'Michael',
				last: 'Smith',
			});
			expect(splitName('Anna Lena Schmidt')).toEqual({
				first: 'Anna',
				middle: 'Lena',
				last: 'Schmidt',
			});
		});
		it('keeps the compound given names the caller passes together', () => {
			expect(
				splitName('Anna Lena Schmidt', { compoundGivenNames: new Set(['anna lena']) }),
			).toEqual({ first: 'Anna Lena', last: 'Schmidt' });
		});
	});

	describe('nicknames', () => {
		it('takes nicknames in every kind of quote or bracket', () => {
			const bob = { first: 'Robert', last: 'Smith', nickname: 'Bob' };
			for (const input of [
				'Robert "Bob" Smith',
				"Robert ''Bob'' Smith",
				'Robert (Bob) Smith',
				'Robert [Bob] Smith',
				"Robert 'Bob' Smith",
				'Robert \u201cBob\u201d Smith',
				'Robert \u2018Bob\u2019 Smith',
				'Robert \u201eBob\u201c Smith',
				'Robert \u00abBob\u00bb Smith',
			])
				expect(splitName(input)).toEqual(bob);
			expect(splitName("Katherine ''Kate'' Lee")).toEqual({
				first: 'Katherine',
				last: 'Lee',
				nickname: 'Kate',
			});
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
