import { isPlainRecord } from '../../isPlainRecord';

/** A page's answer: its entries and the target's total, or what is wrong with it. */
export type PageAnswer = { records: unknown[]; total?: number } | { bad: string };

function safeParse(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** What an answer that is not the export API's is, in a few words. */
function describeBody(body: unknown): string {
	if (Array.isArray(body)) return 'a list';
	if (body === null) return 'null';
	if (typeof body !== 'object') return typeof body;
	return `an object with ${Object.keys(body).slice(0, 5).join(', ') || 'no keys'}`;
}

/**
 * Reads one answer of the export API: `{ format, records, total }`, as an
 * object or as JSON text; a bare list is taken as the records. The total is
 * kept only when it is a whole number of at least 0. The entries are not
 * looked at here (a later step tells records from other values).
 *
 * @param answer - what `request` resolved
 * @returns the entries and total, or `{ bad }` saying what came instead
 * @example
 * readPageAnswer('{"format":"json","records":[{"id":1}],"total":1}')
 * //=> { records: [{ id: 1 }], total: 1 }
 */
export function readPageAnswer(answer: unknown): PageAnswer {
	const body = typeof answer === 'string' ? safeParse(answer) : answer;
	if (Array.isArray(body)) return { records: body };
	if (!isPlainRecord(body) || !Array.isArray(body.records))
		return { bad: `expected { format, records, total }, got ${describeBody(body)}` };
	const total =
		typeof body.total === 'number' && Number.isInteger(body.total) && body.total >= 0
			? body.total
			: undefined;
	return total === undefined ? { records: body.records } : { records: body.records, total };
}
