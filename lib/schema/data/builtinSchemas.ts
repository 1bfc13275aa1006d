import type { FieldType } from '../types';

/** A built-in field, written short: key, label, type, and its flags. */
export type BuiltinField = readonly [
	key: string,
	label: string,
	type: FieldType,
	flags?: { required?: boolean; inputOnly?: boolean },
];

/** The person fields that clients and contacts share (canonical keys are part of the public contract). */
const PERSON: readonly BuiltinField[] = [
	['fullName', 'Full name', 'string', { inputOnly: true }],
	['title', 'Title', 'string'],
	['firstName', 'First name', 'string', { required: true }],
	['middleName', 'Middle name', 'string'],
	['lastName', 'Last name', 'string', { required: true }],
	['suffix', 'Suffix', 'string'],
	['nickname', 'Nickname', 'string'],
	['company', 'Company', 'string'],
	['jobTitle', 'Job title', 'string'],
	['email', 'Email', 'email'],
	['email2', 'Email 2', 'email'],
	['phone', 'Phone', 'phone'],
	['mobilePhone', 'Mobile phone', 'phone'],
	['homePhone', 'Home phone', 'phone'],
	['workPhone', 'Work phone', 'phone'],
	['fax', 'Fax', 'phone'],
	['fullAddress', 'Full address', 'string', { inputOnly: true }],
	['street', 'Street', 'string'],
	['unit', 'Unit', 'string'],
	['city', 'City', 'string'],
	['state', 'State', 'string'],
	['zip', 'ZIP', 'string'],
	['country', 'Country', 'string'],
	['dateOfBirth', 'Date of birth', 'date'],
	['notes', 'Notes', 'string'],
];

/** The built-in schemas: their fields, and the field sets that make a record complete. */
export const BUILTIN_SCHEMAS: Readonly<
	Record<
		'clients' | 'contacts' | 'cases',
		{ fields: readonly BuiltinField[]; requiredAnyOf: ReadonlyArray<readonly string[]> }
	>
> = {
	clients: { fields: PERSON, requiredAnyOf: [['firstName', 'lastName'], ['fullName']] },
	// a contact can be a company alone
	contacts: {
		fields: PERSON,
		requiredAnyOf: [['firstName', 'lastName'], ['fullName'], ['company']],
	},
	cases: {
		fields: [
			['caseName', 'Case name', 'string', { required: true }],
			['caseNumber', 'Case number', 'string'],
			['caseType', 'Case type', 'string', { required: true }],
			['status', 'Status', 'string'],
			['clientName', 'Client name', 'string', { required: true }],
			['clientPhone', 'Client phone', 'phone'],
			['clientEmail', 'Client email', 'email'],
			['openedDate', 'Opened', 'date'],
			['closedDate', 'Closed', 'date'],
			['assignedTo', 'Assigned to', 'string'],
			['courtDate', 'Court date', 'datetime'],
			['deadline', 'Deadline', 'date'],
			['description', 'Description', 'string'],
		],
		requiredAnyOf: [['caseName', 'caseType', 'clientName']],
	},
};
