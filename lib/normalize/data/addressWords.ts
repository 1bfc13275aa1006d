/**
 * Small word lists the address splitter's rules read, beside the USPS tables
 * of `usAddress.ts`. Every entry is lower case with periods removed (the
 * lookup form of `lookupKey`).
 *
 * Sources: USPS Publication 28, "Postal Addressing Standards" (2015 ed.), for
 * the USPS words: street suffix abbreviations (Appendix C1: "Ave", "Blvd",
 * and place words that are also suffixes: "Ft", "Mt", "Hts", "Spgs"),
 * secondary unit designators (Appendix C2: "Fl", "Ste"), and the words of
 * post office box and rural and highway contract route addresses ("PO Box",
 * "RR", "HC"). Words with no USPS standard (attention lines, account
 * references, building words, "St" for "Saint") are those that the address
 * lines of the usaddress training data use (corpus/addresses/usaddress_train.json,
 * MIT-licensed: corpus/licenses/usaddress_MIT.txt).
 */

/** Words that name a floor after an ordinal: "40th Floor", "Second Flr" (Pub. 28 C2: FLOOR, FL). */
export const FLOOR_WORDS: readonly string[] = ['fl', 'flr', 'floor'];

/** Words that stand for "number" ahead of an identifier: "Highway No 202", "Suite No. 4". */
export const NUMBER_SIGNS: readonly string[] = ['#', 'no', 'number', 'num'];

/**
 * Street-type abbreviations that end a street name for sure: no second street
 * type follows them (Pub. 28 C1 abbreviations and their common variants).
 */
export const FINAL_STREET_TYPES: readonly string[] = [
	'ave',
	'av',
	'st',
	'str',
	'dr',
	'rd',
	'blvd',
	'ln',
	'ct',
	'pl',
	'cir',
	'hwy',
	'pkwy',
	'ter',
	'trl',
	'sq',
	'expy',
	'fwy',
	'way',
];

/**
 * Spellings of the same place word, so "St Louis" finds "saint louis": the
 * Pub. 28 C1 abbreviations of place words that are also street suffixes, and
 * the common ones of the others ("St" for "Saint", "Twp", "Cty").
 */
export const PLACE_WORD_SPELLINGS: Readonly<Record<string, string>> = {
	st: 'saint',
	ste: 'sainte',
	ft: 'fort',
	mt: 'mount',
	pt: 'point',
	n: 'north',
	s: 'south',
	e: 'east',
	w: 'west',
	vy: 'valley',
	vly: 'valley',
	hts: 'heights',
	spgs: 'springs',
	twp: 'township',
	bch: 'beach',
	hbr: 'harbor',
	jct: 'junction',
	lk: 'lake',
	vlg: 'village',
	ctr: 'center',
	cty: 'city',
};

/** Highway words after which "#50" is a public highway's number ("State Highway #50", not "Dixie Hwy # 312"). */
export const HIGHWAY_WORDS: readonly string[] = ['highway', 'hwy', 'hiway', 'hgwy', 'interstate'];

/** Words that make a highway public ahead of a highway word: "State Highway", "US Hwy", "County Hwy". */
export const PUBLIC_HIGHWAY_OWNERS: readonly string[] = [
	'state',
	'us',
	'county',
	'co',
	'interstate',
];

/** Route words after which "#" and "No" start the route number ("Route # A"), not a unit. */
export const ROUTE_WORDS: readonly string[] = [
	'route',
	'rte',
	'rt',
	'sr',
	'cr',
	'fm',
	'us',
	'rr',
	'hc',
];

/** Rural route words that start a delivery line ("RR 3 Box 9", "HC 64 Box 12"). */
export const RURAL_ROUTE_WORDS: readonly string[] = ['rr', 'hc', 'rfd'];

/** Words that mark a line as for someone's attention ("Attn: Legal", "c/o Acme"), not part of the street. */
export const ATTENTION_WORDS: readonly string[] = ['attn', 'attn:', 'attention', 'c/o', 'co:'];

/** Words that make a line ahead of the street part of the address (a building), not a recipient. */
export const PLACE_LINE_WORDS: readonly string[] = [
	'plaza',
	'square',
	'center',
	'centre',
	'tower',
	'building',
	'bldg',
	'airport',
	'mall',
	'park',
	'court',
	'hall',
	'house',
	'campus',
	'complex',
	'station',
	'terminal',
	'place',
];

/** Words that end the name of a part of a building: "North Tower", "West Hall", "Conference Room". */
export const BUILDING_PART_WORDS: readonly string[] = [
	'tower',
	'twr',
	'hall',
	'room',
	'rm',
	'wing',
];

/** Words that open an account reference ahead of the street ("customer # 55-0037082", "re: acct # 50016"). */
export const REFERENCE_WORDS: readonly string[] = [
	'customer',
	'client',
	'cust',
	'acct',
	'account',
	're',
	're:',
	're:acct',
	'ref:',
];

/** Unit designators that stay a unit with no identifier at the end of a street line: "12 Main St Unit". */
export const BARE_UNIT_DESIGNATORS: readonly string[] = [
	'unit',
	'apt',
	'ste',
	'suite',
	'lot',
	'trlr',
];

/** First words of a unit that are no USPS designator: "St 1400" (a suite), "mail code 55083", "client code 28502". */
export const OTHER_UNIT_STARTS: readonly string[] = ['st', 'mail', 'client'];

/**
 * Words that can end a street line's house-number-free words yet are no
 * street name: a trailing number after them is not a suite ("Route No 5",
 * "A and 7", "lockbox 42").
 */
export const NOT_BEFORE_SUITE: readonly string[] = [
	'no',
	'number',
	'#',
	'and',
	'&',
	'lockbox',
	'lbx',
	'lb',
];
