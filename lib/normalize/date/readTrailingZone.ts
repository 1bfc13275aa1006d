import { US_GENERIC_ZONES, ZONE_OFFSETS } from '../data/dateWords';
import { readZone, type FoundZone } from './readZone';

/** A zone written after the year rather than after the time: Postgres "… 2014 PST", git "… 2014 +0100". */
const TRAILING_ZONE = / ([+-]\d{2}:?\d{2}|[a-z]{1,5})$/;

/**
 * The zone at the end of a date's text once its time is taken out, where
 * Postgres, git and some writers put it: a name only if it is one zone
 * (ZONE_OFFSETS, or a US generic zone, whose offset is told later; any other word is left to the date rules, which refuse
 * it), an offset only when the text had a time. `end` is where the date
 * before it ends.
 */
export function readTrailingZone(rest: string, hasTime: boolean): FoundZone | undefined {
	const m = TRAILING_ZONE.exec(rest);
	if (!m) return undefined;
	if (m[1][0] !== '+' && m[1][0] !== '-') {
		const offset = ZONE_OFFSETS[m[1]];
		if (offset === undefined && US_GENERIC_ZONES[m[1]] !== undefined)
			return { zone: m[1], end: m.index };
		return offset === undefined || m[1] === 'z' ? undefined : { offset, zone: m[1], end: m.index };
	}
	const zone = hasTime ? readZone(rest, m.index) : undefined;
	return zone && { ...zone, end: m.index };
}
