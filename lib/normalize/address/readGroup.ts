import { hasPostOfficeBoxIn, lockboxAt, poBoxAt } from './boxes';
import { ATTENTION, DIRECTIONS, HOUSE_NUMBER, RURAL, STREET_TYPE_SET } from './lexicon';
import type { Run, StreetLines } from './lines';
import { attentionEnd } from './recipients';
import { isLeadText, isNameWord, startsStreet } from './streetSigns';
import { anyHasDigit, hasDigit, join, startsWithDigit, startsWithHash, type Token } from './tokens';
import { unitAt } from './units';

/** Whether a word starts a delivery line: a plain house number ("12", "12B") or a rural route ("RR 3"). */
function startsDeliveryLine(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	return (
		(startsWithDigit(t.text) && /^\d+[a-z]?$/i.test(t.text)) ||
		(RURAL.has(t.key) && startsWithDigit(tokens[i + 1]?.text ?? ''))
	);
}

/**
 * "TWILIO 645 Harrison St", "Plantation 3520 West Broward Blvd": one name
 * word ahead of a house number, with a street type after it, is a recipient.
 */
function isNameAheadOfHouseNumber(
	tokens: readonly Token[],
	i: number,
	b: number,
	run: Run,
	lines: StreetLines,
): boolean {
	return (
		run.tokens.length === 1 &&
		lines.street.length === 0 &&
		startsWithDigit(tokens[i].text) &&
		startsDeliveryLine(tokens, i) &&
		isNameWord(run.tokens[0]) &&
		tokens.slice(i + 1, b).some((t) => STREET_TYPE_SET.has(t.key))
	);
}

/**
 * "box # 2806 po box 8500", "p.o. box 850001 box # 0123": a box after a
 * delivery box, or a bare "Box" before a PO box, is a unit of that box.
 */
function isSecondBox(
	tokens: readonly Token[],
	i: number,
	box: number,
	b: number,
	lines: StreetLines,
): boolean {
	return (
		box > 0 &&
		i + box < b &&
		(lines.hasBox || hasPostOfficeBoxIn(tokens, i + box + 1, b)) &&
		tokens[i].key !== 'po' &&
		tokens[i].key !== 'p'
	);
}

/**
 * Reads the start of a delivery line at `tokens[i]`, a lockbox or PO box with
 * its number ("lockbox 1007 po box 4829", "6000 Feldwood Rd lbx # 402605"),
 * or a house number after lead text; text ahead of it is a recipient ("Acme
 * Inc 12 Main St", "Mellon Bank lockbox 360172 500 Ross St."). Returns the
 * index after it, or `i` when no delivery line starts here.
 */
function readDeliveryStart(
	tokens: readonly Token[],
	i: number,
	b: number,
	lock: number,
	box: number,
	run: Run,
	lines: StreetLines,
): number {
	const lineStart = startsDeliveryLine(tokens, i);
	const leadText =
		(lock > 0 || box > 0 || lineStart) &&
		run.tokens.length > 1 &&
		lines.street.length === 0 &&
		isLeadText(run.tokens);
	if (isNameAheadOfHouseNumber(tokens, i, b, run, lines)) {
		lines.recipient.push(join(run.tokens));
		run.tokens.length = 0;
	}
	const leadName = leadText && !anyHasDigit(run.tokens);
	if (lock === 0 && box === 0 && !(leadName && lineStart)) return i;
	if (leadName) {
		lines.recipient.push(join(run.tokens));
		run.tokens.length = 0;
	}
	const n = lock > 0 ? lock : box > 0 ? box + 1 : 1;
	run.tokens.push(...tokens.slice(i, i + n));
	return i + n;
}

/**
 * Reads the unit at `tokens[i]` of length `u` into the units. "Mile K Beach
 * Road # 1": on a street line with no house number, a "#" number that ends
 * the line is the house's, and stays on the street.
 */
function readUnit(
	tokens: readonly Token[],
	i: number,
	u: number,
	b: number,
	run: Run,
	lines: StreetLines,
): number {
	if (
		i + u === b &&
		startsWithHash(tokens[i]) &&
		lines.street.length === 0 &&
		run.tokens.length > 0 &&
		!anyHasDigit(run.tokens)
	) {
		run.tokens.push(...tokens.slice(i, i + u));
		return i + u;
	}
	lines.units.push(join(tokens.slice(i, i + u)));
	if (run.tokens.length > 0) run.atUnit = run.tokens.length;
	return i + u;
}

/**
 * Whether a unit that ends at `tokens[end - 1]` belongs to a street line:
 * street words come before it, or it ends the group, or a street starts
 * after it ("Suite 5, 12 Main St" read as one group: "Suite 5 12 Main St").
 * Otherwise its words stay in the run.
 */
function hasStreetAround(
	tokens: readonly Token[],
	end: number,
	b: number,
	run: Run,
	lines: StreetLines,
): boolean {
	return run.tokens.length > 0 || lines.street.length > 0 || end === b || startsStreet(tokens, end);
}

/** Reads the token(s) at `tokens[i]` into the run or the lines; returns the index after them. */
function readAt(
	tokens: readonly Token[],
	i: number,
	b: number,
	run: Run,
	lines: StreetLines,
): number {
	if (ATTENTION.has(tokens[i].key) && (run.tokens.length > 0 || lines.street.length > 0)) {
		// "1301 Bertha Howe Ave # 6 attn Desert Valley Ent": the rest is for someone's attention
		const stop = attentionEnd(tokens, i, b);
		lines.recipient.push(join(tokens.slice(i, stop)));
		return stop;
	}
	const lock = lockboxAt(tokens, i, b);
	const firstOnLine = run.tokens.length === 0 && lines.street.length === 0;
	if (lock > 0 && firstOnLine && hasPostOfficeBoxIn(tokens, i + lock, b)) {
		// "lockbox 9351 po box 8500": the lockbox is a unit of the PO box
		lines.units.push(join(tokens.slice(i, i + lock)));
		return i + lock;
	}
	const box = lock > 0 ? 0 : poBoxAt(tokens, i);
	if (isSecondBox(tokens, i, box, b, lines)) {
		lines.units.push(join(tokens.slice(i, i + box + 1)));
		return i + box + 1;
	}
	const deliveryBox = box > 0 && i + box < b ? box : 0;
	if (deliveryBox > 0) lines.hasBox = true;
	const next = readDeliveryStart(tokens, i, b, lock, deliveryBox, run, lines);
	if (next > i) return next;
	const u = unitAt(tokens, i, b);
	if (u > 0 && i + u <= b && hasStreetAround(tokens, i + u, b, run, lines))
		return readUnit(tokens, i, u, b, run, lines);
	run.tokens.push(tokens[i]);
	return i + 1;
}

/**
 * "3590 South State Road 7 Suite 28 Reference Division": words after the
 * unit that hold no number, street type or directional are the recipient's.
 */
function takeWordsAfterUnit(run: Run, lines: StreetLines): void {
	if (run.atUnit === 0 || run.tokens.length <= run.atUnit) return;
	if (!HOUSE_NUMBER.test(run.tokens[0].text)) return;
	const tail = run.tokens.slice(run.atUnit);
	if (tail.some((t) => hasDigit(t.text) || STREET_TYPE_SET.has(t.key) || DIRECTIONS.has(t.key)))
		return;
	lines.recipient.push(join(tail));
	run.tokens.length = run.atUnit;
}

/**
 * Reads the comma group `tokens[i, b)` word by word: units, boxes and
 * recipient text go to `lines`, and the words left, the street line's, come
 * back as the run.
 */
export function readGroup(
	tokens: readonly Token[],
	i: number,
	b: number,
	lines: StreetLines,
): Token[] {
	const run: Run = { tokens: [], atUnit: 0 };
	while (i < b) i = readAt(tokens, i, b, run, lines);
	takeWordsAfterUnit(run, lines);
	return run.tokens;
}
