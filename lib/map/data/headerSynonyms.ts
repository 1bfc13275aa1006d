/**
 * Header names that real exports use for each canonical field, and the words
 * that change what a header means.
 *
 * Sources, as the column headers each product writes in its CSV export:
 * - Microsoft Outlook (desktop) "Comma Separated Values" contacts export;
 * - Google Contacts CSV export (both the "Google CSV" and the 2021 layout:
 *   "Given Name", "Organization 1 - Name", "E-mail 1 - Value", "Address 1 - Street"…);
 * - HubSpot contact property labels ("Phone Number", "State/Region", "Postal Code");
 * - Salesforce Contact field API names and report labels ("MailingStreet",
 *   "Mailing Zip/Postal Code", "Account Name", "Salutation");
 * - Clio contacts and matters exports ("Primary Email", "Practice Area",
 *   "Responsible Attorney", "Display Number", "Open Date");
 * - MyCase client and case exports ("Cell Phone", "Address 1", "Case Stage", "Lead Attorney");
 * - PracticePanther, Zoho CRM, Pipedrive, vCard-to-CSV converters and
 *   Thunderbird address books ("Display Name", "Primary Email", "Work Phone").
 *
 * Phrases are written as people write headers; the mapper compares them case,
 * punctuation and word-order insensitively, after the abbreviations below are
 * expanded. A number after a phrase is its confidence (default 0.95): lower
 * for names that usually, but not always, mean the field.
 */

/** A phrase, or a phrase with its confidence. */
export type SynonymEntry = string | readonly [phrase: string, confidence: number];

/** Header phrases per canonical field key. */
export const HEADER_SYNONYMS: Readonly<Record<string, readonly SynonymEntry[]>> = {
	// names
	fullName: [
		'full name', 'name', 'contact name', 'client name', 'customer name', 'person name', 'complete name',
		['display name', 0.85], ['contact', 0.6], ['client', 0.6], ['customer', 0.6], ['full legal name', 0.9], 'legal name',
	],
	title: [
		'title', 'salutation', 'prefix', 'name prefix', 'honorific', 'courtesy title', ['mr mrs', 0.85], 'name title',
	],
	firstName: [
		'first name', 'first', 'given name', 'forename', 'fname', 'first names', 'christian name', 'given',
		['client first name', 0.9], ['contact first name', 0.9],
	],
	middleName: ['middle name', 'middle', 'middle initial', 'additional name', 'middle names', 'second name', ['initial', 0.7]],
	lastName: [
		'last name', 'last', 'surname', 'family name', 'lname', 'family', ['client last name', 0.9], ['contact last name', 0.9],
	],
	suffix: ['suffix', 'name suffix', 'generation', 'jr sr'],
	nickname: ['nickname', 'nick name', 'nick', 'preferred name', 'known as', 'aka', 'goes by'],

	// organisation
	company: [
		'company', 'company name', 'organization', 'organization name', 'organisation', 'organisation name', 'business name',
		'account name', 'employer', 'firm', 'firm name', 'business', 'corporation', ['account', 0.6], ['organization company', 0.9],
	],
	jobTitle: [
		'job title', 'position', 'role', 'organization title', 'organisation title', 'occupation', ['profession', 0.85],
		['title', 0.85], 'job', 'designation', 'job role', 'business title', 'work title',
	],

	// email
	email: [
		'email', 'email address', 'primary email', 'primary email address', 'personal email', 'mail', 'e mail',
		'email 1', 'email id', 'contact email', 'client email', ['emails', 0.85], 'main email',
	],
	email2: [
		'email 2', 'secondary email', 'alternate email', 'alternative email', 'other email', 'second email',
		'additional email', ['work email', 0.7], ['business email', 0.7],
	],

	// phones
	phone: [
		'phone', 'phone number', 'telephone', 'telephone number', 'primary phone', 'primary phone number', 'main phone',
		'contact number', 'contact phone', 'phone 1', 'client phone', 'best phone', ['number', 0.5], ['phones', 0.85],
		['preferred phone', 0.9], ['day phone', 0.85], ['daytime phone', 0.85],
	],
	mobilePhone: [
		'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'cellphone', 'mobile phone number', 'cell number',
		'cellular', 'cellular phone', 'mobile telephone', 'handy', 'text number', ['sms number', 0.9],
	],
	homePhone: ['home phone', 'home telephone', 'home number', 'residence phone', 'home tel', 'evening phone', 'home phone number'],
	workPhone: [
		'work phone', 'business phone', 'office phone', 'work telephone', 'business telephone', 'office number', 'work number',
		'work phone number', 'business phone number', 'direct line', 'direct phone', ['company phone', 0.85],
	],
	fax: ['fax', 'fax number', 'facsimile', 'fax phone', 'business fax', ['home fax', 0.85], 'work fax'],

	// address
	fullAddress: [
		'full address', 'complete address', 'mailing address', 'postal address', 'address formatted', 'formatted address',
		'home address', 'residential address', 'street city state zip', 'address', ['location address', 0.8],
	],
	street: [
		'street', 'street address', 'address line 1', 'address 1', 'address1', 'street 1', 'line 1', 'street line 1',
		'mailing street', 'address street', 'street name and number', 'house number and street', 'addr 1',
	],
	unit: [
		'address line 2', 'address 2', 'street 2', 'line 2', 'apartment', 'apt', 'suite', 'unit', 'apt suite',
		'apartment suite unit', 'unit number', 'apt number', 'suite number', 'building', 'street line 2', 'addr 2',
		['address line 3', 0.6], ['street 3', 0.6],
	],
	city: ['city', 'town', 'town city', 'city town', 'locality', 'municipality', 'mailing city', 'address city', 'suburb'],
	state: [
		'state', 'state region', 'region', 'province', 'state province', 'county state', 'mailing state', 'address state',
		'state code', 'st', 'territory', 'state province region',
	],
	zip: [
		'zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code', 'zip postal code', 'postal zip code',
		'mailing zip', 'mailing postal code', 'address zip', 'address postal code', 'zip 4', 'postal', 'zip postal',
	],
	country: ['country', 'country region', 'nation', 'country name', 'mailing country', 'address country', 'country code'],

	// other
	dateOfBirth: ['date of birth', 'birth date', 'birthdate', 'birthday', 'dob', 'born', 'birth', 'date born', 'bday'],
	notes: ['notes', 'note', 'comments', 'comment', 'description', 'remarks', 'memo', ['additional information', 0.8], ['details', 0.8], ['message', 0.6]],

	// cases
	caseName: ['case name', 'matter name', 'case title', 'matter title', 'matter', 'case', 'case caption', 'caption', ['name', 0.6], 'file name'],
	caseNumber: [
		'case number', 'case no', 'case id', 'matter number', 'matter no', 'matter id', 'display number', 'file number',
		'file no', 'reference number', 'ref number', 'case ref', 'matter ref', 'docket number', ['index number', 0.85], ['cause number', 0.9],
		['number', 0.6], ['reference', 0.8], ['id', 0.5],
	],
	caseType: ['case type', 'practice area', 'matter type', 'type of case', 'area of law', 'type', 'case category', 'matter category', 'category'],
	status: ['status', 'case status', 'matter status', 'stage', 'case stage', 'matter stage', 'state of case'],
	clientName: [
		'client name', 'client', 'client full name', 'contact name', 'contact', 'customer', 'customer name', 'clients',
		['name', 0.55], ['full name', 0.8], ['primary client', 0.9], ['party', 0.6],
	],
	clientPhone: [
		'client phone', 'client phone number', 'client telephone', 'client mobile', 'client cell', ['phone', 0.85],
		['phone number', 0.85], ['telephone', 0.85], ['mobile', 0.7], ['contact phone', 0.9],
	],
	clientEmail: ['client email', 'client email address', ['email', 0.85], ['email address', 0.85], ['contact email', 0.9]],
	openedDate: [
		'opened', 'open date', 'date opened', 'opened date', 'opened on', 'date open', 'open', 'start date', 'intake date',
		'date retained', 'retained date', 'opening date', ['created date', 0.6], ['date created', 0.6],
	],
	closedDate: ['closed', 'close date', 'closed date', 'date closed', 'closed on', 'closing date', 'date close', 'end date'],
	assignedTo: [
		'assigned to', 'assignee', 'responsible attorney', 'lead attorney', 'attorney', 'assigned attorney', 'lawyer',
		'responsible lawyer', 'handling attorney', 'owner', 'case owner', 'matter owner', 'responsible', 'staff',
		['originating attorney', 0.7], ['paralegal', 0.6], ['contact owner', 0.8], ['record owner', 0.8],
	],
	courtDate: ['court date', 'hearing date', 'trial date', 'next court date', 'hearing', 'next hearing', 'court appearance', 'appearance date'],
	deadline: [
		'deadline', 'due date', 'statute of limitations', 'statute of limitations date', 'sol', 'sol date', 'limitation date',
		'due', 'due by', 'filing deadline',
	],
	description: ['description', 'case description', 'matter description', 'summary', 'details', 'notes', ['comments', 0.8], ['memo', 0.8], ['message', 0.6]],
};

/**
 * Abbreviations and spellings written in headers, and the words they stand
 * for, so "DOB", "Tel", "Cell #" and "Zip/Postal" compare as full words.
 */
export const HEADER_ABBREVIATIONS: Readonly<Record<string, string>> = {
	tel: 'telephone', tele: 'telephone', telno: 'telephone', ph: 'phone', phn: 'phone', fone: 'phone',
	mob: 'mobile', mobi: 'mobile', cel: 'cell', cellno: 'cell',
	dob: 'date of birth', bdate: 'birth date', bday: 'birthday', birthdate: 'birth date', birthday: 'birthday',
	zipcode: 'zip', postcode: 'postal code', postalcode: 'postal code', zippostal: 'zip postal',
	addr: 'address', adr: 'address', add: 'address', address1: 'address 1', address2: 'address 2', street1: 'street 1', street2: 'street 2',
	fname: 'first name', firstname: 'first name', lname: 'last name', lastname: 'last name', surname: 'surname', mname: 'middle name',
	fullname: 'full name', givenname: 'given name', familyname: 'family name', middlename: 'middle name', nickname: 'nickname',
	mi: 'middle initial', no: 'number', nbr: 'number', num: 'number', nr: 'number', '#': 'number',
	email: 'email', emails: 'emails', mail: 'mail', emailaddress: 'email address',
	asst: 'assistant', dept: 'department', org: 'organization', co: 'company', corp: 'corporation', biz: 'business',
	bus: 'business', wk: 'work', hm: 'home', ofc: 'office', off: 'office', alt: 'alternate', sec: 'secondary',
	prov: 'province', cntry: 'country', ctry: 'country', st: 'st', apt: 'apt', ste: 'suite', bldg: 'building',
	desc: 'description', descr: 'description', atty: 'attorney', attny: 'attorney', ref: 'reference', dt: 'date',
	sol: 'sol', mtr: 'matter', lic: 'license', id: 'id', url: 'url', ip: 'ip', pobox: 'po box',
};

/**
 * Words dropped before comparing: they never change which field a header
 * means ("Date of Birth", "E-mail 1 - Value", "Assistant's Phone").
 */
export const HEADER_STOP_WORDS: readonly string[] = ['of', 'the', 'a', 'an', 's', 'value', 'field', 'column', 'col', 'in', 'for', 'your', 'my'];

/**
 * Words that may be dropped when the rest of a header names a field, at a
 * small cost in confidence: "Mobile Phone Number" is "Mobile Phone".
 */
export const HEADER_FILLER_WORDS: readonly string[] = ['number', 'address', 'addresses', 'code', 'name', 'line', 'details', 'text'];

/**
 * Qualifiers: which of a contact's several phones, emails or addresses a
 * column holds. Their rank decides which column wins a field when a file has
 * several ("Home Street" over "Business Street" over "Other Street").
 */
export const HEADER_QUALIFIERS: Readonly<Record<string, 'primary' | 'home' | 'work' | 'other'>> = {
	primary: 'primary', main: 'primary', preferred: 'primary', default: 'primary', mailing: 'primary', personal: 'home',
	home: 'home', private: 'home', residence: 'home', residential: 'home', physical: 'primary', postal: 'primary',
	business: 'work', work: 'work', office: 'work', company: 'work', corporate: 'work', billing: 'work', employer: 'work',
	other: 'other', alternate: 'other', alternative: 'other', secondary: 'other', additional: 'other', shipping: 'other',
	second: 'other', extra: 'other', backup: 'other', previous: 'other', old: 'other', former: 'other',
};

/**
 * Words that say a column describes someone or something other than the
 * record's person, or a fact about a field rather than its value: "Assistant's
 * Phone", "Manager's Name", "Email Domain", "IP City", "Email Opt Out",
 * "MailingLatitude", "Record ID". Such a column maps to no person field.
 */
export const HEADER_OTHER_SUBJECT_WORDS: readonly string[] = [
	'assistant', 'assistants', 'manager', 'managers', 'spouse', 'spouses', 'partner', 'partners', 'referred', 'referrer', 'referral',
	'emergency', 'child', 'children', 'parent', 'parents', 'guardian', 'reports', 'supervisor', 'secretary', 'owner', 'owners',
	'ip', 'domain', 'display', 'opt', 'optout', 'out', 'bounced', 'bounce', 'is', 'not', 'latitude', 'longitude', 'lat', 'lng',
	'url', 'photo', 'picture', 'avatar', 'verified', 'valid', 'validity', 'consent', 'subscribed', 'unsubscribed',
	'count', 'id', 'ids', 'hash', 'modified', 'created', 'updated', 'deleted', 'timezone', 'zone', 'label', 'type', 'types',
	'format', 'calculated', 'or', 'and', 'legacy', 'last', 'next', 'first', 'recent', 'associated', 'team', 'source', 'stamp',
	'geocode', 'accuracy', 'lead', 'campaign', 'twitter', 'linkedin', 'facebook', 'whatsapp', 'skype',
	// kinds of phone no built-in field holds (Outlook's phone list)
	'car', 'radio', 'pager', 'tty', 'tdd', 'isdn', 'telex', 'callback', 'beeper',
];

/**
 * Words of headers that say nothing about which field a column holds
 * ("col7", "Contact", "Info", "Date", "Who"). Only for such headers may the
 * values alone pick a field that many columns could hold: a date, a name.
 */
export const HEADER_VAGUE_WORDS: readonly string[] = [
	'contact', 'info', 'information', 'details', 'detail', 'data', 'value', 'values', 'number', 'field', 'column', 'col',
	'unnamed', 'who', 'whom', 'person', 'date', 'when', 'entry', 'item', 'misc', 'miscellaneous', 'text', 'x', 'untitled',
];
