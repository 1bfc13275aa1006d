/**
 * English month and weekday names with their usual abbreviations, as in the
 * Unicode CLDR English calendar data (wide and abbreviated forms), plus the
 * common variants "Sept", "Tues", "Thurs"; the month names of French,
 * German, Spanish, Italian, Portuguese and Dutch (CLDR wide forms and the
 * abbreviations that differ from English, but those that are English words:
 * ago, set, out, gen, mag), for the European dates that
 * come with "10h11" and "13.12"; and the zone names and long zone names
 * below, each with its source. Unicode CLDR is under the Unicode License.
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
	// French
	janvier: 1,
	janv: 1,
	février: 2,
	fevrier: 2,
	févr: 2,
	fév: 2,
	mars: 3,
	avril: 4,
	avr: 4,
	mai: 5,
	juin: 6,
	juillet: 7,
	juil: 7,
	août: 8,
	aout: 8,
	septembre: 9,
	octobre: 10,
	novembre: 11,
	décembre: 12,
	decembre: 12,
	déc: 12,
	// German
	januar: 1,
	jänner: 1,
	februar: 2,
	märz: 3,
	maerz: 3,
	mär: 3,
	juni: 6,
	juli: 7,
	oktober: 10,
	okt: 10,
	dezember: 12,
	dez: 12,
	// Spanish
	enero: 1,
	ene: 1,
	febrero: 2,
	marzo: 3,
	abril: 4,
	abr: 4,
	mayo: 5,
	junio: 6,
	julio: 7,
	agosto: 8,
	septiembre: 9,
	setiembre: 9,
	octubre: 10,
	noviembre: 11,
	diciembre: 12,
	dic: 12,
	// Italian
	gennaio: 1,
	febbraio: 2,
	aprile: 4,
	maggio: 5,
	giugno: 6,
	giu: 6,
	luglio: 7,
	lug: 7,
	settembre: 9,
	ottobre: 10,
	ott: 10,
	dicembre: 12,
	// Portuguese
	janeiro: 1,
	fevereiro: 2,
	fev: 2,
	março: 3,
	maio: 5,
	junho: 6,
	julho: 7,
	setembro: 9,
	outubro: 10,
	novembro: 11,
	dezembro: 12,
	// Dutch
	januari: 1,
	februari: 2,
	maart: 3,
	mei: 5,
	augustus: 8,
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
	// French, German, Spanish, Italian, Portuguese and Dutch (CLDR wide forms;
	// their abbreviations are left out: "mar", "do", "ma" are other words)
	dimanche: 0,
	lundi: 1,
	mardi: 2,
	mercredi: 3,
	jeudi: 4,
	vendredi: 5,
	samedi: 6,
	sonntag: 0,
	montag: 1,
	dienstag: 2,
	mittwoch: 3,
	donnerstag: 4,
	freitag: 5,
	samstag: 6,
	sonnabend: 6,
	domingo: 0,
	lunes: 1,
	martes: 2,
	miércoles: 3,
	miercoles: 3,
	jueves: 4,
	viernes: 5,
	sábado: 6,
	sabado: 6,
	domenica: 0,
	lunedì: 1,
	lunedi: 1,
	martedì: 2,
	martedi: 2,
	mercoledì: 3,
	mercoledi: 3,
	giovedì: 4,
	giovedi: 4,
	venerdì: 5,
	venerdi: 5,
	sabato: 6,
	'segunda-feira': 1,
	'terça-feira': 2,
	'terca-feira': 2,
	'quarta-feira': 3,
	'quinta-feira': 4,
	'sexta-feira': 5,
	zondag: 0,
	maandag: 1,
	dinsdag: 2,
	woensdag: 3,
	donderdag: 4,
	vrijdag: 5,
	zaterdag: 6,
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
 * The standard offsets (minutes) of the US generic zones, which AP style
 * writes ("3 p.m. ET"): their offset at a given time follows the US
 * daylight saving rules (usZoneOffset).
 */
export const US_GENERIC_ZONES: Readonly<Record<string, number>> = {
	et: -300,
	ct: -360,
	mt: -420,
	pt: -480,
};

/**
 * Words that join the parts of a written date and carry no value of their
 * own: "the 3rd of May", "on July 4", "Jan 2, 2015, at 9 a.m.", "1996 AD",
 * the legal "this 12th day of December, 2014",
 * and their French, Spanish, Portuguese and German forms ("le 12 décembre
 * 2014 à 18h45", "12 de junio del 2012", "julio 5, 2015 en 1:04 pm", "am 12. Dezember 2014 um 10:55
 * Uhr"); "le" and "am" only lead a date: readDatePart strips them there).
 */
export const DATE_FILLERS: ReadonlySet<string> = new Set([
	'the',
	'of',
	'on',
	'at',
	'ad',
	'ce',
	'day',
	'à',
	'de',
	'del',
	'en',
	'um',
	'uhr',
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

/**
 * Long zone names as Intl.DateTimeFormat (timeZoneName: 'long', CLDR
 * metazone names) and Windows write them, each with its one UTC offset, or
 * for the US generic names ("Eastern Time") their abbreviation.
 * "India Standard Time" is one zone even though its abbreviation IST is not.
 */
export const LONG_ZONE_NAMES: ReadonlyArray<readonly [string, string]> = [
	['coordinated universal time', '+00:00'],
	['greenwich mean time', '+00:00'],
	['eastern standard time', '-05:00'],
	['eastern daylight time', '-04:00'],
	['central standard time', '-06:00'],
	['central daylight time', '-05:00'],
	['mountain standard time', '-07:00'],
	['mountain daylight time', '-06:00'],
	['pacific standard time', '-08:00'],
	['pacific daylight time', '-07:00'],
	['alaska standard time', '-09:00'],
	['alaska daylight time', '-08:00'],
	['hawaii-aleutian standard time', '-10:00'],
	['british summer time', '+01:00'],
	['western european standard time', '+00:00'],
	['western european summer time', '+01:00'],
	['central european standard time', '+01:00'],
	['central european summer time', '+02:00'],
	['eastern european standard time', '+02:00'],
	['eastern european summer time', '+03:00'],
	['india standard time', '+05:30'],
	['japan standard time', '+09:00'],
	['korean standard time', '+09:00'],
	['australian eastern standard time', '+10:00'],
	['australian eastern daylight time', '+11:00'],
	['new zealand standard time', '+12:00'],
	['new zealand daylight time', '+13:00'],
	['eastern time', 'et'],
	['central time', 'ct'],
	['mountain time', 'mt'],
	['pacific time', 'pt'],
];
