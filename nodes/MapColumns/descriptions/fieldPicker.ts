import type { INodeProperties } from 'n8n-workflow';

/** A dropdown of the chosen schema's fields, for overrides, value maps, defaults and fixed values. */
export const FIELD_PICKER: INodeProperties = {
	displayName: 'Field Name or ID',
	name: 'field',
	type: 'options',
	typeOptions: {
		loadOptionsMethod: 'getSchemaFields',
		loadOptionsDependsOn: ['schema', 'customSchema', 'customFields'],
	},
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** One "field → value" list, for default values and fixed values. */
export function fieldValues(
	displayName: string,
	name: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Value',
		description,
		options: [
			{
				displayName: 'Value',
				name: 'values',
				values: [
					FIELD_PICKER,
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. Personal Injury',
					},
				],
			},
		],
	};
}
