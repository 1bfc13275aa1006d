/**
 * The system error codes an HTTP client reports for a request that failed
 * before any answer came, sorted by what they say about the request.
 *
 * Sources: Node.js "Common system errors" and DNS error codes
 * (https://nodejs.org/api/errors.html#common-system-errors,
 * https://nodejs.org/api/dns.html#error-codes), OpenSSL's certificate
 * verification codes as Node's TLS reports them
 * (https://nodejs.org/api/tls.html), undici's error codes
 * (https://undici.nodejs.org/#/docs/api/Errors) and axios's `ERR_CANCELED`.
 */

/**
 * Codes that mean the request never reached the target, so nothing in it can
 * have been imported, with whether another try may help and what to check.
 */
export const NEVER_SENT: Readonly<Record<string, { retryable: boolean; hint: string }>> =
	Object.freeze({
		ECONNREFUSED: {
			retryable: true,
			hint: 'Check the Base URL (host and port) and that the target is up.',
		},
		EHOSTUNREACH: {
			retryable: true,
			hint: 'Check the Base URL and the network between n8n and the target.',
		},
		ENETUNREACH: {
			retryable: true,
			hint: 'Check the Base URL and the network between n8n and the target.',
		},
		EAI_AGAIN: {
			retryable: true,
			hint: 'The host name could not be looked up just now; check the Base URL, or try again later.',
		},
		ENOTFOUND: { retryable: false, hint: 'No such host: check the host name in the Base URL.' },
		EAI_NONAME: { retryable: false, hint: 'No such host: check the host name in the Base URL.' },
		ERR_INVALID_URL: { retryable: false, hint: 'Check the Base URL.' },
	});

/** TLS failures during the handshake, before anything is sent. */
export const TLS_CODE =
	/^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_(?:VERIFY|GET)_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|EPROTO$)/;

/** Codes of a request that may have reached the target before it failed: its outcome is unknown. */
export const MAY_HAVE_ARRIVED: ReadonlySet<string> = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ERR_CANCELED',
	'UND_ERR_SOCKET',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);
