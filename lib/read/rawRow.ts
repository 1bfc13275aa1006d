import type { ReadIssue } from '../types';

/** A row as a format reader produces it, before headers are applied. */
export interface RawRow {
	/** 1-based row number as a spreadsheet program shows it. */
	row: number;
	/** Cell texts, by 0-based column. */
	cells: string[];
	/** 1-based physical line where the row starts (text files only). */
	line?: number;
}

/** Where format readers report row-level issues. */
export type IssueSink = (issue: ReadIssue) => void;

/** Whether every cell of a row is empty or whitespace. */
export function isBlankRow(cells: readonly string[]): boolean {
	for (let i = 0; i < cells.length; i++) {
		const c = cells[i];
		if (c !== '' && c.trim() !== '') return false;
	}
	return true;
}
