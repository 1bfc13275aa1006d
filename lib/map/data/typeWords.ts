/**
 * The words in a typed column's type cell, and the field each sends a value
 * to. Source: the type values Google Contacts writes ("Mobile", "Home",
 * "Work", "Main", "Other", "Home Fax", "Work Fax", "Pager", "Google Voice",
 * custom labels, "* " before the primary one), vCard 4.0's TYPE values
 * (RFC 6350: home, work, cell, voice, fax, pager, text) and the phone and
 * address labels of Outlook.com, Pipedrive and Xero (Mobile, DDI, Business,
 * Personal). Written for this project; no licence needed.
 */

/** Phone type words → the phone field they name. Fax wins over the rest ("Home Fax" is a fax). */
export const PHONE_TYPE_FIELDS: ReadonlyArray<readonly [field: string, words: readonly string[]]> =
	[
		['fax', ['fax', 'facsimile']],
		['mobilePhone', ['mobile', 'cell', 'cellular', 'iphone', 'handy', 'sms', 'text', 'cellphone']],
		['homePhone', ['home', 'personal', 'private', 'residence', 'residential', 'evening']],
		['workPhone', ['work', 'business', 'office', 'company', 'direct', 'ddi', 'daytime', 'job']],
	];

/** Address type words that say the address is the person's home one (preferred for the address fields after a primary one). */
export const HOME_ADDRESS_WORDS: readonly string[] = [
	'home',
	'personal',
	'private',
	'residence',
	'residential',
	'mailing',
];

/** How several values share one cell in Google Contacts ("+1 555 0100 ::: +1 555 0101"). */
export const MULTI_VALUE_SEPARATOR = /\s*:::\s*/;

/** The mark of the primary value in a type cell ("* Home"). */
export const PRIMARY_MARK = /^\s*\*\s*/;
