/** The value types a schema field can have. */
export type FieldType =
	'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'email' | 'phone' | 'enum';

/** A default value for blank cells of a field. */
export type FieldDefault = string | number | boolean;

/** One field of a {@link Schema}. */
export interface FieldDef {
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
