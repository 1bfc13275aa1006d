import { fail, pad, type DateResult } from './result';

/** Excel's largest serial, 9999-12-31. */
const MAX_SERIAL = 2958465;
/** Serial 60 is 1900-02-29, a day that never was: Excel kept Lotus 1-2-3's leap-year bug. */
const FAKE_LEAP_DAY = 60;
const MS_PER_DAY = 86400000;
/** Serials after the fake leap day count from 1899-12-30; those before it from 1899-12-31. */
const EPOCH = Date.UTC(1899, 11, 30);

/** Turns an Excel serial day number (with an optional fraction of a day) into a date. */
export function fromSerial(serial: number): DateResult {
	if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
		return fail('DATE_OUT_OF_RANGE', `${serial} is not an Excel date serial (1 to ${MAX_SERIAL})`);
	}
	const day = Math.floor(serial);
	if (day === FAKE_LEAP_DAY)
		return fail('DATE_IMPOSSIBLE', 'Excel serial 60 is 1900-02-29, a day that never existed');
	const seconds = Math.round((serial - day) * 86400);
	const date = new Date(
		EPOCH + (day < FAKE_LEAP_DAY ? day + 1 : day) * MS_PER_DAY + seconds * 1000,
	);
	const value = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	if (seconds === 0) return { ok: true, value, hasTime: false };
	return {
		ok: true,
		value: `${value}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`,
		hasTime: true,
	};
}
