import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { importFileOperation } from './importFile.operation';
import { importOperation } from './import.operation';
import { revertOperation } from './revert.operation';

/** Runs the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	if (operation === 'revert') return revertOperation.call(this);
	if (operation === 'importFile') return importFileOperation.call(this);
	return importOperation.call(this);
}
