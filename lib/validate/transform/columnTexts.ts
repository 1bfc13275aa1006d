import { cellText } from './cellText';

/**
 * A column's cells as trimmed text, row by row, for what is decided once per
 * column (the day-month order, the decimal mark, the name order); a row
 * without the column gives `''`. With `votes`, the cells it refuses are left
 * out (a number from a JSON source says nothing of how the file writes one).
 *
 * @param rows - the source rows
 * @param column - the column's header
 * @param votes - which cells count
 * @returns the column's texts
 * @example
 * columnTexts([{ Fee: ' 9,99 ' }, {}, { Fee: 12 }], 'Fee', (cell) => typeof cell !== 'number')
 * //=> ['9,99', '']
 */
export function columnTexts(
	rows: ReadonlyArray<Record<string, unknown>>,
	column: string,
	votes?: (cell: unknown) => boolean,
): string[] {
	const texts: string[] = [];
	for (const row of rows) {
		const cell = Object.hasOwn(row, column) ? row[column] : undefined;
		if (votes === undefined || votes(cell)) texts.push(cellText(cell, 'trim'));
	}
	return texts;
}
