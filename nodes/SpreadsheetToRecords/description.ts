import type { INodeProperties } from 'n8n-workflow';
import { optionsV1 } from './descriptions/optionsV1';
import { optionsV2 } from './descriptions/optionsV2';

/** The node's parameters; the class holds its identity. Each version shows its own Options collection. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field holding the file',
	},
	optionsV1,
	optionsV2,
];
