/**
 * Mailbox providers that most personal addresses in US client lists use, for
 * suggesting a fix to a mistyped domain. The list follows the defaults of the
 * mailcheck library (MIT) and the providers' own published domains.
 */
export const POPULAR_EMAIL_DOMAINS: readonly string[] = [
	'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'rocketmail.com', 'hotmail.com', 'outlook.com',
	'live.com', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'comcast.net', 'verizon.net', 'att.net',
	'sbcglobal.net', 'bellsouth.net', 'charter.net', 'cox.net', 'earthlink.net', 'juno.com', 'protonmail.com',
	'proton.me', 'gmx.com', 'mail.com', 'zoho.com', 'yandex.com', 'fastmail.com', 'hey.com', 'yahoo.co.uk',
	'hotmail.co.uk', 'btinternet.com', 'live.co.uk', 'yahoo.ca', 'hotmail.ca', 'rogers.com', 'shaw.ca',
];

/** Common top-level domains, to tell a mistyped ".con" from a real TLD. */
export const COMMON_TLDS: readonly string[] = [
	'com', 'net', 'org', 'edu', 'gov', 'mil', 'us', 'io', 'co', 'info', 'biz', 'me', 'law', 'legal', 'ca', 'uk',
	'co.uk', 'de', 'fr', 'au', 'com.au', 'nz', 'in', 'mx', 'br', 'app', 'dev', 'ai',
];
