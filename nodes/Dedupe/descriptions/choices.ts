import { DEDUPE_V1 } from '../defaults';

const FIELD_LABELS: Record<string, string> = {
	email: 'Email (and Email 2)',
	phone: 'Phone (all phone fields)',
	firstName: 'First Name',
	lastName: 'Last Name',
	dateOfBirth: 'Date of Birth',
	street: 'Street',
	unit: 'Unit',
	city: 'City',
	zip: 'ZIP',
	state: 'State',
};

/** The fields compared, as the dropdowns list them. */
export const FIELD_OPTIONS = DEDUPE_V1.fields.map((f) => ({
	name: FIELD_LABELS[f] ?? f,
	value: f,
}));

/** How a merged record picks each field's value. */
export const RULE_OPTIONS = [
	{
		name: 'Keep Existing',
		value: 'keepExisting',
		description: 'The existing (or earliest) record’s value wins',
	},
	{
		name: 'Keep Incoming',
		value: 'keepIncoming',
		description: 'The incoming (or latest) record’s value wins',
	},
	{
		name: 'Keep Newest',
		value: 'newest',
		description: 'The value from the record with the latest date in the date field wins',
	},
];
