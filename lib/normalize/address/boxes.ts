import { hasDigit, startsWithDigit, type Token } from './tokens';

/** The lookup key of `tokens[j]`, or '' past the end. */
function keyAt(tokens: readonly Token[], j: number): string {
	return tokens[j]?.key ?? '';
}

/**
 * How many words the PO box designator at `tokens[i]` spans, 0 when none
 * starts there: "PO Box", "P.O. Box" (read "P O Box"), "Post Office Box",
 * "Post Office 12", "POB", "Box", "Drawer".
 *
 * @example
 * poBoxDesignatorLength(tokenize('P O Box 42'), 0)
 * //=> 3
 */
export function poBoxDesignatorLength(tokens: readonly Token[], i: number): number {
	switch (tokens[i]?.key) {
		case 'po':
			return keyAt(tokens, i + 1) === 'box' ? 2 : 0;
		case 'p':
			return keyAt(tokens, i + 1) === 'o' && keyAt(tokens, i + 2) === 'box' ? 3 : 0;
		case 'post':
			if (keyAt(tokens, i + 1) !== 'office') return 0;
			if (keyAt(tokens, i + 2) === 'box') return 3;
			return startsWithDigit(keyAt(tokens, i + 2)) ? 2 : 0;
		case 'pob':
		case 'pobox':
		case 'box':
		case 'drawer':
			return 1;
		default:
			return 0;
	}
}

/** Whether a PO box designator starts at `tokens[i]` ("PO Box", "Box", "Drawer"). */
export function startsPoBox(tokens: readonly Token[], i: number): boolean {
	return poBoxDesignatorLength(tokens, i) > 0;
}

/**
 * Length of the PO box designator at `tokens[i]` with the "#" after it, if
 * any ("Box # 63" → 2), or 0.
 */
export function poBoxAt(tokens: readonly Token[], i: number): number {
	const n = poBoxDesignatorLength(tokens, i);
	return n > 0 && tokens[i + n]?.text === '#' && !tokens[i + n - 1].comma ? n + 1 : n;
}

/** Whether a PO box with its number starts at `tokens[i]` ("PO Box 12", not "lock box teller"). */
export function startsNumberedPoBox(tokens: readonly Token[], i: number): boolean {
	const n = poBoxAt(tokens, i);
	return n > 0 && hasDigit(tokens[i + n]?.text ?? '');
}

/**
 * Whether a post-office box ("PO Box", "POB"; not a bare "Box" or "Drawer")
 * starts somewhere in `tokens[from, b)`.
 */
export function hasPostOfficeBoxIn(tokens: readonly Token[], from: number, b: number): boolean {
	for (let j = from; j < b; j++)
		if (startsPoBox(tokens, j) && tokens[j].key !== 'box' && tokens[j].key !== 'drawer')
			return true;
	return false;
}

/** Words for "number" between a lockbox word and its number: "lock box # 427", "lockbox no 12". */
const LOCKBOX_NUMBER_SIGNS: ReadonlySet<string> = new Set(['#', 'no', 'number']);

/** Length of the lockbox word at `tokens[i]`: "lockbox", "lbx", "lb" before a number, "lock box"; or 0. */
function lockboxWordLength(tokens: readonly Token[], i: number): number {
	const k = tokens[i].key;
	if (k === 'lockbox' || k === 'lbx') return 1;
	if (k === 'lb') return /^#|^\d/.test(tokens[i + 1]?.text ?? '') ? 1 : 0;
	return k === 'lock' && tokens[i + 1]?.key === 'box' ? 2 : 0;
}

/**
 * Length of a lockbox at `tokens[i]`, its number included ("lockbox 1007",
 * "lock box # 427", "lbx 427", "lb # 842467"), or 0. The number lies before `b`.
 *
 * @example
 * lockboxAt(tokenize('lock box # 427 Jamison'), 0, 5)
 * //=> 4
 */
export function lockboxAt(tokens: readonly Token[], i: number, b: number): number {
	let n = lockboxWordLength(tokens, i);
	if (n === 0) return 0;
	if (LOCKBOX_NUMBER_SIGNS.has(tokens[i + n]?.key ?? '')) n++;
	return i + n < b && hasDigit(tokens[i + n].text) ? n + 1 : 0;
}
