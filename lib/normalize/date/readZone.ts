import { MONTHS, WEEKDAYS, ZONE_OFFSETS, DATE_FILLERS } from '../data/dateWords';

/**
 * A zone found after a time, and where it ends in the text: its offset from
 * UTC in minutes, or, for a name that is not one zone ("IST") or an offset
 * past ±14:00, no offset and the zone as written.
 */
export interface FoundZone {
	offset?: number;
	zone: string;
	end: number;
}

/** "+0100", "-05:00", "+07", "GMT+0900", "UTC+1". */
const OFFSET = /^\s?(?:(gmt|utc|ut)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])/;
const NAME = /^\s?([a-z]{1,5})\b/;
const MAX_OFFSET = 14 * 60;

function isWord(name: string): boolean {
	return (
		MONTHS[name] !== undefined ||
		WEEKDAYS[name] !== undefined ||
		DATE_FILLERS.has(name) ||
		// French "le" leads the date after its time: "16h15 le 3 mars 2020"
		name === 'le' ||
		name === 'noon' ||
		name === 'midnight'
	);
}

/** A zone name at `at`; undefined for a word of the date ("on", "Dec") or a lone letter but Z. */
function readName(s: string, at: number): FoundZone | undefined {
	const m = NAME.exec(s.slice(at));
	if (!m || isWord(m[1]) || (m[1].length === 1 && m[1] !== 'z')) return undefined;
	return { offset: ZONE_OFFSETS[m[1]], zone: m[1], end: at + m[0].length };
}

/**
 * The zone written right after a time, at `at` in the cleaned text: a UTC
 * offset (with or without a colon, optionally after GMT or UTC, as in
 * JavaScript's "GMT+0900"), a name with one meaning (ZONE_OFFSETS), or both
 * (Go's "+0000 UTC": the offset counts, the name is read past). An unknown
 * name ("IST", "BRST") comes back without an offset, never guessed; no zone
 * is undefined.
 */
export function readZone(s: string, at: number): FoundZone | undefined {
	const m = OFFSET.exec(s.slice(at));
	if (!m) return readName(s, at);
	if (m[3].length === 1 && !m[1]) return undefined;
	const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
	const zone = m[0].trim();
	if (minutes > MAX_OFFSET || Number(m[4] ?? 0) > 59) return { zone, end: at + m[0].length };
	const end = at + m[0].length;
	return { offset: m[2] === '-' ? -minutes : minutes, zone, end: readName(s, end)?.end ?? end };
}
