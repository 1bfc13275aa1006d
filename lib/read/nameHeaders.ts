import { IntakeError } from '../errors';
import type { ReadIssue } from '../types';
import { normalizeHeaders } from './normalizeHeaders';
import type { RawRow } from './rawRow';
// the most columns a spreadsheet program holds (Excel's XFD); a wider row means a wrong delimiter
import { MAX_COLUMNS } from '../xlsx/excelLimits';

/**
 * Names a file's columns from its header row: clean, unique names (see
 * {@link normalizeHeaders}), with a `HEADER_RENAMED` issue for each blank or
 * repeated header. A workbook's empty cells past its last header are not
 * columns; in a text file every field of the header row is one.
 *
 * @param header - the header row as read
 * @param isText - whether the file is CSV/TSV
 * @returns the column names, and the renaming issues (on the header's row)
 * @throws IntakeError `TOO_MANY_COLUMNS` past {@link MAX_COLUMNS}
 * @example
 * nameHeaders({ row: 1, cells: ['Name', '', 'name', ''] }, false).headers
 * //=> ['Name', 'Column 2', 'name (2)']
 */
export function nameHeaders(
	header: RawRow,
	isText: boolean,
): { headers: string[]; issues: ReadIssue[] } {
	let last = header.cells.length;
	if (!isText) while (last > 0 && header.cells[last - 1].trim() === '') last--;
	const raw = isText ? header.cells : header.cells.slice(0, last);
	if (raw.length > MAX_COLUMNS) {
		throw new IntakeError(
			'TOO_MANY_COLUMNS',
			`Row ${header.row} has ${raw.length} columns, more than the ${MAX_COLUMNS} a spreadsheet can hold. Check the delimiter setting, or the file may not be a table.`,
		);
	}
	const { headers, renamed } = normalizeHeaders(raw);
	const issues = renamed.map((r): ReadIssue => ({
		row: header.row,
		code: 'HEADER_RENAMED',
		column: r.to,
		message:
			r.why === 'blank'
				? `Column ${r.index + 1} has no header; it was named "${r.to}".`
				: `The header "${r.from.trim()}" appears more than once; column ${r.index + 1} was named "${r.to}".`,
	}));
	return { headers, issues };
}

/**
 * Adds a `Column N` header for each cell of a data row past the headers' end
 * (empty trailing cells don't count), so its values are kept. The names
 * are pushed onto `headers` and returned.
 *
 * @param cells - a data row's cells
 * @param headers - the headers so far; names are pushed onto it
 * @returns the names added (none when the row fits)
 * @throws IntakeError `TOO_MANY_COLUMNS` past {@link MAX_COLUMNS}
 * @example
 * const headers = ['Name', 'Column 3']
 * widenHeaders(['Ann', 'x', 'y', ''], headers)
 * //=> ['Column 3 (2)']; headers is now ['Name', 'Column 3', 'Column 3 (2)']
 */
export function widenHeaders(cells: readonly string[], headers: string[]): string[] {
	let last = cells.length;
	while (last > headers.length && cells[last - 1] === '') last--;
	if (last <= headers.length) return [];
	if (last > MAX_COLUMNS) {
		throw new IntakeError(
			'TOO_MANY_COLUMNS',
			`A row has ${last} fields, more than the ${MAX_COLUMNS} a spreadsheet can hold. Check the delimiter setting.`,
		);
	}
	const added: string[] = [];
	const taken = new Set(headers.map((h) => h.toLowerCase()));
	for (let i = headers.length; i < last; i++) {
		let name = `Column ${i + 1}`;
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Column ${i + 1} (${n})`;
		taken.add(name.toLowerCase());
		headers.push(name);
		added.push(name);
	}
	return added;
}
