import { resolveMx } from 'node:dns/promises';

/**
 * The default MX resolver of {@link checkEmailDeliverability}: asks the
 * system's DNS for a domain's mail exchangers. It is the library's one piece
 * of network I/O, kept out of the pure lib/normalize core so that the
 * normalizers stay pure and tests inject a resolver instead.
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
