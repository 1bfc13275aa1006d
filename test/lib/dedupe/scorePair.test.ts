import { IntakeError, scorePair, summarizeReasons, type DedupeReason } from '../../../index';

const reason = (reasons: DedupeReason[], field: string) => reasons.find((r) => r.field === field);

describe('scorePair', () => {
	it('explains a match in words: "email identical; …; first name 0.90 (Jon ≈ John, nickname)"', () => {
		const r = scorePair(
			{ firstName: 'Jon', lastName: 'Smith', email: 'JON@x.com', phone: '555-123-4567' },
			{ firstName: 'John', lastName: 'Smith', email: 'jon@x.com', phone: '212-999-0000' },
		);
		expect(r.score).toBeGreaterThan(0.99);
		expect(r.reasons).toEqual([
			{ field: 'email', score: 1, detail: 'identical' },
			{ field: 'lastName', score: 1, detail: 'identical' },
			{ field: 'firstName', score: 0.9, detail: '0.90 (Jon ≈ John, nickname)' },
			{ field: 'phone', score: 0, detail: 'differs' },
		]);
		expect(summarizeReasons(r.reasons)).toBe(
			'email identical; last name identical; first name 0.90 (Jon ≈ John, nickname); phone differs',
		);
	});

	it('ignores case, Gmail dots and plus tags in emails (the last can be turned off)', () => {
		const a = { email: 'Jane.Doe+news@gmail.com' };
		const b = { email: 'janedoe@googlemail.com' };
		expect(reason(scorePair(a, b).reasons, 'email')?.score).toBe(1);
		expect(reason(scorePair(a, b, { gmailNormalize: false }).reasons, 'email')?.score).toBe(0);
		expect(
			reason(
				scorePair(
					{ email: 'jane.doe@gmail.com' },
					{ email: 'janedoe@gmail.com' },
					{ gmailNormalize: false },
				).reasons,
				'email',
			)?.score,
		).toBe(0.7);
		expect(
			reason(scorePair({ email: 'jane@work.com' }, { email: 'jane@home.org' }).reasons, 'email')
				?.detail,
		).toBe('0.40 (jane@work.com vs jane@home.org, same name at another domain)');
		expect(
			reason(
				scorePair({ email: 'jane@exmaple.com' }, { email: 'jane@example.com' }).reasons,
				'email',
			)?.detail,
		).toBe('0.70 (jane@exmaple.com vs jane@example.com, one typo)');
	});

	it('compares phones as E.164 however they are written, and the last 7 digits for less', () => {
		for (const written of [
			'(555) 123-4567',
			'555.123.4567',
			'+1 555 123 4567',
			'15551234567',
			'555-123-4567',
		]) {
			expect(
				reason(scorePair({ phone: '5551234567' }, { mobilePhone: written }).reasons, 'phone'),
			).toEqual({ field: 'phone', score: 1, detail: 'identical' });
		}
		expect(
			reason(scorePair({ phone: '555-123-4567' }, { phone: '212-123-4567' }).reasons, 'phone'),
		).toEqual({ field: 'phone', score: 0.6, detail: '0.60 (last 7 digits match)' });
	});

	it('knows initials, nicknames, swapped names and double surnames', () => {
		expect(
			reason(
				scorePair({ firstName: 'J.', lastName: 'Smith' }, { firstName: 'John', lastName: 'Smith' })
					.reasons,
				'firstName',
			)?.detail,
		).toBe('0.70 (J. ≈ John, initial)');
		expect(
			reason(scorePair({ firstName: 'Bill' }, { firstName: 'William' }).reasons, 'firstName')
				?.detail,
		).toBe('0.90 (Bill ≈ William, nickname)');
		expect(
			reason(scorePair({ firstName: 'Liz' }, { firstName: 'Elizabeth' }).reasons, 'firstName')
				?.score,
		).toBe(0.9);
		const swapped = scorePair(
			{ firstName: 'Smith', lastName: 'John' },
			{ firstName: 'John', lastName: 'Smith' },
		);
		expect(swapped.reasons.map((r) => r.detail)).toEqual([
			'0.95 (first and last names swapped)',
			'0.95 (first and last names swapped)',
		]);
		expect(
			reason(scorePair({ lastName: 'García-López' }, { lastName: 'Garcia' }).reasons, 'lastName')
				?.detail,
		).toBe('0.85 (Garcia Lopez ≈ Garcia, double surname)');
		expect(
			reason(
				scorePair({ lastName: 'Van der Berg' }, { lastName: 'Vanderberg' }).reasons,
				'lastName',
			)?.score,
		).toBe(1);
		expect(
			reason(scorePair({ firstName: 'Dr. Sam' }, { firstName: 'Sam' }).reasons, 'firstName')?.score,
		).toBe(1);
		expect(
			reason(
				scorePair({ fullName: 'Lee, Robert' }, { firstName: 'Bob', lastName: 'Lee' }).reasons,
				'firstName',
			)?.score,
		).toBe(0.9);
	});

	it('compares the street by number and name whatever the street type is written as', () => {
		expect(
			reason(scorePair({ street: '12 Main St.' }, { street: '12 Main Street' }).reasons, 'street')
				?.score,
		).toBe(1);
		expect(
			reason(scorePair({ street: '12 Main St' }, { street: '14 Main St' }).reasons, 'street'),
		).toEqual({ field: 'street', score: 0.3, detail: '0.30 (different house number)' });
		expect(reason(scorePair({ zip: '60614' }, { zip: '60641' }).reasons, 'zip')?.score).toBe(0.5);
		expect(reason(scorePair({ state: 'Illinois' }, { state: 'IL' }).reasons, 'state')?.score).toBe(
			1,
		);
	});

	it('forgives a date of birth with day and month transposed, and one wrong digit for less', () => {
		expect(
			reason(
				scorePair({ dateOfBirth: '1985-03-07' }, { dateOfBirth: '1985-07-03' }).reasons,
				'dateOfBirth',
			)?.detail,
		).toBe('0.80 (day and month transposed)');
		expect(
			reason(
				scorePair({ dateOfBirth: '1985-03-07' }, { dateOfBirth: '03/07/1985' }).reasons,
				'dateOfBirth',
			)?.score,
		).toBe(1);
		expect(
			reason(
				scorePair({ dateOfBirth: '19850307' }, { dateOfBirth: '19850308' }).reasons,
				'dateOfBirth',
			)?.score,
		).toBe(0.5);
	});

	it('lets absent or empty fields neither add nor subtract', () => {
		const a = { firstName: 'Ann', lastName: 'Lee', email: 'ann@x.com' };
		const b = { firstName: 'Ann', lastName: 'Lee', email: 'ann@x.com' };
		const base = scorePair(a, b).score;
		expect(
			scorePair(
				{ ...a, phone: '', city: '  ', zip: null },
				{ ...b, phone: '555-123-4567', city: 'Austin' },
			).score,
		).toBe(base);
		expect(scorePair({}, {}).reasons).toEqual([]);
	});

	it('scores the same two people the same whichever comes first', () => {
		const a = {
			firstName: 'Bob',
			lastName: 'Lee',
			phone: '(555) 123-4567',
			dateOfBirth: '1970-01-02',
		};
		const b = {
			firstName: 'Robert',
			lastName: 'Lee',
			phone: '555.123.4567',
			dateOfBirth: '1970-02-01',
		};
		expect(scorePair(a, b).score).toBe(scorePair(b, a).score);
	});

	it('weights are configurable, and a weight of 0 leaves a field out', () => {
		const a = { lastName: 'Lee', city: 'Austin' };
		const b = { lastName: 'Lee', city: 'Dallas' };
		expect(scorePair(a, b, { weights: { city: 0 } }).score).toBeGreaterThan(scorePair(a, b).score);
		expect(scorePair(a, b, { fields: ['lastName'] }).reasons.map((r) => r.field)).toEqual([
			'lastName',
		]);
	});

	it('never throws on hostile records, and throws a typed error for bad options', () => {
		const hostile = JSON.parse(
			'{"__proto__": {"x": 1}, "firstName": {"toString": 1}, "email": 42}',
		);
		expect(() => scorePair(hostile, null as never)).not.toThrow();
		expect(
			scorePair(
				{ state: 'constructor', lastName: '__proto__' },
				{ state: 'toString', lastName: '__proto__' },
			).reasons,
		).toEqual([
			{ field: 'lastName', score: 1, detail: 'identical' },
			{ field: 'state', score: 0, detail: 'differs (CONSTRUCTOR vs TOSTRING)' },
		]);
		expect(() => scorePair({}, {}, { threshold: 2 })).toThrow(IntakeError);
		expect(() => scorePair({}, {}, { fields: ['ssn' as never] })).toThrow(
			expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
		);
		expect(() => scorePair({}, {}, { weights: { email: -1 } })).toThrow(
			expect.objectContaining({ code: 'DEDUPE_INVALID_OPTION' }),
		);
	});
});
