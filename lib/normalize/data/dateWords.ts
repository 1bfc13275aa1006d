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
