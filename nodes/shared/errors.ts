import { NodeOperationError, type INode } from 'n8n-workflow';
import { isIntakeError } from '../../lib';

/**
 * The one place where library errors become n8n errors: an IntakeError keeps
 * its message (which already says what to do) and its code; anything else is
 * wrapped as is. The item index always travels with it.
 */
export function toNodeError(node: INode, error: unknown, itemIndex: number): NodeOperationError {
	if (error instanceof NodeOperationError) return error;
	if (isIntakeError(error)) {
		return new NodeOperationError(node, error.message, {
			itemIndex,
			description: `Error code: ${error.code}`,
		});
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** The JSON a failed item carries when the node continues on fail. */
export function errorJson(error: unknown): { error: string; code?: string } {
	if (isIntakeError(error)) return { error: error.message, code: error.code };
	return { error: error instanceof Error ? error.message : String(error) };
}
