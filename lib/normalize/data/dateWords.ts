/**
 * English month and weekday names with their usual abbreviations, as in the
 * Unicode CLDR English calendar data (wide and abbreviated forms), plus the
 * common variants "Sept", "Tues", "Thurs".
 */

/** Month number (1-12) of each lower-case month name or abbreviation. */
export const MONTHS: Readonly<Record<string, number>> = {
	jan: 1,
	january: 1,
	feb: 2,
	febr: 2,
	february: 2,
	mar: 3,
	march: 3,
	apr: 4,
	april: 4,
	may: 5,
	jun: 6,
	june: 6,
	jul: 7,
	july: 7,
	aug: 8,
	august: 8,
	sep: 9,
	sept: 9,
	september: 9,
	oct: 10,
	october: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12,
};

/** Day of the week (0 = Sunday, as date-fns getDay) of each lower-case weekday name or abbreviation. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
	sun: 0,
	sunday: 0,
	mon: 1,
	monday: 1,
	tue: 2,
	tues: 2,
	tuesday: 2,
	wed: 3,
	weds: 3,
	wednesday: 3,
	thu: 4,
	thur: 4,
	thurs: 4,
	thursday: 4,
	fri: 5,
	friday: 5,
	sat: 6,
	saturday: 6,
};

/**
 * UTC offsets in minutes of the zone names that mean one thing in English
 * text: UTC itself (RFC 2822 §3.3 and §4.3: UT, GMT, Z), the US zones of
 * RFC 2822 §4.3 (EST … PDT), Alaska and Hawaii (IANA tz abbreviations), and
 * the European zones written by Java, Unix `date` and mail clients (WET,
 * CET, EET and their summer forms, MSK; BST is British Summer Time, as Java
 * and the tz database write Europe/London), and the abbreviations the IANA
 * tz database gives one zone each elsewhere (SAST, PKT, WIB, HKT, SGT, AWST,
 * JST, KST, ACST/ACDT, AEST/AEDT, NZST/NZDT). Names that stand for more than one
 * zone (IST, AST, BRST's neighbours, CST outside the US …) are left out on
 * purpose: parseDate refuses them rather than guess an offset.
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
	z: 0,
	ut: 0,
	utc: 0,
	gmt: 0,
	est: -300,
	edt: -240,
	cst: -360,
	cdt: -300,
	mst: -420,
	mdt: -360,
	pst: -480,
	pdt: -420,
	akst: -540,
	akdt: -480,
	hst: -600,
	wet: 0,
	west: 60,
	bst: 60,
	cet: 60,
	cest: 120,
	eet: 120,
	eest: 180,
	msk: 180,
	sast: 120,
	pkt: 300,
	wib: 420,
	hkt: 480,
	sgt: 480,
	awst: 480,
	jst: 540,
	kst: 540,
	acst: 570,
	acdt: 630,
	aest: 600,
	aedt: 660,
	nzst: 720,
	nzdt: 780,
};

/**
 * Words that join the parts of a written date and carry no value of their
 * own: "the 3rd of May", "on July 4", "Jan 2, 2015, at 9 a.m.", "1996 AD",
 * and French "à" ("25/12/2014 à 18h45").
 */
export const DATE_FILLERS: ReadonlySet<string> = new Set([
	'the',
	'of',
	'on',
	'at',
	'ad',
	'ce',
	'à',
]);

/** English month names, for messages. */
export const MONTH_NAMES: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** English weekday names (0 = Sunday), for messages. */
export const WEEKDAY_NAMES: readonly string[] = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
];
