import type { INodeProperties } from 'n8n-workflow';
import { customFieldsProperty } from './descriptions/customFields';
import { mappingProperties } from './descriptions/mapping';
import { optionsProperty } from './descriptions/options';
import { schemaProperties } from './descriptions/schema';

/** The node's parameters, section by section (descriptions/); the class holds its identity. */
export const properties: INodeProperties[] = [
	...schemaProperties,
	customFieldsProperty,
	...mappingProperties,
	optionsProperty,
];
