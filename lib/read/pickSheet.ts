import { IntakeError } from '../errors';

/**
 * Chooses a workbook sheet the same way for every workbook format: by exact
 * name, then by name ignoring case and surrounding spaces, then, for a string
 * of digits that names no sheet, by 0-based index. No choice means the first.
 *
 * @param names - the workbook's sheet names, in order
 * @param sheet - a name or a 0-based index
 * @returns the index of the chosen sheet
 * @throws IntakeError `SHEET_NOT_FOUND` listing the sheets
 * @example
 * pickSheet(['Contacts', 'Cases'], 'cases')
 * //=> 1
 */
export function pickSheet(names: readonly string[], sheet: string | number | undefined): number {
	let index = 0;
	if (typeof sheet === 'number') {
		index = sheet;
	} else if (typeof sheet === 'string') {
		const wanted = sheet.trim().toLowerCase();
		index = names.indexOf(sheet);
		if (index < 0) index = names.findIndex((n) => n.trim().toLowerCase() === wanted);
		// A sheet named like a number wins; otherwise "2" means the sheet at index 2.
		if (index < 0 && /^\d+$/.test(wanted)) index = Number(wanted);
	}
	if (index < 0 || index >= names.length) {
		throw new IntakeError(
			'SHEET_NOT_FOUND',
			`The workbook has no sheet ${typeof sheet === 'number' ? `at index ${sheet}` : `named "${sheet}"`}. Its sheets are: ${names.map((n, i) => `${i}: "${n}"`).join(', ')}.`,
			{ sheets: [...names] },
		);
	}
	return index;
}
