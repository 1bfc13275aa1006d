import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { openSpreadsheet, type ReadOptions } from '../../lib';
import { readInputFile } from '../shared/binary';
import { errorJson, toNodeError } from '../shared/errors';

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

/** Reads each input item's file and emits one item per data row. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
			const options = this.getNodeParameter('options', itemIndex, {}) as NodeOptions;
			const file = await readInputFile(this, itemIndex, propertyName);
			const sheet = options.sheet?.trim();
			const reader = await openSpreadsheet(file.bytes, {
				format: options.format ?? 'auto',
				encoding: options.encoding ?? 'auto',
				delimiter: options.delimiter ?? 'auto',
				sheet: sheet === '' ? undefined : sheet,
				headerRow: options.headerRow ?? 1,
				maxBytes: Math.round((options.maxFileSizeMb ?? 50) * 1024 * 1024),
				fileName: file.fileName,
			});
			const includeRow = options.includeRowNumber !== false;
			const includeIssues = options.includeIssues !== false;
			const rows: INodeExecutionData[] = [];
			const byRow = new Map<number, INodeExecutionData>();
			for await (const { rowNumber, values } of reader) {
				const json: IDataObject = values;
				if (includeRow) json._row = rowNumber;
				const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
				rows.push(item);
				if (includeIssues) byRow.set(rowNumber, item);
			}
			if (includeIssues) {
				for (const issue of reader.issues) {
					const item = byRow.get(issue.row);
					if (!item) continue;
					const list = (item.json._issues as IDataObject[] | undefined) ?? [];
					list.push({ code: issue.code, message: issue.message });
					item.json._issues = list;
				}
			}
			for (const r of rows) out.push(r);
		} catch (error) {
			if (this.continueOnFail()) {
				out.push({ json: errorJson(error), pairedItem: { item: itemIndex } });
				continue;
			}
			throw toNodeError(this.getNode(), error, itemIndex);
		}
	}
	return [out];
}
