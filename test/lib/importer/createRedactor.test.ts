import { createRedactor } from '../../../lib/importer';

describe('createRedactor', () => {
	describe('a secret as the target may echo it', () => {
		const redact = createRedactor(['sk-Live/42+abc def']);

		it('returns *** for the secret as it was sent', () => {
			expect(redact('invalid token sk-Live/42+abc def!')).toBe('invalid token ***!');
		});

		it('returns *** for the secret in another case', () => {
			expect(redact('INVALID TOKEN SK-LIVE/42+ABC DEF')).toBe('INVALID TOKEN ***');
		});

		it('returns *** for the secret URL-encoded, with %20 or + for spaces', () => {
			expect(
				redact(`?token=${encodeURIComponent('sk-Live/42+abc def')}&t2=sk-Live%2F42%2Babc+def`),
			).toBe('?token=***&t2=***');
		});

		it('returns *** for the secret in base64, padded, unpadded or URL-safe', () => {
			const secret = 'tok>>en??x';
			const b64 = Buffer.from(secret).toString('base64');
			const url = Buffer.from(secret).toString('base64url');
			expect([b64, url]).toEqual(['dG9rPj5lbj8/eA==', 'dG9rPj5lbj8_eA']);
			expect(createRedactor([secret])(`Basic ${b64} / ${b64.replace(/=+$/, '')} / ${url}`)).toBe(
				'Basic *** / *** / ***',
			);
		});

		it('returns every copy of the secret redacted', () => {
			expect(redact('sk-Live/42+abc def sk-live/42+abc def')).toBe('*** ***');
		});
	});

	describe('secrets given', () => {
		it('returns the text unchanged when there is no secret', () => {
			expect(createRedactor([])('token abc')).toBe('token abc');
		});

		it('returns short secrets unchanged, since hiding them would hide the message', () => {
			expect(createRedactor(['abc', ''])('abc is not a secret')).toBe('abc is not a secret');
		});

		it('returns the longest secret redacted whole when one secret holds another', () => {
			expect(createRedactor(['user', 'user:pass-word'])('sent user:pass-word as user')).toBe(
				'sent *** as ***',
			);
		});

		it('returns a basic-auth pair redacted in base64 as the Authorization header carries it', () => {
			expect(
				createRedactor(['ops:s3cret-pw'])(
					`header Basic ${Buffer.from('ops:s3cret-pw').toString('base64')}`,
				),
			).toBe('header Basic ***');
		});

		it('returns a secret with regular-expression characters matched literally', () => {
			expect(createRedactor(['a.b*c(d)'])('a.b*c(d) axbbbc(d)')).toBe('*** axbbbc(d)');
		});

		it('returns non-ASCII secrets redacted in their UTF-8 base64 form', () => {
			expect(createRedactor(['pässwörd'])(Buffer.from('pässwörd').toString('base64'))).toBe('***');
		});
	});
});
