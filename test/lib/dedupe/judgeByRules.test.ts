import { judgeByRules } from '../../../lib/dedupe/judgeByRules';
import { DEFAULT_DEDUPE_OPTIONS, resolveDedupeOptions } from '../../../lib/dedupe/options';
import { createInterner, prepareRecord } from '../../../lib/dedupe/prepareRecord';

const intern = createInterner();
const judge = (
	a: Record<string, unknown>,
	b: Record<string, unknown>,
	options = DEFAULT_DEDUPE_OPTIONS,
) => judgeByRules(prepareRecord(a, options, intern), prepareRecord(b, options, intern), options);

const ann = { firstName: 'Ann', lastName: 'Smith', email: 'ann@example.com' };

describe('judgeByRules', () => {
	describe('the rules that need no evidence score', () => {
		it('returns the documented example: the same email is a duplicate', () => {
			expect(judge(ann, { ...ann })).toEqual({ verdict: 'duplicate', rule: 'same email' });
		});

		it('tells two generations apart before anything else', () => {
			expect(judge({ ...ann, lastName: 'Smith Jr.' }, { ...ann, lastName: 'Smith Sr.' })).toEqual({
				verdict: 'unique',
				rule: 'different people: Jr and Sr',
			});
		});

		it('finds a household: different first names and dates of birth', () => {
			expect(
				judge(
					{ firstName: 'John', lastName: 'Smith', dateOfBirth: '1970-03-02' },
					{ firstName: 'Mary', lastName: 'Smith', dateOfBirth: '1972-08-19' },
				).rule,
			).toBe('different people: different first names and dates of birth');
		});

		it('finds a family mailbox: a shared email under other first names', () => {
			expect(
				judge(
					{ firstName: 'John', lastName: 'Smith', email: 'smiths@example.com' },
					{ firstName: 'Mary', lastName: 'Smith', email: 'smiths@example.com' },
				).rule,
			).toBe('different first names, shared email');
		});

		it('takes the same phone with a similar name, or with one side unnamed', () => {
			const phone = '(512) 555-0100';
			expect(judge({ ...ann, email: '', phone }, { ...ann, email: '', phone }).rule).toBe(
				'same phone and name',
			);
			expect(judge({ ...ann, email: '', phone }, { phone }).rule).toBe(
				'same phone, one side unnamed',
			);
		});

		it('skips a rule whose criterion is off', () => {
			const options = resolveDedupeOptions({
				matchOn: ['phone', 'name', 'address', 'dateOfBirth'],
			});
			expect(judge(ann, { ...ann }, options)).toMatchObject({
				verdict: 'possible',
				rule: 'similar name only',
			});
		});
	});

	describe('the rules that weigh the evidence', () => {
		it('takes a similar name and the same date of birth, with the score', () => {
			const judged = judge(
				{ firstName: 'Robert', lastName: 'Lee', dateOfBirth: '1980-02-03', city: 'Austin' },
				{ firstName: 'Bob', lastName: 'Lee', dateOfBirth: '1980-02-03', city: 'Austin' },
			);
			expect(judged.rule).toBe('similar name and same date of birth');
			expect(judged.verdict).toBe('duplicate');
			expect(judged.score).toBeGreaterThanOrEqual(DEFAULT_DEDUPE_OPTIONS.threshold);
		});

		it('takes the same date of birth in the same ZIP as a place', () => {
			expect(
				judge(
					{ firstName: 'Ann', lastName: 'Smith', dateOfBirth: '1980-02-03', zip: '78701' },
					{ firstName: 'Zoe', lastName: 'Quill', dateOfBirth: '1980-02-03', zip: '78701' },
				).rule,
			).toMatch(/^same date of birth and place/);
		});

		it('leaves a pair with nothing in common unique', () => {
			expect(judge({ firstName: 'Ann' }, { firstName: 'Zoe', lastName: 'Quill' })).toEqual({
				verdict: 'unique',
				rule: 'no rule matched',
			});
		});
	});
});
