/**
 * The parts a compound field can be split into (its `splitsInto` flag), by
 * splitter: each pair is [the splitter's part, the schema field it fills].
 * Source: the part names of splitName's NameParts and splitAddress's
 * AddressParts, and the built-in schemas' field keys.
 */
export const COMPOUND_PARTS = {
	/** What splitName gives: "Dr. Ada B. Lovelace Jr." */
	name: [
		['title', 'title'],
		['first', 'firstName'],
		['middle', 'middleName'],
		['last', 'lastName'],
		['suffix', 'suffix'],
		['nickname', 'nickname'],
	],
	/** What splitAddress gives: "12 Main St Apt 4, Springfield, IL 62704" */
	address: [
		['street', 'street'],
		['unit', 'unit'],
		['city', 'city'],
		['state', 'state'],
		['zip', 'zip'],
		['country', 'country'],
	],
} as const;
