/** A piece of a number format section, as the renderers read it. */
export type Token =
	| { t: 'lit'; s: string }
	| { t: 'digit'; c: '0' | '#' | '?' }
	| { t: 'dot' }
	| { t: 'comma' }
	| { t: 'pct' }
	| { t: 'exp'; sign: '+' | '-' }
	| { t: 'slash' }
	| { t: 'text' }
	| { t: 'general' };

/**
 * Reads a number format section into tokens: literals (quoted, escaped,
 * `_x` padding as a space, `[$€-407]` currency), digit placeholders
 * (`0`, `#`, `?`), `.`, `,`, `%`, `E+`/`E-`, `/`, `@` and General. Fill
 * characters (`*x`), colours and locales show nothing.
 *
 * @example
 * tokenize('0.0%').map((t) => t.t)
 * //=> ['digit', 'dot', 'digit', 'pct']
 */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			const end = text.indexOf('"', i + 1);
			out.push({ t: 'lit', s: text.slice(i + 1, end < 0 ? text.length : end) });
			i = end < 0 ? text.length : end;
		} else if (c === '\\') {
			if (i + 1 < text.length) out.push({ t: 'lit', s: text[++i] });
		} else if (c === '_') {
			i++;
			out.push({ t: 'lit', s: ' ' });
		} else if (c === '*') {
			i++; // fill character: a cell's width, meaningless in text
		} else if (c === '[') {
			const end = text.indexOf(']', i + 1);
			const inner = text.slice(i + 1, end < 0 ? text.length : end);
			// [$€-407] or [$USD]: the currency symbol; colours and locales show nothing
			if (inner.startsWith('$')) out.push({ t: 'lit', s: inner.slice(1).split('-')[0] });
			i = end < 0 ? text.length : end;
		} else if (c === '0' || c === '#' || c === '?') {
			out.push({ t: 'digit', c });
		} else if (c === '.') {
			out.push({ t: 'dot' });
		} else if (c === ',') {
			out.push({ t: 'comma' });
		} else if (c === '%') {
			out.push({ t: 'pct' });
		} else if ((c === 'E' || c === 'e') && (text[i + 1] === '+' || text[i + 1] === '-')) {
			out.push({ t: 'exp', sign: text[i + 1] as '+' | '-' });
			i++;
		} else if (c === '/') {
			out.push({ t: 'slash' });
		} else if (c === '@') {
			out.push({ t: 'text' });
		} else if (/^general/i.test(text.slice(i))) {
			out.push({ t: 'general' });
			i += 6;
		} else {
			out.push({ t: 'lit', s: c });
		}
	}
	return out;
}
