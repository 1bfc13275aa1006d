/** The day, month and year read from a date's text, and the weekday written beside them. */
export interface DateParts {
	y: number;
	m: number;
	d: number;
	weekday?: number;
}

/** A month and day written without a year ("May 13", "--05-13", "05/13"). */
export interface MonthDay {
	m: number;
	d: number;
	yearless: true;
}

/** A year as written: four digits as they are, two digits by the pivot (below it 20xx, else 19xx). */
export function fullYear(text: string, pivot: number): number {
	const n = Number(text);
	if (text.length > 2) return n;
	return n < pivot ? 2000 + n : 1900 + n;
}
