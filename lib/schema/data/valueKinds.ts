/**
 * The kinds of value the mapper's column sniffer tells apart (lib/map/sniffColumn.ts).
 * A field's `valueKinds` flag names some of them. Source: the sniffer's own kinds.
 */
export const VALUE_KINDS = [
	'empty',
	'email',
	'url',
	'phone',
	'date',
	'fullAddress',
	'street',
	'zip',
	'state',
	'country',
	'boolean',
	'number',
	'fullName',
	'text',
] as const;
