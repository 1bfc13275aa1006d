import { findDuplicates, IntakeError, resolveDuplicates, scorePair } from '../../../index';

const verdict = (a: Record<string, unknown>, b: Record<string, unknown>, options = {}) => {
	const r = scorePair(a, b, options);
	return [r.verdict, r.rule];
};

// one household: the same landline, street, ZIP, city and state; different first names, emails and birthdays
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

describe('match rules (scorePair)', () => {
	describe('email', () => {
		it('makes two records with the same email and nothing else one person, although the evidence is under the threshold', () => {
			const r = scorePair({ email: 'Ann.Lee@Example.com' }, { email: 'ann.lee@example.com' });
			expect(r.score).toBe(0.7388);
			expect([r.verdict, r.rule]).toEqual(['duplicate', 'same email']);
		});

		it('keeps two people sharing a family mailbox apart, when their first names plainly disagree', () => {
			expect(
				verdict(
					{ firstName: 'John', lastName: 'Smith', email: 'smiths@home.net' },
					{ firstName: 'Jane', lastName: 'Smith', email: 'smiths@home.net' },
				),
			).toEqual(['unique', 'different first names, shared email']);
			// a nickname, an initial or a typo is no disagreement
			expect(
				verdict(
					{ firstName: 'Bob', email: 'b@x.com' },
					{ firstName: 'Robert', email: 'b@x.com' },
				)[0],
			).toBe('duplicate');
			expect(
				verdict({ firstName: 'J.', email: 'b@x.com' }, { firstName: 'John', email: 'b@x.com' })[0],
			).toBe('duplicate');
			expect(
				verdict({ firstName: 'Jon', email: 'b@x.com' }, { firstName: 'John', email: 'b@x.com' })[0],
			).toBe('duplicate');
		});
	});

	describe('phone', () => {
		it('makes the same phone one person when one side has no name, or the names agree', () => {
			const alone = scorePair({ phone: '(555) 123-4567' }, { phone: '555.123.4567' });
			expect([alone.score, alone.verdict, alone.rule]).toEqual([
				0.1502,
				'duplicate',
				'same phone, one side unnamed',
			]);
			expect(
				verdict(
					{ firstName: 'Bob', lastName: 'Lee', phone: '5551234567' },
					{ firstName: 'Robert', lastName: 'Lee', phone: '+1 555 123 4567' },
				),
			).toEqual(['duplicate', 'same phone and name']);
			expect(
				verdict(
					{ lastName: 'Lee', phone: '5551234567' },
					{ firstName: 'Robert', lastName: 'Lee', phone: '5551234567' },
				),
			).toEqual(['duplicate', 'same phone and name']);
		});

		it('never makes the same phone with other names one person: a switchboard or a landline is shared', () => {
			expect(
				verdict(
					{ firstName: 'Ann', lastName: 'Lee', phone: '555-000-1111' },
					{ firstName: 'Bo', lastName: 'Chan', phone: '555-000-1111' },
				),
			).toEqual(['unique', 'names disagree']);
			expect(
				verdict(
					{ firstName: 'Ann', lastName: 'Lee', phone: '555-000-1111' },
					{ firstName: 'Ann', lastName: 'Chan', phone: '555-000-1111' },
				),
			).toEqual(['unique', 'names disagree']);
		});
	});

	describe('similar names', () => {
		it('makes a similar name alone, or with only a shared city, a possible duplicate', () => {
			const alone = scorePair(
				{ firstName: 'Jane', lastName: 'Doe' },
				{ firstName: 'Jane', lastName: 'Doe' },
			);
			expect([alone.score, alone.verdict, alone.rule]).toEqual([
				0.381,
				'possible',
				'similar name only',
			]);
			expect(
				verdict(
					{ firstName: 'Jane', lastName: 'Doe', city: 'Austin' },
					{ firstName: 'Jane', lastName: 'Doe', city: 'Austin' },
				),
			).toEqual(['possible', 'similar name only']);
			expect(
				verdict({ firstName: 'Bob', lastName: 'Lee' }, { firstName: 'Robert', lastName: 'Lee' }),
			).toEqual(['possible', 'similar name only']);
		});

		it('makes a similar name one person with one more agreeing identifier', () => {
			expect(
				verdict(
					{ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1980-04-02' },
					{ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '04/02/1980' },
				),
			).toEqual(['duplicate', 'similar name and same date of birth']);
			expect(
				verdict(
					{ firstName: 'Jane', lastName: 'Doe', street: '9 Elm Street', zip: '60614' },
					{ firstName: 'Jane', lastName: 'Doe', street: '9 Elm St', zip: '60614' },
				),
			).toEqual(['duplicate', 'similar name and same address']);
			expect(
				verdict(
					{ firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com' },
					{ firstName: 'Jane', lastName: 'Doe', email: 'jane@deo.com' },
				),
			).toEqual(['duplicate', 'similar name and same email']);
		});

		it('makes a similar name with an agreeing identifier only a possible duplicate when the rest disagrees', () => {
			const a = {
				firstName: 'Jane',
				lastName: 'Doe',
				street: '9 Elm St',
				city: 'Chicago',
				dateOfBirth: '1980-04-02',
				email: 'jane@doe.com',
				phone: '312-555-0101',
			};
			const b = {
				firstName: 'Jane',
				lastName: 'Doe',
				street: '9 Elm St',
				city: 'Evanston',
				dateOfBirth: '1955-11-30',
				email: 'jd@work.org',
				phone: '312-555-0199',
			};
			expect(verdict(a, b)).toEqual([
				'possible',
				'similar name and same address, but the other fields disagree',
			]);
		});

		it('leaves a similar name with other evidence against it unique', () => {
			expect(
				verdict(
					{ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1980-04-02' },
					{ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1955-11-30' },
				),
			).toEqual(['unique', 'no rule matched']);
		});
	});

	describe('households, twins, generations and offices are never one person', () => {
		it('keeps John and Jane Smith apart although they share a landline and an address', () => {
			const r = scorePair(john, jane);
			expect(r.score).toBe(0.9917);
			expect([r.verdict, r.rule]).toEqual([
				'unique',
				'different people: different first names and dates of birth',
			]);
			const found = findDuplicates([john, jane]);
			expect([found.pairs, found.possiblePairs, found.clusters]).toEqual([[], [], []]);
			for (const policy of ['merge', 'update', 'skip', 'createNew'] as const) {
				const resolved = resolveDuplicates([john, jane], found, { policy });
				expect(resolved.records.map((x) => x.record)).toEqual([john, jane]);
			}
		});

		it('keeps twins apart: the same everything but the first name and the email', () => {
			const twin = { ...john, firstName: 'James', email: 'james@smithfamily.net' };
			expect(verdict(john, twin)).toEqual([
				'unique',
				'different people: different first names and emails',
			]);
		});

		it('keeps a father and a son apart who differ only by Jr and Sr, wherever the suffix is written', () => {
			const { firstName, lastName, ...rest } = john;
			expect(verdict({ ...john, suffix: 'Sr.' }, { ...john, suffix: 'Jr.' })).toEqual([
				'unique',
				'different people: Sr and Jr',
			]);
			expect(
				verdict({ ...john, lastName: 'Smith Jr' }, { ...john, lastName: 'Smith, Sr.' }),
			).toEqual(['unique', 'different people: Jr and Sr']);
			expect(
				verdict(
					{ ...rest, fullName: `${firstName} ${lastName} Jr.` },
					{ ...rest, fullName: `${firstName} ${lastName} III` },
				),
			).toEqual(['unique', 'different people: Jr and III']);
			// a suffix on one side only may be a father and a son, or one man written twice: a person decides; "Smith Jr" still reads as Smith
			expect(verdict({ ...john, lastName: 'Smith Jr.' }, john)).toEqual([
				'possible',
				'same email, but only one says Jr',
			]);
			expect(
				verdict(
					{ ...rest, firstName, lastName, suffix: 'III' },
					{ ...rest, email: 'jsmith@work.com', firstName, lastName },
				),
			).toEqual(['possible', 'same phone and name, but only one says III']);
			// a record naming two generations (its surname says Jr, its full name III) conflicts with neither, and still names one
			const both = { phone: '(555) 123-4567', lastName: 'Smith Jr.', fullName: 'Dr. Jane Doe III' };
			expect(verdict(both, { phone: '555-123-4567' })).toEqual([
				'possible',
				'same phone, one side unnamed, but only one names a generation',
			]);
			expect(verdict({ ...both, suffix: 'Jr.' }, { phone: '555-123-4567', suffix: 'Jr.' })).toEqual(
				['duplicate', 'same phone, one side unnamed'],
			);
			expect(scorePair({ lastName: 'Smith Jr.' }, { lastName: 'Smith' }).reasons).toEqual([
				{ field: 'lastName', score: 1, detail: 'identical' },
			]);
		});

		it('finds no duplicate, possible or not, among 20 people sharing an office switchboard and address', () => {
			const first = [
				'Ann',
				'Ben',
				'Cara',
				'Dev',
				'Eli',
				'Fay',
				'Gus',
				'Hana',
				'Ivan',
				'Jo',
				'Kim',
				'Luis',
				'Mei',
				'Ned',
				'Omar',
				'Pia',
				'Quinn',
				'Raj',
				'Sue',
				'Tom',
			];
			const last = [
				'Adams',
				'Baker',
				'Clark',
				'Diaz',
				'Evans',
				'Ford',
				'Gray',
				'Hill',
				'Ito',
				'Jones',
				'Khan',
				'Lopez',
				'Moss',
				'Nash',
				'Ortiz',
				'Park',
				'Quon',
				'Rossi',
				'Stone',
				'Tran',
			];
			const office = {
				phone: '(312) 555-0100',
				street: '200 W Madison St',
				unit: 'Suite 3000',
				city: 'Chicago',
				state: 'IL',
				zip: '60606',
			};
			const staff = first.map((f, i) => ({
				...office,
				firstName: f,
				lastName: last[i],
				email: `${f.toLowerCase()}@firm.com`,
			}));
			// the same office without emails, and with two partners who share a surname
			const bare = first.map((f, i) => ({
				...office,
				firstName: f,
				lastName: i < 2 ? 'Smith' : last[i],
			}));
			for (const people of [staff, bare]) {
				const found = findDuplicates(people);
				expect([found.pairs, found.possiblePairs, found.clusters]).toEqual([[], [], []]);
				expect(resolveDuplicates(people, found).records).toHaveLength(20);
			}
		});
	});

	describe('options', () => {
		it('lets the user pick the criteria: a left-out criterion neither decides nor confirms', () => {
			const a = { firstName: 'Jane', lastName: 'Doe', email: 'jane@doe.com' };
			expect(verdict(a, { ...a }, { matchOn: ['name', 'dateOfBirth'] })).toEqual([
				'possible',
				'similar name only',
			]);
			expect(
				verdict({ email: 'x@y.com' }, { email: 'x@y.com' }, { matchOn: ['phone', 'name'] })[0],
			).toBe('unique');
			expect(
				verdict({ phone: '5551234567' }, { phone: '5551234567' }, { matchOn: ['email'] })[0],
			).toBe('unique');
			expect(
				verdict(
					{ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1980-04-02' },
					{ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1980-04-02' },
					{ matchOn: ['name', 'address'] },
				)[0],
			).toBe('possible');
		});

		it('throws a typed error for criteria that cannot tell people apart, or a review threshold above the threshold', () => {
			expect(() => scorePair({}, {}, { matchOn: ['address'] })).toThrow(IntakeError);
			expect(() => scorePair({}, {}, { matchOn: ['dateOfBirth'] })).toThrow(
				expect.objectContaining({
					code: 'DEDUPE_INVALID_OPTION',
					message: expect.stringContaining('matchOn'),
				}),
			);
			expect(() => scorePair({}, {}, { matchOn: ['ssn' as never] })).toThrow(
				expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
			);
			expect(() => scorePair({}, {}, { threshold: 0.5, reviewThreshold: 0.6 })).toThrow(
				expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
			);
			expect(
				verdict(
					{ email: 'x@y.com' },
					{ email: 'x@y.com' },
					{ matchOn: ['dateOfBirth', 'address'] },
				)[0],
			).toBe('unique');
		});
	});
});
