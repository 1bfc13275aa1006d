import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { importOperation } from './import.operation';
import { revertOperation } from './revert.operation';

/** Runs the chosen operation. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	return operation === 'revert' ? revertOperation.call(this) : importOperation.call(this);
}
