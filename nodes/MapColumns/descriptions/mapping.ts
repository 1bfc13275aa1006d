import type { INodeProperties } from 'n8n-workflow';
import { FIELD_PICKER } from './fieldPicker';

/** How columns map: overrides by hand, and a saved profile from an earlier preview. */
export const mappingProperties: INodeProperties[] = [
	{
		displayName: 'Column Overrides',
		name: 'overrides',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Override',
		description: 'Map a source column to a field by hand; the rest are mapped automatically',
		options: [
			{
				displayName: 'Override',
				name: 'values',
				values: [
					{
						displayName: 'Source Column',
						name: 'column',
						type: 'string',
						default: '',
						placeholder: 'e.g. Cust Ref',
						description: "The column's header, exactly as in the file",
					},
					FIELD_PICKER,
				],
			},
		],
	},
	{
		displayName: 'Saved Mapping Profile (JSON)',
		name: 'profile',
		type: 'json',
		default: '',
		description:
			'A mapping profile from an earlier preview ("profile" in its report). A file with the same or similar headers is mapped the same way, with its saved options.',
	},
];
