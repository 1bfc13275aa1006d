/**
 * A small forward-only XML scanner over a string that may end mid-document,
 * used for worksheets and the shared strings table. Each function takes the
 * text and a position and returns the position after what it read, or
 * {@link INCOMPLETE} when the text ends first: the caller keeps the text
 * from where the construct started and tries again once more has arrived.
 * Every loop moves forward through the text, so hostile markup can't make
 * one spin. The element text readers are in `scanXmlText.ts`, the attribute
 * readers in `scanXmlAttributes.ts`. Element names are compared without their namespace prefix, so
 * `<x:c>` is a `c`.
 */

/** The text ended before the construct being read. */
export const INCOMPLETE = -1;

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;

/**
 * Where the tag opening at `i` (a `<`) ends: the index of its `>`, skipping
 * `>` inside quoted attribute values.
 * @example
 * tagEnd('<c r="A>1">', 0)
 * //=> 10
 */
export function tagEnd(s: string, i: number): number {
	const n = s.length;
	for (let k = i + 1; k < n; k++) {
		const ch = s.charCodeAt(k);
		if (ch === GT) return k;
		if (ch === DQUOTE || ch === SQUOTE) {
			k = s.indexOf(ch === DQUOTE ? '"' : "'", k + 1);
			if (k < 0) return INCOMPLETE;
		}
	}
	return INCOMPLETE;
}

/**
 * Where the name starting at `p` ends (whitespace, `/` or `>`).
 * @example
 * nameEnd('<x:c r="A1">', 1, 10)
 * //=> 4
 */
export function nameEnd(s: string, p: number, end: number): number {
	while (p < end) {
		const ch = s.charCodeAt(p);
		if (ch <= 32 || ch === SLASH || ch === GT) return p;
		p++;
	}
	return end;
}

/**
 * Whether the name in [start, end) is `local`, with or without a prefix.
 * @example
 * isLocalName('<x:row>', 1, 6, 'row')
 * //=> true
 */
export function isLocalName(s: string, start: number, end: number, local: string): boolean {
	const from = end - local.length;
	if (from < start || !s.startsWith(local, from)) return false;
	return from === start || s.charCodeAt(from - 1) === COLON;
}

/**
 * Whether the tag ending at `te` closes itself (`/>`).
 * @example
 * isSelfClosing('<c r="A1"/>', 10)
 * //=> true
 */
export function isSelfClosing(s: string, te: number): boolean {
	return s.charCodeAt(te - 1) === SLASH;
}

/**
 * Skips a comment, CDATA section, processing instruction or declaration
 * starting at `i` (`<!` or `<?`); returns the position after it.
 * @example
 * skipSpecial('<!-- note --><row>', 0)
 * //=> 13
 */
export function skipSpecial(s: string, i: number): number {
	if (s.startsWith('<!--', i)) {
		const e = s.indexOf('-->', i + 4);
		return e < 0 ? INCOMPLETE : e + 3;
	}
	if (s.startsWith('<![CDATA[', i)) {
		const e = s.indexOf(']]>', i + 9);
		return e < 0 ? INCOMPLETE : e + 3;
	}
	if (s.charCodeAt(i + 1) === QUESTION) {
		const e = s.indexOf('?>', i + 2);
		return e < 0 ? INCOMPLETE : e + 2;
	}
	// <!DOCTYPE …> may hold an internal subset in brackets, whose declarations contain `>`.
	const gt = s.indexOf('>', i + 2);
	if (gt < 0) return INCOMPLETE;
	const bracket = s.indexOf('[', i + 2);
	if (bracket >= 0 && bracket < gt) {
		const close = s.indexOf(']', bracket);
		if (close < 0) return INCOMPLETE;
		const e = s.indexOf('>', close);
		return e < 0 ? INCOMPLETE : e + 1;
	}
	return gt + 1;
}

/**
 * Whether the markup at `i` is a comment, CDATA, PI or declaration.
 * @example
 * isSpecial('<![CDATA[x]]>', 0)
 * //=> true
 */
export function isSpecial(s: string, i: number): boolean {
	const ch = s.charCodeAt(i + 1);
	return ch === BANG || ch === QUESTION;
}

/**
 * Where the tag last read by {@link nextTag} lies: its `<` at `start`, its
 * `>` at `end`, whether it is an end tag, and its name in [nameStart,
 * nameEnd). After {@link findTag} or {@link nextTag} returns
 * {@link INCOMPLETE}, `start` is where the unfinished markup begins, or -1
 * when no `<` follows at all. Positions in a shared object, so reading a tag
 * costs no allocation; a caller copies what it needs before reading further.
 */
export const tag = { start: -1, end: -1, closing: false, nameStart: -1, nameEnd: -1 };

/**
 * Where the next element tag (start or end) at or after `from` begins,
 * passing over comments, CDATA sections, processing instructions and
 * declarations; {@link INCOMPLETE} when the text ends first. It does not
 * read the tag, so a caller can take a fast path on its first characters.
 * @example
 * findTag('a<!-- <x> --><row r="1">', 0)
 * //=> 13
 */
export function findTag(s: string, from: number): number {
	let p = from;
	for (;;) {
		const k = s.indexOf('<', p);
		tag.start = k;
		if (k < 0) return INCOMPLETE;
		if (!isSpecial(s, k)) return k;
		p = skipSpecial(s, k);
		if (p < 0) return INCOMPLETE;
	}
}

/**
 * Reads the next element tag at or after `from` (see {@link findTag}) and
 * returns where it starts, leaving its end, kind and name in {@link tag};
 * {@link INCOMPLETE} when the text ends first.
 * @example
 * nextTag('<!-- c --></x:row>', 0)
 * //=> 10 (tag.end is 17, tag.closing is true, tag.nameStart is 12, tag.nameEnd is 17)
 */
export function nextTag(s: string, from: number): number {
	const k = findTag(s, from);
	if (k < 0) return INCOMPLETE;
	const e = tagEnd(s, k);
	if (e < 0) return INCOMPLETE;
	const closing = s.charCodeAt(k + 1) === SLASH;
	const ns = closing ? k + 2 : k + 1;
	tag.end = e;
	tag.closing = closing;
	tag.nameStart = ns;
	tag.nameEnd = nameEnd(s, ns, e);
	return k;
}

/**
 * Skips the element whose start tag ends at `te`, children and all;
 * returns the position after its end tag.
 * @example
 * skipElement('<f t="shared">A1<x/></f><v>2</v>', 13)
 * //=> 24
 */
export function skipElement(s: string, te: number): number {
	if (isSelfClosing(s, te)) return te + 1;
	let depth = 1;
	let p = te + 1;
	for (;;) {
		if (nextTag(s, p) < 0) return INCOMPLETE;
		const e = tag.end;
		if (tag.closing) {
			if (--depth === 0) return e + 1;
		} else if (!isSelfClosing(s, e)) {
			depth++;
		}
		p = e + 1;
	}
}
