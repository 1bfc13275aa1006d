import type { RunPlace } from './classifyRun';
import { placeRun } from './classifyRun';
import { findCityStart } from './findCity';
import type { StreetLines } from './lines';
import { readGroup } from './readGroup';
import { referenceAt, isAttentionLine } from './recipients';
import { startsStreet } from './streetSigns';
import { join, type Token } from './tokens';
import type { AddressParts } from './types';

/** The comma groups of `tokens[from, to)` as `[start, end)` pairs; the last one ends at `to`. */
function commaGroups(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
	const groups: Array<[number, number]> = [];
	let start = from;
	for (let i = from; i < to; i++) {
		if (tokens[i].comma || i === to - 1) {
			groups.push([start, i + 1]);
			start = i + 1;
		}
	}
	return groups;
}

/**
 * Reads comma group `g`, `[a, groupEnd)`, cut at the city, into `lines`: a
 * whole attention line, an account reference ahead of the first street line
 * ("customer # 55-0037082 lock box 427", "re: acct # 50016 p.o. box 972651"),
 * then its words and what its remaining run is.
 */
function readLine(
	tokens: readonly Token[],
	[a, groupEnd]: readonly [number, number],
	cityFrom: number,
	place: RunPlace,
	lines: StreetLines,
): void {
	const b = Math.min(groupEnd, cityFrom);
	if (b <= a) return;
	const followedByLines = groupEnd <= cityFrom && place.group < place.groupCount - 1;
	if (isAttentionLine(tokens, a, b, followedByLines)) {
		lines.recipient.push(join(tokens.slice(a, b)));
		return;
	}
	let i = a;
	if (place.group === 0) {
		const ref = referenceAt(tokens, a, b);
		if (ref > a) {
			lines.recipient.push(join(tokens.slice(a, ref)));
			i = ref;
		}
	}
	const run = readGroup(tokens, i, b, lines);
	if (run.length > 0) placeRun(run, place, lines);
}

/** Writes the lines and city read into `parts`, leaving out those that are empty. */
function writeParts(lines: StreetLines, city: readonly Token[], parts: AddressParts): void {
	const streetText = lines.street.map((r) => join(r)).join(', ');
	if (streetText) parts.street = streetText;
	if (lines.units.length > 0) parts.unit = lines.units.join(' ');
	if (lines.recipient.length > 0) parts.recipient = lines.recipient.join(', ');
	const cityText = join(city);
	if (cityText) parts.city = cityText;
}

/**
 * Splits `tokens[from, to)`, one comma group or several, into street, unit,
 * recipient and city, written into `parts`. `state` is the USPS code found
 * after them, if any: only then is there a city to find.
 *
 * @example
 * const parts = {}
 * splitStreetCityUnit(tokenize('123 Main St Apt 4B Springfield'), 0, 6, parts, 'IL')
 * parts
 * //=> { street: '123 Main St', unit: 'Apt 4B', city: 'Springfield' }
 */
export function splitStreetCityUnit(
	tokens: readonly Token[],
	from: number,
	to: number,
	parts: AddressParts,
	state: string | undefined,
): void {
	const groups = commaGroups(tokens, from, to);
	const last = groups[groups.length - 1];
	const cityFrom =
		state === undefined ? to : findCityStart(tokens, from, last, groups.length > 1, state);
	const city = state === undefined ? [] : tokens.slice(cityFrom, last[1]);
	const lines: StreetLines = { street: [], units: [], recipient: [], hasBox: false };
	// the first comma group or line that starts a street; the lines ahead of it may be recipients
	const streetGroup = groups.findIndex(([a]) => startsStreet(tokens, a));
	for (const [g, group] of groups.entries()) {
		const place: RunPlace = {
			group: g,
			groupCount: groups.length,
			hasCity: cityFrom < to,
			streetGroup,
		};
		readLine(tokens, group, cityFrom, place, lines);
	}
	writeParts(lines, city, parts);
}
