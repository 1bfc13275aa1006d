import { IntakeError } from '../../../lib/errors';
import { classifyFailure } from '../../../lib/importer/classifyFailure';

describe('classifyFailure', () => {
	describe('when the run was cancelled', () => {
		it('returns IMPORT_ABORTED, not retryable, outcome unknown, whatever was thrown', () => {
			const f = classifyFailure({ status: 500, message: 'x' }, undefined, true);
			expect(f).toMatchObject({
				code: 'IMPORT_ABORTED',
				retryable: false,
				auth: false,
				mayHaveArrived: true,
			});
		});
	});

	describe('when the library itself refused', () => {
		it('keeps the IntakeError code and message and never retries', () => {
			const f = classifyFailure(new IntakeError('IMPORT_INVALID_OPTION', 'bad answer'), 'x', false);
			expect(f).toEqual({
				code: 'IMPORT_INVALID_OPTION',
				message: 'bad answer',
				retryable: false,
				auth: false,
				mayHaveArrived: false,
			});
		});
	});

	describe('when no HTTP status came', () => {
		it('returns IMPORT_UNREACHABLE with the hint of a refused connection, found under cause', () => {
			const f = classifyFailure(
				{ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } },
				undefined,
				false,
			);
			expect(f).toEqual({
				code: 'IMPORT_UNREACHABLE',
				message:
					'The request never reached the target (fetch failed), so nothing in it was imported: it is safe to run again. Check the Base URL (host and port) and that the target is up.',
				retryable: true,
				auth: false,
				mayHaveArrived: false,
				detail: 'fetch failed',
			});
		});

		it('does not retry an unknown host', () => {
			const f = classifyFailure({ message: 'nope', code: 'ENOTFOUND' }, undefined, false);
			expect([f.code, f.retryable]).toEqual(['IMPORT_UNREACHABLE', false]);
		});

		it('tells a refused TLS certificate', () => {
			const f = classifyFailure({ message: 'cert', code: 'CERT_HAS_EXPIRED' }, undefined, false);
			expect(f.message).toContain("The target's TLS certificate was refused");
			expect(f.retryable).toBe(false);
		});

		it('returns IMPORT_NO_RESPONSE for a reset connection: the target may have taken it', () => {
			const f = classifyFailure(
				{ message: 'socket hang up', code: 'ECONNRESET' },
				undefined,
				false,
			);
			expect(f).toEqual({
				code: 'IMPORT_NO_RESPONSE',
				message: 'No answer (socket hang up); the target may have taken the request.',
				retryable: true,
				auth: false,
				mayHaveArrived: true,
			});
		});

		it("keeps the error's own code when it is not a system code", () => {
			expect(classifyFailure({ message: 'slow', code: 'MY_TIMEOUT' }, undefined, false).code).toBe(
				'MY_TIMEOUT',
			);
		});

		it('reads a thrown string as the message', () => {
			expect(classifyFailure('boom', undefined, false).message).toBe(
				'No answer (boom); the target may have taken the request.',
			);
		});
	});

	describe('when the credential was refused', () => {
		it('returns UNAUTHORIZED for a 401 and stops the run (auth)', () => {
			const f = classifyFailure({ status: 401, message: 'bad token' }, undefined, false);
			expect([f.code, f.status, f.auth, f.retryable]).toEqual(['UNAUTHORIZED', 401, true, false]);
		});

		it('names the object in a 403', () => {
			const f = classifyFailure({ status: 403, message: 'no' }, 'contacts', false);
			expect(f.code).toBe('PERMISSION_DENIED');
			expect(f.message).toBe(
				'The API token lacks permission to import contacts (admin rights required). The target answered 403: no',
			);
		});
	});

	describe('for any other HTTP status', () => {
		it('retries a 429 with its Retry-After, and says the target did not act', () => {
			const f = classifyFailure(
				{ status: 429, message: 'Slow down.', retryAfterMs: 2000 },
				undefined,
				false,
			);
			expect(f).toEqual({
				code: 'HTTP_429',
				status: 429,
				message:
					'The target answered 429: Slow down. The target kept asking to slow down: lower the concurrency or the rate limit.',
				retryable: true,
				auth: false,
				mayHaveArrived: false,
				retryAfterMs: 2000,
			});
		});

		it('marks a 5xx as maybe arrived', () => {
			const f = classifyFailure({ status: 502, message: 'bad gateway' }, undefined, false);
			expect([f.retryable, f.mayHaveArrived]).toEqual([true, true]);
		});

		it('does not retry a 400, and keeps its code', () => {
			const f = classifyFailure({ status: 400, code: 'BAD', message: 'bad' }, undefined, false);
			expect([f.code, f.retryable, f.message]).toEqual([
				'BAD',
				false,
				'The target answered 400: bad.',
			]);
		});
	});

	describe('redaction', () => {
		it('redacts a secret before cutting the message', () => {
			const secret = 'sk_live_abcdefghijklmnop';
			const message = `${'x'.repeat(490)}${secret}`;
			const f = classifyFailure({ status: 400, message }, undefined, false, (t) =>
				t.split(secret).join('***'),
			);
			expect(f.message).not.toContain('sk_live');
			expect(f.message).toContain(`${'x'.repeat(490)}***`);
		});
	});
});
