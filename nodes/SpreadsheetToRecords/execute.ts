import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { megabytes, openSpreadsheet, type ReadOptions, type SpreadsheetReader } from '../../lib';
import { readInputFile } from '../shared/binary';
import { failedItems, ISSUES, ROW } from '../shared/items';
import { SPREADSHEET_V1 } from './defaults';

interface NodeOptions {
	format?: ReadOptions['format'];
	encoding?: string;
	delimiter?: string;
	sheet?: string;
	headerRow?: number;
	maxFileSizeMb?: number;
	includeRowNumber?: boolean;
	includeIssues?: boolean;
}

/** The library's read options from the node's, with the v1 defaults spelled out. */
function readOptionsOf(options: NodeOptions, fileName: string | undefined): ReadOptions {
	const sheet = (options.sheet ?? SPREADSHEET_V1.sheet).trim();
	return {
		format: options.format ?? (SPREADSHEET_V1.format as ReadOptions['format']),
		encoding: options.encoding ?? SPREADSHEET_V1.encoding,
		delimiter: options.delimiter ?? SPREADSHEET_V1.delimiter,
		sheet: sheet === '' ? undefined : sheet,
		headerRow: options.headerRow ?? SPREADSHEET_V1.headerRow,
		maxBytes: megabytes(options.maxFileSizeMb ?? SPREADSHEET_V1.maxFileSizeMb),
		fileName,
	};
}

/** One item per data row of a file, paired with the file's item, with `_row` and `_issues` as the options say. */
async function rowItems(
	reader: SpreadsheetReader,
	itemIndex: number,
	options: NodeOptions,
): Promise<INodeExecutionData[]> {
	const includeRow = (options.includeRowNumber ?? SPREADSHEET_V1.includeRowNumber) !== false;
	const includeIssues = (options.includeIssues ?? SPREADSHEET_V1.includeIssues) !== false;
	const rows: INodeExecutionData[] = [];
	const byRow = new Map<number, INodeExecutionData>();
	for await (const { rowNumber, values } of reader) {
		const json: IDataObject = values;
		if (includeRow) json[ROW] = rowNumber;
		const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
		rows.push(item);
		if (includeIssues) byRow.set(rowNumber, item);
	}
	if (includeIssues) {
		for (const issue of reader.issues) {
			const item = byRow.get(issue.row);
			if (!item) continue;
			const list = (item.json[ISSUES] as IDataObject[] | undefined) ?? [];
			list.push({ code: issue.code, message: issue.message });
			item.json[ISSUES] = list;
		}
	}
	return rows;
}

/** Reads each input item's file and emits one item per data row. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const propertyName = this.getNodeParameter(
				'binaryPropertyName',
				itemIndex,
				SPREADSHEET_V1.binaryPropertyName,
			) as string;
			const options = this.getNodeParameter('options', itemIndex, {}) as NodeOptions;
			const file = await readInputFile(this, itemIndex, propertyName);
			const reader = await openSpreadsheet(file.bytes, readOptionsOf(options, file.fileName));
			for (const row of await rowItems(reader, itemIndex, options)) out.push(row);
		} catch (error) {
			out.push(...failedItems(this, error, { indexes: [itemIndex] }));
		}
	}
	return [out];
}
