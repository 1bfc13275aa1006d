import type { Token } from './tokens';

/**
 * What the comma groups ahead of the city are read into, in input order.
 * Every token of those groups ends in exactly one of street, units and
 * recipient: no text of the input is lost.
 */
export interface StreetLines {
	/** The street lines found, each as its tokens ("123 Main St"; "1800 M Street", "NW"). */
	street: Token[][];
	/** The units, each as written ("Apt 4B", "# 6", "North Tower"). */
	units: string[];
	/** Recipient and attention lines ("Attn: Legal", "Acme Inc"). */
	recipient: string[];
	/** Whether a delivery PO box has been read: a later "Box # 12" is its unit. */
	hasBox: boolean;
}

/** The words of one comma group that are neither unit nor recipient (yet). */
export interface Run {
	tokens: Token[];
	/** How long the run was when a unit last came out of it; 0 when none did. */
	atUnit: number;
}
