/**
 * Example values for import templates, one per built-in field, and the
 * wording of a template's notes row. Written for this package; the names and
 * numbers are fictitious (555-01xx numbers are reserved for fiction by the
 * North American Numbering Plan, example.com by RFC 2606).
 */

/** An example value per canonical field key. */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
	fullName: 'Dr. Jane Q. Example Jr.',
	title: 'Dr.',
	firstName: 'Jane',
	middleName: 'Q.',
	lastName: 'Example',
	suffix: 'Jr.',
	nickname: 'Janie',
	company: 'Example Law LLP',
	jobTitle: 'Office Manager',
	email: 'jane.example@example.com',
	email2: 'jane@example.org',
	phone: '(555) 010-0123',
	mobilePhone: '555-010-0124',
	homePhone: '555.010.0125',
	workPhone: '1-555-010-0126',
	fax: '555-010-0127',
	fullAddress: '100 Example St Apt 2, Springfield, IL 62704',
	street: '100 Example St',
	unit: 'Apt 2',
	city: 'Springfield',
	state: 'IL',
	zip: '62704',
	country: 'US',
	dateOfBirth: '1980-03-15',
	notes: 'Referred by a former client',
	caseName: 'Example v. Sample',
	caseNumber: '2024-CV-00123',
	caseType: 'Personal Injury',
	status: 'open',
	clientName: 'Jane Example',
	clientPhone: '(555) 010-0123',
	clientEmail: 'jane.example@example.com',
	openedDate: '2024-01-15',
	closedDate: '',
	assignedTo: 'A. Attorney',
	courtDate: '2024-06-03 09:30',
	deadline: '2026-01-15',
	description: 'Rear-end collision on I-55',
};

/** Example values for custom fields, by type. */
export const TYPE_EXAMPLES: Readonly<Record<string, string>> = {
	string: 'text',
	number: '42',
	boolean: 'yes',
	date: '2024-01-31',
	datetime: '2024-01-31 14:30',
	email: 'someone@example.com',
	phone: '(555) 010-0199',
	enum: '',
};

/** What each type of column accepts, for the notes row. */
export const TYPE_NOTES: Readonly<Record<string, string>> = {
	string: 'text',
	number: 'a number, e.g. 1200 or 1,200.50',
	boolean: 'yes or no (also true/false, y/n, 1/0)',
	date: 'a date: 2024-01-31, 01/31/2024 (US), 31/01/2024 (EU) or Jan 31, 2024',
	datetime: 'a date, with a time if known: 2024-01-31 14:30 or 01/31/2024 2:30 PM',
	email: 'one email address',
	phone:
		'a phone number: 5550100123, 555-010-0123, 555.010.0123, (555) 010-0123 or +1 555 010 0123; +country code for non-US numbers',
	enum: 'one of',
};

/**
 * Each note of a template's notes row starts with one of these, so an import
 * of a filled-in template can recognise, and skip, that row.
 */
export const NOTE_PREFIX = { required: 'REQUIRED · ', optional: 'optional · ' } as const;
