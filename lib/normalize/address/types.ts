/** The parts of a postal address. A part that the input lacks is absent, never an empty string. */
export interface AddressParts {
	/** Street line in the input's own wording: "123 Main St", "PO Box 42". */
	street?: string;
	/** Secondary unit: "Apt 4B", "Suite 200", "#5". */
	unit?: string;
	city?: string;
	/** USPS code for US states ("IL"); as written elsewhere. */
	state?: string;
	/** Postal code as a string, leading zeros kept: "02134", "62704-1234". */
	zip?: string;
	/** ISO 3166-1 alpha-2 code, present only when the input names a country. */
	country?: string;
	/**
	 * A person or company line ahead of the street ("Attn: Legal Dept",
	 * "Acme Inc"), kept apart so no text of the input is lost.
	 */
	recipient?: string;
}
