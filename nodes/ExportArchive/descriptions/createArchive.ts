import type { INodeProperties } from 'n8n-workflow';

const forArchive = { show: { operation: ['createArchive', 'bulkExport'] } };

/** Create Archive's and Bulk Export's parameters: which files, and in which folders. */
export const archiveProperties: INodeProperties[] = [
	{
		displayName: 'Input Binary Fields',
		name: 'inputBinaryProperties',
		type: 'string',
		default: '',
		displayOptions: forArchive,
		placeholder: 'e.g. data, attachment',
		description:
			'The items’ binary fields to put in the archive, comma-separated; leave empty for all of them',
	},
	{
		displayName: 'Folder By',
		name: 'folderBy',
		type: 'string',
		default: '',
		displayOptions: forArchive,
		placeholder: 'e.g. {{ $json.caseNumber }}',
		description:
			'The folder each item’s files go in, usually an expression such as the case or client; leave empty for none. Names are made safe for every system (no .., no absolute paths, no reserved names).',
	},

	// Fetch Records
];
