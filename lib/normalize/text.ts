/** Curly quotes and their plain forms, so one set of rules sees one kind of quote. */
const QUOTES: Readonly<Record<string, string>> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u00b4': "'",
};

/**
 * Trims, turns every run of whitespace (tabs, no-break spaces, line breaks)
 * into one space, and straightens curly quotes.
 */
export function cleanText(text: string): string {
	const straight = /[\u2018\u2019\u201c\u201d\u00b4]/.test(text)
		? text.replace(/[\u2018\u2019\u201c\u201d\u00b4]/g, (q) => QUOTES[q] ?? q)
		: text;
	// most cells have single plain spaces only, and need nothing
	return /[^\S ]|\u200b|  |^ | $/.test(straight)
		? straight.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()
		: straight;
}

/** Lower case with periods removed: the form used for every word-list lookup ("Ph.D." → "phd"). */
export function lookupKey(token: string): string {
	const lower = token.toLowerCase();
	return lower.includes('.') ? lower.replace(/\./g, '') : lower;
}

/**
 * Whether the letters of a text are all upper case or all lower case. Only
 * such input has its case restored: mixed case is the user's own spelling.
 */
export function isWhollyOneCase(text: string): boolean {
	const upper = text.toUpperCase();
	const lower = text.toLowerCase();
	if (upper === lower) return false;
	return text === upper || text === lower;
}

/** Capitalises the first letter of a word and lower-cases the rest. */
export function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * For each first (or last) word of some phrases, the most words a phrase
 * starting (or ending) with it has. Most words start or end no phrase at all,
 * so a lookup by that word rules them out before any longer key is built.
 */
export function phraseLengthsByEdgeWord(
	phrases: Iterable<string>,
	edge: 'first' | 'last',
): Map<string, number> {
	const lengths = new Map<string, number>();
	for (const phrase of phrases) {
		const words = phrase.split(' ');
		const word = edge === 'first' ? words[0] : words[words.length - 1];
		lengths.set(word, Math.max(lengths.get(word) ?? 0, words.length));
	}
	return lengths;
}

/** Builds a Set from a word list, for O(1) lookups. */
export function toSet(words: readonly string[]): ReadonlySet<string> {
	return new Set(words);
}

/** Three reusable rows for {@link editDistance}: it compares to strings of at most 255 characters (domains have at most 253). */
const ROWS = [new Int32Array(256), new Int32Array(256), new Int32Array(256)];

/**
 * Optimal string alignment distance (an adjacent swap counts as one edit),
 * capped: only small distances matter to its callers, so it stops as soon as
 * every cell of a row is over the cap and answers `cap + 1`, as it does for
 * lengths that differ by more than the cap or a `b` of 256 characters or more.
 */
export function editDistance(a: string, b: string, cap: number): number {
	if (Math.abs(a.length - b.length) > cap || b.length >= ROWS[0].length) return cap + 1;
	let [twoBack, prev, row] = ROWS;
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		row[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (
				i > 1 &&
				j > 1 &&
				a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
				a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
			)
				v = Math.min(v, twoBack[j - 2] + 1);
			row[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > cap) return cap + 1;
		[twoBack, prev, row] = [prev, row, twoBack];
	}
	return prev[b.length];
}
