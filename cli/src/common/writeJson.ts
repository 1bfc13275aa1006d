import { once } from 'node:events';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Text gathered before it is handed out, in characters. */
const CHUNK = 1 << 16;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON of `value`, indented to `depth` levels, as pieces: a long list is never one string. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
	if (Array.isArray(value) && value.length > 0 && depth < 3) {
		yield '[';
		for (let i = 0; i < value.length; i++) {
			yield `${i > 0 ? ',' : ''}\n${indent}  `;
			yield* pieces(value[i] === undefined ? null : value[i], `${indent}  `, depth + 1);
		}
		yield `\n${indent}]`;
	} else if (isPlainObject(value) && depth < 2) {
		const keys = Object.keys(value).filter((k) => value[k] !== undefined);
		if (keys.length === 0) return yield '{}';
		yield '{';
		for (const [i, key] of keys.entries()) {
			yield `${i > 0 ? ',' : ''}\n${indent}  ${JSON.stringify(key)}: `;
			yield* pieces(value[key], `${indent}  `, depth + 1);
		}
		yield `\n${indent}}`;
	} else yield JSON.stringify(value) ?? 'null';
}

/**
 * The JSON text of a report in chunks of about 64 KiB, with a final newline:
 * its two outer levels indented, each entry of its lists on a line of its
 * own. A 1M-row import's report (a result per row) is written without ever
 * being one string in memory, which JSON.stringify would make it.
 *
 * @param value - a plain JSON value
 * @returns the text, in chunks
 *
 * @example
 * [...jsonChunks({ status: 'Complete', rows: [1, 2] })].join('')
 * //=> '{\n  "status": "Complete",\n  "rows": [\n    1,\n    2\n  ]\n}\n'
 */
export function* jsonChunks(value: unknown): Generator<string> {
	let buffer = '';
	for (const piece of pieces(value, '', 0)) {
		buffer += piece;
		if (buffer.length >= CHUNK) {
			yield buffer;
			buffer = '';
		}
	}
	yield `${buffer}\n`;
}

/**
 * Writes a value as JSON to a file ({@link jsonChunks}), under a temporary
 * name renamed into place once flushed to disk, so a reader never finds half
 * a report.
 *
 * @param path - the file
 * @param value - a plain JSON value
 *
 * @example
 * writeJsonFile('report.json', report)
 */
export function writeJsonFile(path: string, value: unknown): void {
	const temp = `${path}.${process.pid}.tmp`;
	const fd = openSync(temp, 'w');
	try {
		for (const chunk of jsonChunks(value)) writeSync(fd, chunk);
		fsyncSync(fd);
		closeSync(fd);
		renameSync(temp, path);
	} catch (error) {
		closeSync(fd);
		rmSync(temp, { force: true });
		throw error;
	}
}

/**
 * Prints a value as JSON on stdout ({@link jsonChunks}), waiting for the
 * pipe to drain between chunks.
 *
 * @param value - a plain JSON value
 *
 * @example
 * await printJson(report)
 */
export async function printJson(value: unknown): Promise<void> {
	for (const chunk of jsonChunks(value))
		if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}
