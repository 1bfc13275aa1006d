import { normalizeEmail } from '../../lib';
import { cost } from './measure';

/** Emails: the cost per 100k. */
export function report(): string[] {
	const out: string[] = [];
	const emails = ['jane.doe@example.com', 'JOHN@GMIAL.COM', 'bad@@x', 'a.b+c@law-firm.co.uk'];
	out.push(`emails: ${cost(emails, (v) => normalizeEmail(v))}`);
	return out;
}
