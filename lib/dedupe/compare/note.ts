/** Where a comparator writes the note a person reads, when asked for one (writing it costs time the bulk scoring does not spend). */
export interface Note {
	text: string;
}
