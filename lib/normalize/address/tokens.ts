import { lookupKey } from '../text';

/** A word of the address as written, with its lookup form and whether a comma follows it. */
export interface Token {
	text: string;
	/** Lookup form: lower case, periods removed. */
	key: string;
	/** Whether a comma follows the token. */
	comma: boolean;
}

const SPACE = 0x20;
const COMMA = 0x2c;
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
const HASH = '#';

/**
 * Cuts cleaned text (every run of whitespace already one space) into words at
 * spaces and commas; a comma marks the word before it. A "#" glued to the
 * end of a word is cut off it: "Road# 1" and "Rd#5" carry a unit.
 *
 * @example
 * tokenize('12 Main St, Apt 4B').map((t) => [t.text, t.comma])
 * //=> [['12', false], ['Main', false], ['St', true], ['Apt', false], ['4B', false]]
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const source = text.includes(HASH) ? text.replace(/(\p{L})#/gu, '$1 #') : text;
	let start = -1;
	const flush = (at: number) => {
		if (start < 0) return;
		const raw = source.slice(start, at);
		tokens.push({ text: raw, key: lookupKey(raw), comma: false });
		start = -1;
	};
	// cleanText has made every run of whitespace one space
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		if (c === SPACE) flush(i);
		else if (c === COMMA) {
			flush(i);
			if (tokens.length > 0) tokens[tokens.length - 1].comma = true;
		} else if (start < 0) start = i;
	}
	flush(source.length);
	return tokens;
}

/** Joins tokens back as written, commas kept: the inverse of {@link tokenize}. */
export function join(tokens: readonly Token[]): string {
	let text = '';
	for (let i = 0; i < tokens.length; i++) {
		if (i > 0) text += tokens[i - 1].comma ? ', ' : ' ';
		text += tokens[i].text;
	}
	return text;
}

/** Whether a text starts with an ASCII digit ("12", "4B"; not "#5"). */
export function startsWithDigit(text: string): boolean {
	const c = text.charCodeAt(0);
	return c >= DIGIT_ZERO && c <= DIGIT_NINE;
}

/** Whether a text holds an ASCII digit anywhere ("Apt 4B", "#5"). */
export function hasDigit(text: string): boolean {
	return /\d/.test(text);
}

/** Whether any of the tokens holds a digit. */
export function anyHasDigit(tokens: readonly Token[]): boolean {
	return tokens.some((t) => hasDigit(t.text));
}

/** Whether a text is a run of ASCII digits only ("1400", not "14B"). */
export function isDigits(text: string): boolean {
	return /^\d+$/.test(text);
}

/** Whether a token is the "#" sign alone or starts with it ("#", "#5"). */
export function startsWithHash(token: Token): boolean {
	return token.text.startsWith(HASH);
}
