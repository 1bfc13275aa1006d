import { resolveMx } from 'node:dns/promises';

/**
 * The MX resolver to give `checkEmailDeliverability` in Node: asks the
 * system's DNS for a domain's mail exchangers. It is network I/O, so it
 * lives here, outside the pure library that ships to n8n (which allows
 * no Node built-ins there); tests inject a resolver instead.
 *
 * @param domain - a domain name
 * @returns the exchange host names, best priority first; empty when the domain has none
 * @throws the DNS error (ENOTFOUND, ENODATA, ETIMEOUT, …) as node:dns raises it
 *
 * @example
 * await resolveMxWithDns('gmail.com')
 * //=> ['gmail-smtp-in.l.google.com', …]
 */
export async function resolveMxWithDns(domain: string): Promise<string[]> {
	const records = await resolveMx(domain);
	return records.sort((a, b) => a.priority - b.priority).map((r) => r.exchange);
}
