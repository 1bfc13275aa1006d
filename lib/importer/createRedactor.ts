/** Secrets shorter than this are not redacted: hiding every "ab" in a message would hide the message, not a secret. */
const MIN_SECRET_LENGTH = 4;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of a text's UTF-8 bytes (the library has no Buffer). */
function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63];
		out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
		out += i + 2 < bytes.length ? BASE64[n & 63] : '=';
	}
	return out;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A secret as it may appear in a target's text: as is, URL-encoded (either way spaces go), and in base64 (padded, unpadded, URL-safe). */
function formsOf(secret: string): string[] {
	const b64 = base64(secret);
	const unpadded = b64.replace(/=+$/, '');
	return [
		secret,
		encodeURIComponent(secret),
		encodeURIComponent(secret).replace(/%20/g, '+'),
		b64,
		unpadded,
		unpadded.replace(/\+/g, '-').replace(/\//g, '_'),
	];
}

/**
 * Makes a function that hides secrets in a text before it enters a report, a
 * message or a log: each secret, matched without regard to case, and its
 * URL-encoded and base64 forms become `***`. Secrets shorter than 4
 * characters are left alone. Redact a text before cutting it short: a cut
 * secret no longer matches.
 *
 * @param secrets - the values the transport sends (a token, an API key, a password, a user:password pair, header values)
 * @returns text → the text with every secret replaced by `***`
 *
 * @example
 * const redact = createRedactor(['sk-live-42abc'])
 * redact('invalid token SK-LIVE-42ABC (c2stbGl2ZS00MmFiYw==)')
 * //=> 'invalid token *** (***)'
 */
export function createRedactor(secrets: Iterable<string>): (text: string) => string {
	const forms = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
		for (const form of formsOf(secret)) if (form.length >= MIN_SECRET_LENGTH) forms.add(form);
	}
	if (forms.size === 0) return (text) => text;
	// longest first, so a secret's padded base64 goes whole rather than leaving its '=='
	const pattern = new RegExp(
		[...forms]
			.sort((a, b) => b.length - a.length)
			.map(escapeRegExp)
			.join('|'),
		'gi',
	);
	return (text) => (typeof text === 'string' ? text.replace(pattern, '***') : text);
}

/** How long a target's code may be in a report, after redacting. */
export const MAX_CODE = 100;

/** How long a target's message may be in a report, after redacting. */
export const MAX_MESSAGE = 500;

/**
 * A target's text as a report keeps it: redacted first, then cut to `max`
 * characters. Internal (not exported from the library's index).
 */
export function clipTargetText(
	text: string,
	redact: (text: string) => string,
	max: number,
): string {
	const clean = redact(text);
	return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
