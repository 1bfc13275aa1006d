/**
 * Reads an HTTP `Retry-After` header: a number of seconds, or an HTTP date
 * (how long from `now`). Missing, negative or unreadable values give
 * undefined.
 *
 * @param value - the header's value
 * @param now - the current time in ms since the epoch (the library keeps no clock)
 * @returns the wait in milliseconds, or undefined
 *
 * @example
 * parseRetryAfter('3', Date.now())
 * //=> 3000
 * parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:58 GMT'))
 * //=> 2000
 */
export function parseRetryAfter(value: unknown, now: number): number | undefined {
	const header = Array.isArray(value) ? value[0] : value;
	if (typeof header !== 'string' && typeof header !== 'number') return undefined;
	const text = String(header).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const at = Date.parse(text);
	if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
	return Math.max(0, at - now);
}
