/** Longest a cell is shown in a table before it is cut with `…` (the last column is never cut). */
export const MAX_CELL = 40;

/** A cell as one line: line breaks and tabs become spaces, control characters go. */
export function cellText(value: unknown): string {
	const text = value === null || value === undefined ? '' : String(value);
	return text
		.replace(/[\r\n\t]+/g, ' ')
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
		.trim();
}

function cut(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A plain-text table: a header line, a rule, then one line per row, columns
 * padded to their widest cell and two spaces apart. Cells are cut at
 * {@link MAX_CELL} characters but for the last column, which is left whole
 * (it wraps in a narrow terminal without breaking the others).
 *
 * @param headers - the column titles
 * @param rows - the cells, one array per row
 * @param maxWidths - a column's own limit instead of {@link MAX_CELL}
 * @returns the table's lines joined with `\n`, with a final `\n`
 *
 * @example
 * formatTable(['column', 'field'], [['E-mail', 'email']])
 * //=> 'column  field\n------  -----\nE-mail  email\n'
 */
export function formatTable(
	headers: readonly string[],
	rows: ReadonlyArray<readonly unknown[]>,
	maxWidths: ReadonlyArray<number | undefined> = [],
): string {
	const last = headers.length - 1;
	const cells = [headers, ...rows].map((row) =>
		headers.map((_, i) => {
			const text = cellText(row[i]);
			return i === last ? text : cut(text, maxWidths[i] ?? MAX_CELL);
		}),
	);
	const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
	const line = (row: string[]): string =>
		row
			.map((cell, i) => (i === last ? cell : cell.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w, i) => '-'.repeat(i === last ? headers[i].length : w));
	return [line(cells[0]), rule.join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}
