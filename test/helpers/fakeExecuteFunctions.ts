import type { IBinaryData, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** What a fake execution context serves. */
export interface FakeContext {
	items: INodeExecutionData[];
	/** Parameters by name; a function receives the item index. */
	parameters: Record<string, unknown | ((itemIndex: number) => unknown)>;
	/** Binary buffers by item index and property; stand-ins for n8n's binary data service. */
	files: Array<Record<string, Buffer>>;
	continueOnFail?: boolean;
	/** Items of the second and later inputs; an input left out is unconnected (n8n then throws, as here). */
	moreInputs?: INodeExecutionData[][];
}

/**
 * A minimal IExecuteFunctions, as n8n's own node tests build one: it serves
 * parameters, input items and binary data through the same helper calls the
 * real engine provides, and records which helpers the node used.
 */
export function fakeExecuteFunctions(ctx: FakeContext): IExecuteFunctions & { calls: string[] } {
	const node: INode = {
		id: 'node-1',
		name: 'Spreadsheet to Records',
		type: 'n8n-nodes-intake.spreadsheetToRecords',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const calls: string[] = [];
	const fake = {
		calls,
		getInputData: (inputIndex = 0) => {
			if (inputIndex === 0) return ctx.items;
			const more = ctx.moreInputs?.[inputIndex - 1];
			if (!more) throw new Error('Could not get input with given index');
			return more;
		},
		getNode: () => node,
		continueOnFail: () => ctx.continueOnFail ?? false,
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
			const v = ctx.parameters[name];
			if (v === undefined) return fallback;
			return typeof v === 'function' ? (v as (i: number) => unknown)(itemIndex) : v;
		},
		helpers: {
			assertBinaryData: (itemIndex: number, propertyName: string): IBinaryData => {
				calls.push(`assertBinaryData(${itemIndex},${propertyName})`);
				const binary = ctx.items[itemIndex].binary?.[propertyName];
				if (!binary) throw new NodeOperationError(node, `This operation expects the node's input data to contain a binary file '${propertyName}', but none was found`, { itemIndex });
				return binary;
			},
			getBinaryDataBuffer: async (itemIndex: number, propertyName: string): Promise<Buffer> => {
				calls.push(`getBinaryDataBuffer(${itemIndex},${propertyName})`);
				const b = ctx.files[itemIndex]?.[propertyName];
				if (!b) throw new Error('no binary data');
				return b;
			},
		},
	};
	return fake as unknown as IExecuteFunctions & { calls: string[] };
}

/** An input item whose binary property points at data held by the fake (like filesystem mode: no base64 inline). */
export function fileItem(fileName: string, propertyName = 'data'): INodeExecutionData {
	return {
		json: { fileName },
		binary: { [propertyName]: { data: 'filesystem-v2', fileName, mimeType: 'application/octet-stream', id: `filesystem-v2:${fileName}` } },
	};
}
