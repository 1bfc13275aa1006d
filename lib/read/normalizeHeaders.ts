/** Result of {@link normalizeHeaders}. */
export interface NormalizedHeaders {
	/** Clean, unique headers, one per column. */
	headers: string[];
	/** Columns whose header had to change, with the original text. */
	renamed: Array<{ index: number; from: string; to: string; why: 'blank' | 'duplicate' }>;
}

/**
 * Turns a raw header row into clean, unique column names.
 *
 * Headers are trimmed and inner runs of whitespace (including line breaks in
 * a wrapped Excel header) become one space. A blank header becomes
 * `Column N` (its 1-based position). A repeated header gets a suffix:
 * `Phone`, `Phone (2)`; repeats are found ignoring case, so `Email` and
 * `EMAIL` can't become two look-alike keys.
 *
 * @param raw - header cells as read
 * @returns the headers and what was renamed
 * @example
 * normalizeHeaders([' Name ', '', 'Phone', 'phone']).headers
 * //=> ['Name', 'Column 2', 'Phone', 'phone (2)']
 */
export function normalizeHeaders(raw: readonly string[]): NormalizedHeaders {
	const headers: string[] = [];
	const renamed: NormalizedHeaders['renamed'] = [];
	const seen = new Set<string>();
	for (let i = 0; i < raw.length; i++) {
		const original = raw[i] ?? '';
		let name = original
			.replace(/[\u200b\ufeff]/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		let why: 'blank' | 'duplicate' | undefined;
		if (name === '') {
			name = `Column ${i + 1}`;
			why = 'blank';
		}
		if (seen.has(name.toLowerCase())) {
			const base = name;
			let n = 2;
			while (seen.has(`${base} (${n})`.toLowerCase())) n++;
			name = `${base} (${n})`;
			why = why ?? 'duplicate';
		}
		seen.add(name.toLowerCase());
		headers.push(name);
		if (why) renamed.push({ index: i, from: original, to: name, why });
	}
	return { headers, renamed };
}
