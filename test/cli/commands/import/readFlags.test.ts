import { readFlags } from '../../../../cli/src/commands/import/readFlags';

describe('readFlags', () => {
	it("maps the policy names to the library's and leaves dedupe on by default", () => {
		expect(readFlags({ schema: 'clients', dedupe: true }).dedupe).toEqual({
			policy: 'merge',
			matchOn: undefined,
			against: undefined,
			country: undefined,
		});
		expect(readFlags({ schema: 'clients', dedupe: true, policy: 'create' }).dedupe?.policy).toBe(
			'createNew',
		);
		expect(readFlags({ schema: 'clients', dedupe: false }).dedupe).toBeUndefined();
	});

	it('reads the read, transform and target settings', () => {
		process.env.INTAKE_TEST_TOKEN = 'tok_123456789';
		const plan = readFlags({
			schema: 'contacts',
			dedupe: true,
			headerRow: '3',
			sheet: 'Leads',
			dateOrder: 'DMY',
			country: 'gb',
			matchOn: 'email, phone',
			target: 'http://127.0.0.1:8080',
			tokenEnv: 'INTAKE_TEST_TOKEN',
			batchSize: '20',
		});
		expect(plan.read).toEqual({ maxBytes: Infinity, headerRow: 3, sheet: 'Leads' });
		expect(plan.transform).toEqual({ dateOrder: 'DMY', phoneCountry: 'GB' });
		expect(plan.dedupe?.matchOn).toEqual(['email', 'phone']);
		expect(plan.target).toEqual({
			url: 'http://127.0.0.1:8080',
			object: 'contacts',
			token: 'tok_123456789',
			batchSize: 20,
			concurrency: 1,
			onError: 'halt',
			timeoutMs: 60_000,
			resume: undefined,
		});
	});

	it.each([
		[
			{ matchOn: 'email,shoe size' },
			'--match-on takes a list of email, phone, name, address, dateOfBirth; "shoe size" is not one',
		],
		[
			{ batchSize: '0', target: 'http://x.test' },
			'--batch-size must be a whole number from 1 to 10000, not "0"',
		],
		[{ target: 'ftp://x.test' }, '--target must be an http:// or https:// URL, not "ftp://x.test"'],
		[{ onError: 'skip' as const }, '--on-error needs --target'],
		[{ country: 'USA' }, '--country must be a two-letter country code such as US or GB, not "USA"'],
	])('refuses %j', (flags, message) => {
		expect(() => readFlags({ schema: 'clients', dedupe: true, ...flags })).toThrow(message);
	});
});
