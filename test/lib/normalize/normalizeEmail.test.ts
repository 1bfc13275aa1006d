import { nodeSleep, resolveMxWithDns } from '../../../cli/src';
import { checkEmailDeliverability } from '../../../lib/normalize/checkEmailDeliverability';
import { normalizeEmail } from '../../../lib/normalize/normalizeEmail';

describe('normalizeEmail', () => {
	it('trims, lower-cases the domain and keeps the local part', () => {
		expect(normalizeEmail('  Jane.Doe@Example.COM ')).toEqual({
			ok: true,
			email: 'Jane.Doe@example.com',
		});
		expect(normalizeEmail('Jane.Doe@Example.COM', { lowercaseLocal: true })).toEqual({
			ok: true,
			email: 'jane.doe@example.com',
		});
		expect(normalizeEmail('Jane Doe <jane@Example.com>')).toEqual({
			ok: true,
			email: 'jane@example.com',
		});
		expect(normalizeEmail('mailto:x+tag@y.org')).toEqual({ ok: true, email: 'x+tag@y.org' });
	});
	it('suggests fixes for common domain typos', () => {
		expect(normalizeEmail('jane@gmial.com')).toEqual({
			ok: true,
			email: 'jane@gmial.com',
			suggestion: 'jane@gmail.com',
		});
		expect(normalizeEmail('jane@hotmial.com')).toMatchObject({ suggestion: 'jane@hotmail.com' });
		expect(normalizeEmail('jane@yaho.com')).toMatchObject({ suggestion: 'jane@yahoo.com' });
		expect(normalizeEmail('jane@lawfirm.con')).toMatchObject({ suggestion: 'jane@lawfirm.com' });
		expect(normalizeEmail('jane@example.co')).toEqual({ ok: true, email: 'jane@example.co' });
		expect(normalizeEmail('jane@gmial.com', { suggest: false })).toEqual({
			ok: true,
			email: 'jane@gmial.com',
		});
	});
	it('refuses bad syntax with a code', () => {
		expect(normalizeEmail('')).toMatchObject({ ok: false, code: 'EMAIL_EMPTY' });
		expect(normalizeEmail('no at sign')).toMatchObject({ ok: false, code: 'EMAIL_MISSING_AT' });
		expect(normalizeEmail('@x.com')).toMatchObject({ ok: false, code: 'EMAIL_INVALID_LOCAL' });
		expect(normalizeEmail('a..b@x.com')).toMatchObject({ ok: false, code: 'EMAIL_INVALID_LOCAL' });
		expect(normalizeEmail('a b@x.com')).toMatchObject({ ok: false, code: 'EMAIL_INVALID_LOCAL' });
		expect(normalizeEmail('jane@')).toMatchObject({ ok: false, code: 'EMAIL_INVALID_DOMAIN' });
		expect(normalizeEmail('jane@localhost')).toMatchObject({
			ok: false,
			code: 'EMAIL_INVALID_DOMAIN',
		});
		expect(normalizeEmail('jane@-x.com')).toMatchObject({
			ok: false,
			code: 'EMAIL_INVALID_DOMAIN',
		});
		expect(normalizeEmail(`${'a'.repeat(65)}@x.com`)).toMatchObject({
			ok: false,
			code: 'EMAIL_TOO_LONG',
		});
	});
});

describe('checkEmailDeliverability', () => {
	it('answers from the injected resolver', async () => {
		await expect(
			checkEmailDeliverability('jane@example.com', { resolveMx: async () => ['mx.example.com'] }),
		).resolves.toEqual({
			deliverable: true,
			reason: 'example.com accepts mail (MX: mx.example.com)',
		});
		await expect(
			checkEmailDeliverability('jane@example.com', { resolveMx: async () => [] }),
		).resolves.toMatchObject({ deliverable: false });
		const notFound = Object.assign(new Error('queryMx ENOTFOUND'), { code: 'ENOTFOUND' });
		await expect(
			checkEmailDeliverability('jane@nope.example', {
				resolveMx: async () => Promise.reject(notFound),
			}),
		).resolves.toMatchObject({ deliverable: false });
		await expect(
			checkEmailDeliverability('jane@example.com', {
				resolveMx: async () => Promise.reject(new Error('SERVFAIL')),
			}),
		).resolves.toMatchObject({ deliverable: 'unknown' });
	});
	it('answers unknown on timeout, false for bad syntax, and unknown when skipped', async () => {
		const never = () => new Promise<string[]>(() => undefined);
		await expect(
			checkEmailDeliverability('jane@example.com', {
				resolveMx: never,
				timeoutMs: 20,
				sleep: nodeSleep,
			}),
		).resolves.toEqual({
			deliverable: 'unknown',
			reason: 'The mail server lookup for example.com took longer than 20 ms',
		});
		await expect(
			checkEmailDeliverability('not an email', { resolveMx: async () => ['x'] }),
		).resolves.toMatchObject({ deliverable: false });
		await expect(checkEmailDeliverability('jane@example.com', { skip: true })).resolves.toEqual({
			deliverable: 'unknown',
			reason: 'Deliverability check skipped',
		});
		await expect(checkEmailDeliverability('jane@example.com', { timeoutMs: -1 })).rejects.toThrow(
			/timeoutMs/,
		);
	});
	it('does no DNS lookup of its own: without a resolver it says to pass one, unless skipped', async () => {
		await expect(checkEmailDeliverability('jane@example.com')).rejects.toMatchObject({
			code: 'EMAIL_INVALID_OPTION',
			message: expect.stringMatching(/resolveMx.*resolveMxWithDns/),
		});
		await expect(
			checkEmailDeliverability('jane@example.com', {
				resolveMx: async () => ['mx.example.com'],
				sleep: 5 as never,
			}),
		).rejects.toMatchObject({ code: 'EMAIL_INVALID_OPTION' });
	});
	it('without a sleep, waits for the resolver, which in Node (the command-line package) asks the system DNS', async () => {
		let answer: (hosts: string[]) => void = () => undefined;
		const slow = () => new Promise<string[]>((done) => (answer = done));
		const result = checkEmailDeliverability('jane@example.com', { resolveMx: slow, timeoutMs: 1 });
		await nodeSleep(20);
		answer(['mx.example.com']);
		await expect(result).resolves.toMatchObject({ deliverable: true });
		expect(typeof resolveMxWithDns).toBe('function');
	});
});
