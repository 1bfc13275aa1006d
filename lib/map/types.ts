import type { ValueKind } from '../schema/types';
import type { TransformOptions } from '../validate/types';

/** What one source column maps to, and why. */
export interface ColumnMapping {
	/** The column's header, exactly as in the file. */
	header: string;
	/** Canonical field key, or `null` when the column is left unmapped. */
	field: string | null;
	/** How sure the mapper is, 0..1. Anything at or above 0.8 is meant to be right. */
	confidence: number;
	/** The explanation a person reads: "synonym of Email (Outlook, HubSpot…)", "taken by column 'Email'". */
	reason: string;
	/**
	 * A typed column's type column ("Phone 1 - Value" is typed by "Phone 1 -
	 * Type"): each row's type cell decides which field the value goes to
	 * (Mobile → Mobile phone, Home → Home phone…), and `field` is where a value
	 * of no known type goes. Several typed columns may share a field. Absent
	 * for a plain column.
	 */
	typedBy?: string;
}

/** What {@link autoMapHeaders} returns. */
export interface MappingResult {
	/** One entry per header, in the file's order. */
	columns: ColumnMapping[];
	/** Required fields no column fills (for the nearest complete set of the schema's `requiredAnyOf`). */
	missingRequired: string[];
}

/**
 * A saved mapping and its options: "import this file the way I imported the
 * last one". Plain JSON, so it can be stored anywhere and passed back in.
 */
export interface MappingProfile {
	/** Format version of the profile. */
	version: 1;
	/** A name people recognise: "Clio monthly export". */
	name?: string;
	/** The schema it was made for: "clients", "contacts", "cases" or a custom schema's name. */
	schema?: string;
	/**
	 * Header → field (null: leave the column unmapped), and for a typed column
	 * the column whose cells say, row by row, which field its value goes to
	 * (`typedBy`; see {@link ColumnMapping}). Profiles saved before `typedBy`
	 * existed load unchanged.
	 */
	columns: Array<{ header: string; field: string | null; typedBy?: string }>;
	/** The transform options used with it: date order, value maps, defaults… */
	options?: TransformOptions;
}

/** Options of {@link autoMapHeaders}. */
export interface AutoMapOptions {
	/**
	 * Some data rows (header → value), used to read what the columns hold:
	 * a column of emails is `email` whatever its header says. The first 100
	 * rows are plenty.
	 */
	sampleRows?: ReadonlyArray<Record<string, unknown>>;
	/** Mappings saved from earlier imports; the one whose headers best match this file's is reused. */
	remembered?: readonly MappingProfile[];
}

/** What a column's values look like, as {@link sniffColumn} reads them: defined beside the schema flags that name them. */
export type { ValueKind } from '../schema/types';

/** What {@link sniffColumn} returns. */
export interface ColumnSniff {
	/** The kind at least 80% of the non-blank values share, else `'text'` (or `'empty'`). */
	kind: ValueKind;
	/** Share of the non-blank values of that kind, 0..1. */
	share: number;
	/** Non-blank values looked at. */
	count: number;
	/** Share of every kind seen, for callers that weigh a header against the values. */
	shares: Partial<Record<ValueKind, number>>;
}
