import { fail } from '../../common';

/** Where the scanner is: before the first value, inside the envelope object, in the records list, or past it. */
type Phase = 'start' | 'envelope' | 'records' | 'done';

interface ScanState {
	phase: Phase;
	depth: number;
	inString: boolean;
	escaped: boolean;
	/** Depth of a record's opening brace (1 in a top-level list, 2 under `records`). */
	recordDepth: number;
	/** The text of the record being read, from earlier chunks. */
	partial: string;
	/** Where the record being read starts in the current chunk (-1: it started in an earlier one, or none). */
	start: number;
	inRecord: boolean;
	/** The last string at the envelope's top level (a key, once `:` follows), and the key whose value comes. */
	lastString: string;
	key: string;
	/** The text of an envelope key being read, from earlier chunks (undefined outside such a string). */
	keyText: string | undefined;
	count: number;
}

/** What ends a string or escapes in it; what opens or closes a string or a nesting inside a record. */
const STRING_STOP = /["\\]/g;
const RECORD_STOP = /["{}[\]]/g;

function notRecords(name: string): never {
	return fail(`${name}: expected a JSON list of records, or an object with a "records" list`);
}

/** One character outside a string: moves the phase on, opens or closes a record. Returns a record's end. */
function structural(s: ScanState, c: string, name: string): 'end' | undefined {
	if (s.phase === 'start') {
		if (c === '[') Object.assign(s, { phase: 'records', recordDepth: 1 });
		else if (c === '{') s.phase = 'envelope';
		else if (!/\s/.test(c)) notRecords(name);
	} else if (s.phase === 'envelope' && s.depth === 1) {
		if (c === ':') s.key = s.lastString;
		else if (c === ',') s.key = '';
		else if (c === '[' && s.key === 'records')
			Object.assign(s, { phase: 'records', recordDepth: 2 });
	} else if (s.phase === 'records' && !s.inRecord && s.depth === s.recordDepth) {
		if (c === ']') s.phase = 'done';
		else if (c === '{') s.inRecord = true;
		else if (c !== ',' && !/\s/.test(c))
			fail(`${name}: record ${s.count + 1} is not an object (${JSON.stringify(c)}…)`);
	}
	if (c === '{' || c === '[') s.depth++;
	else if (c === '}' || c === ']') {
		s.depth--;
		if (s.inRecord && s.depth === s.recordDepth) return 'end';
	}
	return undefined;
}

/**
 * Reads records from JSON text as it streams in, never holding more than one
 * record's text: a top-level list of objects (`[{…}, {…}]`), or an object
 * with a `records` list (the envelope `intake export` writes:
 * `{ "format": "json", "records": […], "total": 2 }`). Each record is parsed
 * with JSON.parse once its closing brace is read.
 *
 * @param chunks - the file's text, in chunks (any split, even inside a string)
 * @param name - the file's name, for messages
 * @returns the records, in order
 * @throws CliError (exit 64) when the text is not such a list, or a record is not valid JSON
 *
 * @example
 * for await (const r of scanJsonRecords(['{"records":[{"a":1},', '{"a":2}]}'], 'x.json')) out.push(r)
 * // out: [{ a: 1 }, { a: 2 }]
 */
export async function* scanJsonRecords(
	chunks: AsyncIterable<string> | Iterable<string>,
	name: string,
): AsyncGenerator<Record<string, unknown>> {
	const s: ScanState = {
		...{ phase: 'start', depth: 0, inString: false, escaped: false, recordDepth: 0 },
		...{ partial: '', start: -1, inRecord: false, lastString: '', key: '', count: 0 },
		keyText: undefined,
	};
	let stringStart = 0;
	// the phase moves inside structural(): read it through a function, not a narrowed field
	const done = (): boolean => s.phase === 'done';
	for await (const text of chunks) {
		if (done()) break;
		s.start = s.inRecord ? 0 : -1;
		for (let i = 0; i < text.length && !done(); i++) {
			// inside a string or a record, jump to the next character that matters
			const stop = s.inString
				? s.escaped
					? undefined
					: STRING_STOP
				: s.inRecord
					? RECORD_STOP
					: undefined;
			if (stop) {
				stop.lastIndex = i;
				if (!stop.test(text)) break;
				i = stop.lastIndex - 1;
			}
			const c = text[i];
			if (s.inString) {
				if (s.escaped) s.escaped = false;
				else if (c === '\\') s.escaped = true;
				else if (c === '"') {
					s.inString = false;
					if (s.keyText !== undefined) s.lastString = s.keyText + text.slice(stringStart, i);
					s.keyText = undefined;
				}
				continue;
			}
			if (c === '"') {
				s.inString = true;
				stringStart = i + 1;
				if (s.phase === 'envelope' && s.depth === 1) s.keyText = '';
				continue;
			}
			const wasIn = s.inRecord;
			if (structural(s, c, name) === 'end') {
				yield parseRecord(s, s.partial + text.slice(s.start, i + 1), name);
				continue;
			}
			if (!wasIn && s.inRecord) s.start = i;
		}
		if (s.inRecord) s.partial += text.slice(s.start);
		// an envelope key cut by the chunk's edge (only a short one can be `records`)
		if (s.keyText !== undefined && s.keyText.length < 64) s.keyText += text.slice(stringStart);
		stringStart = 0;
	}
	if (!done()) {
		if (s.phase === 'start' || s.phase === 'envelope') notRecords(name);
		fail(
			`${name}: the file ends inside the list of records (record ${s.count + 1} or the closing ])`,
		);
	}
}

function parseRecord(s: ScanState, text: string, name: string): Record<string, unknown> {
	s.inRecord = false;
	s.partial = '';
	s.count++;
	try {
		return JSON.parse(text) as Record<string, unknown>;
	} catch (error) {
		return fail(`${name}: record ${s.count} is not valid JSON (${(error as Error).message})`);
	}
}
