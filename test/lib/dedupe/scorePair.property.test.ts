import fc from 'fast-check';
import { scorePair } from '../../../index';

/** Values people write, several alike on purpose (nicknames, typos, formats), so that pairs agree, half agree and disagree. */
const VALUES: Record<string, string[]> = {
	firstName: ['John', 'Jon', 'Jane', 'Robert', 'Bob', 'J.', 'Dr. Sam', 'Sam', 'Maria', 'Smith'],
	lastName: [
		'Smith',
		'Smyth',
		'Lee',
		'Garcia',
		'García-López',
		'Smith Jr.',
		'John',
		'van der Berg',
		'Vanderberg',
	],
	fullName: ['John Smith', 'Smith, John', 'Robert Lee Sr.', 'Maria Garcia', 'Dr. Jane Doe III'],
	suffix: ['Jr.', 'Sr.', 'III', 'Esq.'],
	email: [
		'john@x.com',
		'JOHN@x.com',
		'jon@x.com',
		'john@y.org',
		'j.o.h.n+tag@gmail.com',
		'john@gmail.com',
		'not-an-email',
	],
	email2: ['john@x.com', 'maria@z.net'],
	phone: [
		'(555) 123-4567',
		'555.123.4567',
		'+1 555 123 4567',
		'212-123-4567',
		'555-000-1111',
		'12',
	],
	mobilePhone: ['555-123-4567', '917-555-0199'],
	street: ['12 Main St', '12 Main Street', '14 Main St', '12 Oak Ave', 'Main St', '12'],
	unit: ['Apt 4', 'Apt 4B', 'Suite 300'],
	city: ['Austin', 'Austn', 'Dallas', 'New York'],
	state: ['TX', 'Texas', 'NY', 'constructor'],
	zip: ['78701', '78710', '10001', '78701-1234'],
	dateOfBirth: ['1985-03-07', '03/07/1985', '1985-07-03', '1985-03-08', '1970-01-01', 'not a date'],
};
const FIELDS = Object.keys(VALUES);

const recordArb = fc
	.dictionary(fc.constantFrom(...FIELDS), fc.nat(), { maxKeys: 7 })
	.map((picks) => {
		const r: Record<string, string> = {};
		for (const [f, n] of Object.entries(picks)) r[f] = VALUES[f][n % VALUES[f].length];
		return r;
	});

const RANK = { unique: 0, possible: 1, duplicate: 2 } as const;

describe('scorePair (property)', () => {
	it('never lowers the score, nor the verdict, when a field on which both records agree is added', () => {
		fc.assert(
			fc.property(recordArb, recordArb, fc.constantFrom(...FIELDS), fc.nat(), (a, b, field, n) => {
				fc.pre(!(field in a) && !(field in b));
				// a full name stands in for the name parts only where a record has none (Map Columns splits it away)
				fc.pre(field !== 'fullName' || ![a, b].some((r) => 'firstName' in r || 'lastName' in r));
				const value = VALUES[field][n % VALUES[field].length];
				const before = scorePair(a, b);
				const after = scorePair({ ...a, [field]: value }, { ...b, [field]: value });
				expect(after.score).toBeGreaterThanOrEqual(before.score);
				expect(RANK[after.verdict]).toBeGreaterThanOrEqual(RANK[before.verdict]);
			}),
			{ numRuns: 3000 },
		);
	});

	it('never raises the score when a field on which the records disagree is added', () => {
		fc.assert(
			fc.property(
				recordArb,
				recordArb,
				fc.constantFrom(...FIELDS),
				fc.nat(),
				fc.nat(),
				(a, b, field, n, m) => {
					fc.pre(!(field in a) && !(field in b));
					const [x, y] = [
						VALUES[field][n % VALUES[field].length],
						VALUES[field][m % VALUES[field].length],
					];
					const after = scorePair({ ...a, [field]: x }, { ...b, [field]: y });
					// a disagreement is what the scorer calls one: the field (or the name it fills in) compares at 0
					const compared = after.reasons.filter(
						(r) =>
							r.field === field ||
							(field === 'fullName' && (r.field === 'firstName' || r.field === 'lastName')) ||
							(field === 'mobilePhone' && r.field === 'phone') ||
							(field === 'email2' && r.field === 'email'),
					);
					fc.pre(compared.length > 0 && compared.every((r) => r.score === 0));
					expect(after.score).toBeLessThanOrEqual(scorePair(a, b).score);
				},
			),
			{ numRuns: 3000 },
		);
	});
});
