import { lockboxAt, startsNumberedPoBox } from './boxes';
import { ATTENTION, REFERENCES, STREET_TYPE_SET } from './lexicon';
import type { Token } from './tokens';

/**
 * Index just past an account reference that starts at `tokens[a]`, or `a`
 * when there is none: reference words, "#", then digit groups up to the
 * street line ("customer # 55-0037082 lock box 427", "re: acct # 50016").
 *
 * @example
 * referenceAt(tokenize('customer # 55-0037082 lock box 427'), 0, 6)
 * //=> 3
 */
export function referenceAt(tokens: readonly Token[], a: number, b: number): number {
	if (!REFERENCES.has(tokens[a].key)) return a;
	let i = a;
	while (i < b - 1 && REFERENCES.has(tokens[i].key) && !tokens[i].comma) i++;
	if (tokens[i].text !== '#' || tokens[i].comma) return a;
	i++;
	while (i < b - 1 && /^[\d-]+$/.test(tokens[i].text)) {
		i++;
		if (tokens[i - 1].comma) break;
	}
	return i > a + 2 && i < b ? i : a;
}

/**
 * Whether the comma group `tokens[a, b)` is a whole line for someone's
 * attention, with no street word, followed by more lines ahead of the city:
 * "attn dept # 528, 4th floor 300 East Randolph St".
 */
export function isAttentionLine(
	tokens: readonly Token[],
	a: number,
	b: number,
	isFollowedByLines: boolean,
): boolean {
	return (
		ATTENTION.has(tokens[a].key) &&
		isFollowedByLines &&
		!tokens.slice(a, b).some((t) => STREET_TYPE_SET.has(t.key))
	);
}

/**
 * Where the attention text that starts at `tokens[i]` ends: at `b`, the end
 * of the line ("1301 Bertha Howe Ave # 6 attn Desert Valley Ent"), except
 * that "c/o" names someone only up to a lockbox or numbered PO box ("c/o Boa
 * lockbox 402605"; "attn: lockbox # 402605" names a department).
 */
export function attentionEnd(tokens: readonly Token[], i: number, b: number): number {
	let stop = i + 1;
	if (tokens[i].key !== 'c/o') return Math.max(b, stop);
	while (stop < b && lockboxAt(tokens, stop, b) === 0 && !startsNumberedPoBox(tokens, stop)) stop++;
	return stop;
}
