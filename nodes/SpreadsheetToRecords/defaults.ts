/**
 * What version 1 of the Spreadsheet to Records node means when a parameter is
 * left at its default. n8n does not store a parameter left at its default in
 * the workflow, so these values are part of every saved workflow: literals,
 * never read from the library (whose defaults may change), and they never
 * change. The description repeats them as literals (n8n's scanner wants
 * that); a test holds the two equal.
 */
export const SPREADSHEET_V1 = Object.freeze({
	binaryPropertyName: 'data',
	// the Options collection
	delimiter: 'auto',
	encoding: 'auto',
	format: 'auto',
	headerRow: 1,
	includeIssues: true,
	includeRowNumber: true,
	maxFileSizeMb: 50,
	sheet: '',
});

/**
 * What version 2 means when a parameter is left at its default: the header
 * row found automatically (`0`), one sheet, merged cells left as they are.
 * Literals, as for v1; they never change once released.
 */
export const SPREADSHEET_V2 = Object.freeze({
	binaryPropertyName: 'data',
	// the Options collection
	delimiter: 'auto',
	encoding: 'auto',
	fillMerged: false,
	format: 'auto',
	headerRow: 0,
	includeIssues: true,
	includeRowNumber: true,
	maxFileSizeMb: 50,
	readAllSheets: false,
	sheet: '',
});
