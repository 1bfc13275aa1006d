import type { FieldFlags, FieldType } from '../types';
import { COMPOUND_PARTS } from './compoundParts';

/** A built-in field, written short: key, label, type, and its flags (see FieldFlags). */
export type BuiltinField = readonly [
	key: string,
	label: string,
	type: FieldType,
	flags?: FieldFlags & { required?: boolean; inputOnly?: boolean },
];

const NAME_PARTS = COMPOUND_PARTS.name.map(([, key]) => key);
const ADDRESS_PARTS = COMPOUND_PARTS.address.map(([, key]) => key);

/** The person fields that clients and contacts share (canonical keys are part of the public contract). */
const PERSON: readonly BuiltinField[] = [
	[
		'fullName',
		'Full name',
		'string',
		{ inputOnly: true, splitsInto: NAME_PARTS, valueKinds: ['fullName'] },
	],
	['title', 'Title', 'string'],
	['firstName', 'First name', 'string', { required: true }],
	['middleName', 'Middle name', 'string'],
	['lastName', 'Last name', 'string', { required: true }],
	['suffix', 'Suffix', 'string'],
	['nickname', 'Nickname', 'string'],
	['company', 'Company', 'string'],
	['jobTitle', 'Job title', 'string'],
	['email', 'Email', 'email', { overflowTo: 'email2', valueKinds: ['email'] }],
	['email2', 'Email 2', 'email', { valueKinds: ['email'] }],
	['phone', 'Phone', 'phone', { valueKinds: ['phone'] }],
	['mobilePhone', 'Mobile phone', 'phone', { valueKinds: ['phone'] }],
	['homePhone', 'Home phone', 'phone', { valueKinds: ['phone'] }],
	['workPhone', 'Work phone', 'phone', { valueKinds: ['phone'] }],
	['fax', 'Fax', 'phone', { valueKinds: ['phone'] }],
	[
		'fullAddress',
		'Full address',
		'string',
		{ inputOnly: true, splitsInto: ADDRESS_PARTS, valueKinds: ['fullAddress'] },
	],
	['street', 'Street', 'string', { valueKinds: ['street'] }],
	['unit', 'Unit', 'string'],
	['city', 'City', 'string'],
	['state', 'State', 'string', { valueKinds: ['state'] }],
	['zip', 'ZIP', 'string', { valueKinds: ['zip'] }],
	['country', 'Country', 'string', { valueKinds: ['country'] }],
	['dateOfBirth', 'Date of birth', 'date', { valueKinds: ['date'] }],
	['notes', 'Notes', 'string', { multiline: true }],
];

/**
 * The built-in schemas: their fields, and the field sets that make a record complete.
 * `valueKinds` reproduce the mapper's kind → field table: among fields that
 * share a kind, field order is the order of preference (Email before Email 2).
 */
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
			['clientName', 'Client name', 'string', { required: true, valueKinds: ['fullName'] }],
			['clientPhone', 'Client phone', 'phone', { valueKinds: ['phone'] }],
			['clientEmail', 'Client email', 'email', { valueKinds: ['email'] }],
			['openedDate', 'Opened', 'date', { valueKinds: ['date'] }],
			['closedDate', 'Closed', 'date', { valueKinds: ['date'] }],
			['assignedTo', 'Assigned to', 'string'],
			['courtDate', 'Court date', 'datetime', { valueKinds: ['date'] }],
			['deadline', 'Deadline', 'date', { valueKinds: ['date'] }],
			['description', 'Description', 'string', { multiline: true }],
		],
		requiredAnyOf: [['caseName', 'caseType', 'clientName']],
	},
};
