/**
 * What version 1 of the Map Columns node means when a parameter is left at
 * its default. n8n does not store a parameter left at its default in the
 * workflow, so these values are part of every saved workflow: literals,
 * never read from the library (whose defaults may change), and they never
 * change. The description repeats them as literals (n8n's scanner wants
 * that); a test holds the two equal.
 */
export const MAP_V1 = Object.freeze({
	mode: 'run',
	previewRows: 20,
	schema: 'clients',
	customSchema:
		'{\n  "name": "my-schema",\n  "extends": "clients",\n  "fields": [\n    { "key": "matterType", "type": "enum", "values": ["PI", "Family"], "required": true }\n  ]\n}',
	customFields: Object.freeze({}),
	overrides: Object.freeze({}),
	profile: '',
	// the Options collection
	addressLayout: 'auto',
	dateOrder: 'auto',
	decimalMark: 'auto',
	defaults: Object.freeze({}),
	phoneCountry: 'US',
	emptyRows: 'skip',
	fixedValues: Object.freeze({}),
	includeReport: false,
	nameOrder: 'auto',
	emailSuggestions: true,
	unmappedValues: 'error',
	valueMaps: Object.freeze({}),
	whitespace: 'collapse',
	zipFormat: 'asWritten',
});

/** The value the field dropdowns use for "leave this column unmapped". */
export const UNMAPPED = '__unmapped__';

/** Rows the mapper reads values from. */
export const SAMPLE_ROWS = 100;

/** Where the rows' numbers are: Spreadsheet to Records' `_row`, else the row's position counted from 2 (under a header row). */
export const ROW_NUMBERS = Object.freeze({ rowNumberField: '_row', firstRowNumber: 2 });
