import { LONG_ZONE_NAMES } from '../data/dateWords';

/** Brackets and quotes that may wrap a whole value, opener → closer. */
const PAIRS: Readonly<Record<string, string>> = {
	'(': ')',
	'[': ']',
	'{': '}',
	'<': '>',
	'"': '"',
	"'": "'",
	'“': '”',
	'‘': '’',
	'«': '»',
	'„': '“',
};
/** A comment after the zone: RFC 2822's "(Newfoundland Time)", JavaScript's "(Central European Summer Time)". */
const ZONE_ABBREVIATION = /^[a-z]{2,5}$/;
const COMMENT = /\s+\([^()]*\)/g;
/** Java's zone id after an offset: "2011-12-03T10:15:30+01:00[Europe/Paris]". */
const ZONE_ID = /\[[a-z_]+(?:\/[a-z0-9_+-]+)+\]$/;
const STRAY_START = /^[\s"'“‘«„(\[{<]+/;
const STRAY_END = /[\s"'”’»)\]}>.]+$/;
/** First or last characters that may need stripping. */
const EDGES = new Set([
	...Object.keys(PAIRS),
	...Object.values(PAIRS),
	'.',
	' ',
	'„',
	'»',
	'’',
	'”',
]);
/** More than one space, or a space that is not one. */
const SPACES = /\s\s|[^\S ]/;
const ORDINAL = /(\d)(?:st|nd|rd|th)\b/g;
/** EXIF's "2008:08:07 18:11:31". */
const EXIF = /^(\d{4}):(\d\d):(\d\d)(?=\s|$)/;
/** A time joined to its year by a colon, a dot or a dash: Apache's "10/Oct/2000:13:55:36", SAS's "12DEC2014:10:55:50", "05/31/2024-14:15". */
/** A cheap first look for YEAR_COLON_TIME. */
const MAYBE_GLUED = /\d{4}[:.-]\d{1,2}:|[a-z]\d\d:\d/;
const YEAR_COLON_TIME = /((?:^|[^\d:])\d{4}|(?<=\d)[a-z]{3}\d{2})[:.-](?=\d{1,2}:\d\d)/;
/** ISO 8601 basic format with a time: "20130208T080910", "20080701t22:38:07". */
const ISO_BASIC = /^(\d{4})(\d\d)(\d\d)t(\d\d)(?::?(\d\d)(?::?(\d\d))?)?/;
/** An ISO date and an hour alone: "2013-02-08T09", "2013-02-08 09Z", "2013-02-08 09-0100". */
const ISO_HOUR = /^(\d{4}-\d{1,2}-\d{1,2})[t ](\d\d)(?=$|z$|[+-]\d)/;
/** A date and time in digits alone, dateutil's "199709020908" and "19970902090807" (year 1000-2999). */
const DIGITS_ONLY = /^([12]\d{3})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?$/;
/** The T between a date and its time: "2024-01-15T13:45", "1/15/2024T13:45". */
const DATE_T = /(\d)t(?=\d{1,2}:?\d\d)/;

/**
 * A comment goes, but a zone abbreviation in brackets stays, to be read
 * as a zone: "… 16:12:46 (UTC)" is UTC, "… (IST)" is refused as not one
 * zone, and after an offset ("GMT+0900 (JST)") it is read past.
 */
function keepZoneName(comment: string): string {
	const inner = comment.trim().slice(1, -1).trim();
	return ZONE_ABBREVIATION.test(inner) ? ` ${inner}` : ' ';
}

/** Long zone names ("Eastern Standard Time") as their offsets. */
function shortZoneNames(s: string): string {
	for (const [name, offset] of LONG_ZONE_NAMES)
		if (s.includes(name)) return s.replace(name, offset);
	return s;
}

/**
 * The text of a date made plain for the rules that read it: lower case, one
 * space between words, without what wraps it (brackets, quotes, a trailing
 * full stop), zone comments, ordinal suffixes and era words, with long
 * zone names as their offsets, and with the machine forms whose parts are glued (EXIF, Apache, SAS, ISO basic, an ISO
 * hour alone) written out as a date, a space and a time.
 */
export function cleanDateText(text: string): string {
	let s = text.toLowerCase();
	if (EDGES.has(s[0]) || EDGES.has(s[s.length - 1])) {
		for (let close = PAIRS[s[0]]; close !== undefined && s.endsWith(close) && s.length > 2;) {
			s = s.slice(1, -1).trim();
			close = PAIRS[s[0]];
		}
		if (s.includes('(')) s = s.replace(COMMENT, keepZoneName);
		if (s.endsWith(']')) s = s.replace(ZONE_ID, '');
		// a bracket left around one word: "[Sept] 04, 2014."
		if (s.includes(']')) s = s.replace(/[[\]]/g, ' ').trim();
		s = s.replace(STRAY_START, '').replace(STRAY_END, '');
	}
	if (s.includes(' time')) s = shortZoneNames(s);
	if (s.includes('th') || s.includes('st') || s.includes('nd') || s.includes('rd'))
		s = s.replace(ORDINAL, '$1');
	if (s.includes('a.d.')) s = s.replace(/\ba\.d\./g, ' ');
	if (s.includes(':')) {
		s = s.replace(EXIF, '$1-$2-$3');
		if (MAYBE_GLUED.test(s)) s = s.replace(YEAR_COLON_TIME, '$1 ');
	}
	const digitFirst = s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
	if (s.includes('t')) {
		if (digitFirst)
			s = s.replace(
				ISO_BASIC,
				(_m, y: string, mo: string, d: string, h: string, mi?: string, sec?: string) =>
					`${y}-${mo}-${d} ${h}:${mi ?? '00'}:${sec ?? '00'}`,
			);
		s = s.replace(DATE_T, '$1 ');
	}
	if (digitFirst)
		s = s
			.replace(ISO_HOUR, '$1 $2:00')
			.replace(
				DIGITS_ONLY,
				(_m, y: string, mo: string, d: string, h: string, mi: string, sec?: string) =>
					`${y}-${mo}-${d} ${h}:${mi}:${sec ?? '00'}`,
			);
	return SPACES.test(s) ? s.replace(/\s+/g, ' ') : s;
}
