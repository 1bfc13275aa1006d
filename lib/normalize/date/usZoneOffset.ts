import type { DateParts } from './parts';

/** The Sunday of a month: the nth (1-based), or the last with n = 0. */
function sunday(y: number, month: number, n: number): number {
	const first = 1 + ((7 - new Date(Date.UTC(y, month - 1, 1)).getUTCDay()) % 7);
	if (n > 0) return first + 7 * (n - 1);
	const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
	return first + 7 * Math.floor((days - first) / 7);
}

/**
 * US daylight saving time by the Uniform Time Act as amended: from 2007 the
 * second Sunday of March to the first Sunday of November, 1987-2006 the
 * first Sunday of April to the last of October, 1967-1986 the last Sunday
 * of April to the last of October (1974 and 1975, the energy-crisis years,
 * are left out). Clocks change at 2:00 local time.
 */
function dstDays(y: number): [start: [number, number], end: [number, number]] | undefined {
	if (y >= 2007)
		return [
			[3, sunday(y, 3, 2)],
			[11, sunday(y, 11, 1)],
		];
	if (y >= 1987)
		return [
			[4, sunday(y, 4, 1)],
			[10, sunday(y, 10, 0)],
		];
	if (y >= 1967 && y !== 1974 && y !== 1975)
		return [
			[4, sunday(y, 4, 0)],
			[10, sunday(y, 10, 0)],
		];
	return undefined;
}

/**
 * The UTC offset in minutes of a US generic zone ("ET", "Pacific Time")
 * at a local date and time, from its standard offset and the US daylight
 * saving rules; undefined where one offset cannot be told: before 1967,
 * in 1974-1975, in the hour the clocks skip in spring and the hour they
 * repeat in autumn.
 */
export function usZoneOffset(
	parts: DateParts,
	time: readonly [number, number, number],
	standard: number,
): number | undefined {
	const rule = dstDays(parts.y);
	if (!rule) return undefined;
	const [[startMonth, startDay], [endMonth, endDay]] = rule;
	const at = (parts.m * 32 + parts.d) * 1440 + time[0] * 60 + time[1];
	const start = (startMonth * 32 + startDay) * 1440 + 120;
	const end = (endMonth * 32 + endDay) * 1440 + 60;
	if ((at >= start && at < start + 60) || (at >= end && at < end + 60)) return undefined;
	return at >= start + 60 && at < end ? standard + 60 : standard;
}
