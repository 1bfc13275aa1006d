/** A time of day as hour (0-23), minute and second, or why it is not one. */
export type TimeCheck = readonly [number, number, number] | { error: string };

/**
 * A time from its parts as written, with its meridiem ('a' or 'p') if any:
 * "1:45 pm" is [13, 45, 0], "12:05 am" [0, 5, 0]; "13:05 pm" and "25:00"
 * are errors.
 */
export function checkTime(
	h: string,
	min: string | undefined,
	sec: string | undefined,
	meridiem: string | undefined,
): TimeCheck {
	let hour = Number(h);
	const minute = Number(min ?? 0);
	const second = Number(sec ?? 0);
	if (meridiem) {
		if (hour < 1 || hour > 12)
			return { error: `${hour} o'clock with ${meridiem.toUpperCase()}M is not a time` };
		hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
	}
	if (hour > 23 || minute > 59 || second > 59)
		return { error: `${h}:${min ?? '00'}${sec ? `:${sec}` : ''} is not a time` };
	return [hour, minute, second];
}
