import type { IDataObject } from 'n8n-workflow';
import { SHEET } from '../shared/items';

/** Rows of one worksheet: their indexes among the input items. */
export interface SheetGroup {
	/** The sheet's name (`_sheet`), or undefined for rows that name none. */
	sheet: string | undefined;
	indexes: number[];
}

/**
 * The input rows by the worksheet they came from (`_sheet`, which Spreadsheet
 * to Records writes when it reads every sheet), in first-seen order: each
 * sheet has its own columns, so each is mapped on its own. Rows that name no
 * sheet are one group, as every row was before sheets were read together.
 *
 * @example
 * sheetGroups([{ _sheet: 'Clients' }, { _sheet: 'Matters' }, { _sheet: 'Clients' }])
 * //=> [{ sheet: 'Clients', indexes: [0, 2] }, { sheet: 'Matters', indexes: [1] }]
 */
export function sheetGroups(rows: readonly IDataObject[]): SheetGroup[] {
	const groups = new Map<string | undefined, number[]>();
	rows.forEach((row, index) => {
		const sheet = typeof row[SHEET] === 'string' ? (row[SHEET] as string) : undefined;
		const indexes = groups.get(sheet);
		if (indexes) indexes.push(index);
		else groups.set(sheet, [index]);
	});
	return [...groups].map(([sheet, indexes]) => ({ sheet, indexes }));
}
