import { checkTime } from './checkTime';

/** A time of day found in a date's text, and where it was. */
export interface FoundTime {
	hour: number;
	minute: number;
	second: number;
	/** Where the time starts and ends in the text. */
	start: number;
	end: number;
}

const MERIDIEM = String.raw`(?:\s?([ap])\.?\s?m\b\.?)`;
/** "13:45", "1:45:30 pm", "10:55:50.123", SQL Server's "10:55:50:123AM". */
const COLON = new RegExp(
	String.raw`(?<![\d:+-])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9}|:\d{3})?)?(?![\d:])${MERIDIEM}?`,
);
/** French "10h11", "18h", and "11h30m". */
const FRENCH = /(?<![\d.:])(\d{1,2})h(\d{2})?(?:m(?:in)?)?(?![a-z\d])/;
/** "3pm", "9 a.m.", "11 P.M." */
const HOUR_MERIDIEM = new RegExp(String.raw`(?<![\d.:])(\d{1,2})${MERIDIEM}`);
/** "noon", "12 noon", "midnight". */
const NOON = /(?:(?<=^|\s)12\s?)?\b(noon|midnight)\b/;
const TIME_SUFFIX = /^ ?(?:(noon|midnight)|h|hrs|hours|uhr)\b/;
/** Dotted "13.12", Oracle's "10.55.50.000000 AM": read only beside the date, apart from it by a space. */
const DOTTED = new RegExp(
	String.raw`(?<=^|[\s,])(\d{1,2})\.(\d{2})(?:\.(\d{2})(?:[.,]\d{1,9})?)?(?![\d.])${MERIDIEM}?(?=$|[\s,])`,
);

/** Why a time was refused. */
export interface TimeError {
	error: string;
}

function found(
	m: RegExpExecArray,
	h: string,
	min: string | undefined,
	sec: string | undefined,
	meridiem: string | undefined,
): FoundTime | TimeError {
	const time = checkTime(h, min, sec, meridiem);
	if ('error' in time) return time;
	return {
		hour: time[0],
		minute: time[1],
		second: time[2],
		start: m.index,
		end: m.index + m[0].length,
	};
}

/**
 * The time of day written in a date's cleaned text, wherever it stands:
 * before the date ("8:25 a.m. Dec. 12, 2014") or after it, with colons, a
 * meridiem with or without dots, French "10h11", "noon" and "midnight", and
 * a dotted "13.12" only where nothing else is a time. Undefined when there
 * is none; an error for a time that cannot be ("13:05 pm", "25:00").
 */
export function readTime(s: string): FoundTime | TimeError | undefined {
	let m: RegExpExecArray | null;
	if (s.includes(':') && (m = COLON.exec(s))) {
		// "12:00 noon", "12:00 midnight", "15:00 hrs", "15:00 Uhr"
		const after = m[4] === undefined ? TIME_SUFFIX.exec(s.slice(m.index + m[0].length)) : null;
		if (!after) return found(m, m[1], m[2], m[3], m[4]);
		const noon = after[1] !== undefined && m[1] === '12';
		if (after[1] !== undefined && !noon) return { error: `${m[0]} ${after[1]} is not a time` };
		const hour = noon ? (after[1] === 'noon' ? '12' : '0') : m[1];
		const time = found(m, hour, m[2], m[3], undefined);
		return 'error' in time ? time : { ...time, end: time.end + after[0].length };
	}
	if (s.includes('m') || s.includes('noon')) {
		if ((m = HOUR_MERIDIEM.exec(s))) return found(m, m[1], undefined, undefined, m[2]);
		if ((m = NOON.exec(s))) return found(m, m[1] === 'noon' ? '12' : '0', '0', '0', undefined);
	}
	if (s.includes('h') && (m = FRENCH.exec(s))) return found(m, m[1], m[2], undefined, undefined);
	if (s.includes('.') && (m = DOTTED.exec(s))) return found(m, m[1], m[2], m[3], m[4]);
	return undefined;
}
