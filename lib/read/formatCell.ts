import { formatNumberCode, isDateFormatCode, plainNumberText } from './numberFormat';

/**
 * Cell-to-text rules shared by the XLSX and XLS readers, so both give the same
 * text for the same cell: dates as ISO 8601, numbers as the sheet shows them.
 */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
interface FormatKind {
	date: boolean;
	timeOnly: boolean;
	/** An elapsed-time format ([h]:mm:ss, [mm]:ss): a duration, whose hours run past 24. */
	elapsed: boolean;
	general: boolean;
}
const formatCache = new Map<string, FormatKind>();

function describeFormat(numFmt: string | undefined): FormatKind {
	const key = numFmt ?? '';
	let d = formatCache.get(key);
	if (!d) {
		const general = key === '' || /^general$/i.test(key) || key === '@';
		let date = false;
		if (!general) {
			date = isDateFormatCode(key);
		}
		// Strip quoted literals and [colour]/[$-409] sections before looking for y/d tokens.
		const bare = key.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
		const timeOnly = date && /[hs]/i.test(bare) && !/[yd]/i.test(bare);
		const elapsed =
			date && !/[yd]/i.test(bare) && /\[(h+|m+|s+)\]/i.test(key.replace(/"[^"]*"|\\./g, ''));
		d = { date, timeOnly, elapsed, general };
		if (formatCache.size < 1000) formatCache.set(key, d);
	}
	return d;
}

/** Whether a number format shows a date or time. */
export function isDateFormat(numFmt: string | undefined): boolean {
	return describeFormat(numFmt).date;
}

/**
 * ISO 8601 text for a UTC instant: `YYYY-MM-DD` at midnight,
 * `YYYY-MM-DDTHH:mm:ss` otherwise, or `HH:mm:ss` for a time-only format.
 * Rounds to the second, because Excel stores times as binary fractions.
 */
export function dateToIso(date: Date, numFmt?: string): string {
	const ms = Math.round(date.getTime() / 1000) * 1000;
	const d = new Date(ms);
	if (Number.isNaN(ms)) return '';
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	if (describeFormat(numFmt).timeOnly) return time;
	const year = d.getUTCFullYear();
	const day = `${year < 0 ? '-' + pad(-year, 4) : pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	return time === '00:00:00' ? day : `${day}T${time}`;
}

/**
 * Converts an Excel date serial to a UTC Date.
 * Serials below 60 are shifted by a day to undo Excel's fictitious 29 Feb 1900.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
	const days = !date1904 && serial < 60 ? serial + 1 : serial;
	return new Date(epoch + Math.round(days * 86400) * 1000);
}

/**
 * A number as the sheet shows it. `General` numbers print in full without
 * float noise or exponents (a phone stored as a number stays `5551234567`);
 * other formats go through formatNumberCode so `00000` keeps a ZIP's leading
 * zeros and `0.00` keeps two decimals.
 */
export function formatNumber(value: number, numFmt?: string): string {
	if (!Number.isFinite(value)) return String(value);
	const f = describeFormat(numFmt);
	if (!f.general) {
		const text = formatNumberCode(value, numFmt ?? '')?.trim();
		if (text !== undefined && text !== '' && !/^#+$/.test(text)) return text;
	}
	return plainNumberText(value);
}

/**
 * A numeric cell's text: ISO 8601 when its format shows a date or time,
 * otherwise the number as the sheet shows it.
 */
export function numberText(value: number, numFmt: string | undefined, date1904: boolean): string {
	const f = describeFormat(numFmt);
	if (f.elapsed) return durationText(value);
	return f.date ? dateToIso(serialToDate(value, date1904), numFmt) : formatNumber(value, numFmt);
}

/** A duration in days as `H:mm:ss`, the hours running past 24 (1.5 → `36:00:00`), to the second. */
function durationText(days: number): string {
	const total = Math.round(Math.abs(days) * 86400);
	const h = Math.floor(total / 3600);
	const text = `${pad(h)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
	return days < 0 && total > 0 ? `-${text}` : text;
}
