import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { EXPORT_V1 } from '../defaults';
import { bulkExportOperation } from './bulkExport.operation';
import { createArchiveOperation } from './createArchive.operation';
import { exportRecordsOperation } from './exportRecords.operation';
import { fetchRecordsOperation } from './fetchRecords.operation';

/** Runs the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0, EXPORT_V1.operation) as string;
	switch (operation) {
		case 'createArchive':
			return createArchiveOperation.call(this);
		case 'bulkExport':
			return bulkExportOperation.call(this);
		case 'fetchRecords':
			return fetchRecordsOperation.call(this);
		default:
			return exportRecordsOperation.call(this);
	}
}
