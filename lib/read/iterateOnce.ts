import { IntakeError } from '../errors';

/**
 * Wraps a reader's row generator so its rows can be read once: a second
 * iteration throws `READ_ALREADY_ITERATED` rather than yielding nothing (the
 * bytes behind a streamed file are gone by then).
 *
 * @param rows - the generator function of the rows
 * @returns the same rows, for one iteration only
 * @throws IntakeError `READ_ALREADY_ITERATED` on a second iteration
 * @example
 * const rows = iterateOnce(async function* () { yield 1 })
 * for await (const r of rows()) out.push(r) // out: [1]
 * rows().next() // rejects with READ_ALREADY_ITERATED
 */
export function iterateOnce<T>(rows: () => AsyncGenerator<T>): () => AsyncGenerator<T> {
	let used = false;
	// the rows' own generator, not one wrapped around it: a layer per row costs on a million rows
	return () => {
		if (used) return refused<T>();
		used = true;
		return rows();
	};
}

/** A generator that refuses on its first step. */
async function* refused<T>(): AsyncGenerator<T> {
	throw new IntakeError(
		'READ_ALREADY_ITERATED',
		'A spreadsheet reader can be iterated only once; open the file again to re-read it.',
	);
}
