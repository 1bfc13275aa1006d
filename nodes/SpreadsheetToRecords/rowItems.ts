import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { ReadIssue, SpreadsheetReader } from '../../lib';
import { HEADER, ISSUES, ROW, SHEET } from '../shared/items';
import { defaultsOf, type NodeOptions } from './readOptions';

/**
 * One item per data row of a file, paired with the file's item, with `_row`
 * and `_issues` as the options say. In v2, the first item of each table
 * carries `_header`, rows of a workbook read whole carry `_sheet`, and an
 * issue about a row that made no item (rows above the header, blank rows,
 * a hidden sheet) goes to the next item of its sheet, else the last one, so
 * every row of the file is accounted for on an item.
 */
export async function rowItems(
	reader: SpreadsheetReader,
	itemIndex: number,
	options: NodeOptions,
	version: number,
): Promise<INodeExecutionData[]> {
	const d = defaultsOf(version);
	const includeRow = (options.includeRowNumber ?? d.includeRowNumber) !== false;
	const includeIssues = (options.includeIssues ?? d.includeIssues) !== false;
	const v2 = version >= 2;
	const rows: INodeExecutionData[] = [];
	const byRow = new Map<string, INodeExecutionData>();
	const bySheet = new Map<string | undefined, Placed[]>();
	const headers = new Map(reader.tables.map((t) => [t.sheet, t.headerDetection]));
	for await (const { rowNumber, values, sheet } of reader) {
		const json: IDataObject = values;
		if (includeRow) json[ROW] = rowNumber;
		if (v2 && sheet !== undefined) json[SHEET] = sheet;
		const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
		// rows carry their sheet only when every sheet is read; else the one table is the first
		const table = sheet ?? reader.tables[0]?.sheet;
		const header = headers.get(table);
		if (v2 && header) {
			json[HEADER] = { ...header };
			headers.delete(table);
		}
		rows.push(item);
		byRow.set(key(sheet, rowNumber), item);
		if (v2) {
			const placed = bySheet.get(sheet);
			if (placed) placed.push({ row: rowNumber, item });
			else bySheet.set(sheet, [{ row: rowNumber, item }]);
		}
	}
	if (includeIssues) {
		for (const issue of reader.issues) {
			const own = byRow.get(key(issue.sheet, issue.row));
			const item = own ?? (v2 ? nearest(issue, bySheet, rows) : undefined);
			if (!item) continue;
			const list = (item.json[ISSUES] as IDataObject[] | undefined) ?? [];
			list.push({ code: issue.code, message: issue.message });
			item.json[ISSUES] = list;
		}
	}
	return rows;
}

function key(sheet: string | undefined, row: number): string {
	return `${sheet ?? ''}\u0000${row}`;
}

/** An item and the row it came from, in row order per sheet. */
interface Placed {
	row: number;
	item: INodeExecutionData;
}

/** The item an issue without its own item goes to: the next of its sheet, else the sheet's last, else the file's last. */
function nearest(
	issue: ReadIssue,
	bySheet: Map<string | undefined, Placed[]>,
	rows: INodeExecutionData[],
): INodeExecutionData | undefined {
	const placed = bySheet.get(issue.sheet);
	if (!placed) return rows[rows.length - 1];
	let lo = 0;
	let hi = placed.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (placed[mid].row > issue.row) hi = mid;
		else lo = mid + 1;
	}
	return (placed[lo] ?? placed[placed.length - 1]).item;
}
