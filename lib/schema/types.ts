import type { VALUE_KINDS } from './data/valueKinds';

/** The value types a schema field can have. */
export type FieldType =
	'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'email' | 'phone' | 'enum';

/** A default value for blank cells of a field. */
export type FieldDefault = string | number | boolean;

/** What a column's values look like, as the mapper's sniffColumn reads them. */
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * What a field knows about its values beyond its type: the flags the
 * transformer and the mapper read, so a custom schema behaves as the built-in
 * ones do. Built-in schemas set them; {@link defineSchema} checks them.
 */
export interface FieldFlags {
	/**
	 * Keeps line breaks when whitespace is collapsed (Notes, Description). A
	 * multiline field's length defaults to 32,767 characters, what a
	 * spreadsheet cell holds. `defineSchema` sets it on a custom text field
	 * longer than 1,000 characters unless told otherwise.
	 */
	multiline?: boolean;
	/**
	 * A compound field, split into these fields of the schema when the row
	 * leaves them blank: Full name into the name parts (`title`, `firstName`,
	 * `middleName`, `lastName`, `suffix`, `nickname`, read by splitName), Full
	 * address into the address parts (`street`, `unit`, `city`, `state`, `zip`,
	 * `country`, read by splitAddress). Some of one of those lists, never a mix.
	 * Its length defaults to 1,000 characters.
	 */
	splitsInto?: readonly string[];
	/**
	 * Where a second value in the cell goes, when that field is blank: Email
	 * "a@x.com; b@y.com" puts b@y.com in Email 2. A field of the same type;
	 * read for email fields.
	 */
	overflowTo?: string;
	/**
	 * The kinds of value that point the mapper at this field when a column's
	 * values are of that kind whatever its header says (a column of emails is
	 * Email). Among fields that share a kind, the schema's field order is the
	 * order of preference: the first is the likeliest. `defineSchema` gives a
	 * custom email, phone, date or datetime field its kind unless told otherwise.
	 */
	valueKinds?: readonly ValueKind[];
}

/** One field of a {@link Schema}. */
export interface FieldDef extends FieldFlags {
	/** Canonical key, the name every record, mapping and template uses: "firstName". */
	key: string;
	/** Label shown to people: "First name". */
	label: string;
	type: FieldType;
	/** Whether a record needs it. A field can also be satisfied another way: see {@link Schema.requiredAnyOf}. */
	required: boolean;
	/** Input only: a column that is split into other fields ("fullName", "fullAddress") and never kept itself. */
	inputOnly: boolean;
	/** For `enum`: the allowed values. */
	values?: readonly string[];
	/** Extra header names that mean this field, besides the built-in synonym table. */
	synonyms: readonly string[];
	/** Value for a blank cell. */
	default?: FieldDefault;
	/** Most characters a text value may have; longer values are `VALUE_TOO_LONG` errors. */
	maxLength?: number;
}

/** A record shape: the fields an import fills, and which of them make a record complete. */
export interface Schema {
	name: string;
	fields: readonly FieldDef[];
	/**
	 * A record is complete when every field of at least one of these sets has
	 * a value: clients need first and last name, or a full name to split.
	 */
	requiredAnyOf: ReadonlyArray<readonly string[]>;
}
