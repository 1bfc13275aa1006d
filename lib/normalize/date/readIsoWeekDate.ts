import { fail, type DateResult } from './result';
import type { DateParts } from './parts';

/** ISO 8601 week date: "2014-W50-5", "2014W505". */
const WEEK_DATE = /^(\d{4})-?w(\d{2})-?([1-7])$/;
/** ISO 8601 ordinal date: "2014-346". */
const ORDINAL_DATE = /^(\d{4})-(\d{3})$/;
const DAY_MS = 86400000;

/** The calendar day `days` after 1 January of year `y` (UTC), as parts. */
function partsAt(time: number): DateParts {
	const date = new Date(time);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The calendar date of an ISO 8601 week date ("2014-W50-5" is Friday of
 * week 50, 2014-12-12) or ordinal date ("2014-346"), undefined for any
 * other text, and an error for a week or day the year does not have.
 */
export function readIsoWeekDate(text: string, shown: string): DateParts | DateResult | undefined {
	let m = WEEK_DATE.exec(text);
	if (m) {
		const [y, week, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const jan4 = Date.UTC(y, 0, 4);
		const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
		const time = monday1 + ((week - 1) * 7 + day - 1) * DAY_MS;
		// a week belongs to the year of its Thursday
		const thursday = new Date(monday1 + ((week - 1) * 7 + 3) * DAY_MS).getUTCFullYear();
		if (week < 1 || thursday !== y)
			return fail('DATE_IMPOSSIBLE', `${shown} is not a real date: ${y} has no week ${week}`);
		return partsAt(time);
	}
	m = ORDINAL_DATE.exec(text);
	if (!m) return undefined;
	const [y, day] = [Number(m[1]), Number(m[2])];
	const parts = partsAt(Date.UTC(y, 0, day));
	if (day < 1 || parts.y !== y)
		return fail('DATE_IMPOSSIBLE', `${shown} is not a real date: ${y} has no day ${day}`);
	return parts;
}
