/**
 * What version 1 of the Export / Archive node means when a parameter is left
 * at its default. n8n does not store a parameter left at its default in the
 * workflow, so these values are part of every saved workflow: literals, never
 * read from the library, and they never change. The description repeats them
 * as literals (n8n's scanner wants that); a test holds the two equal.
 */
export const EXPORT_V1 = Object.freeze({
	operation: 'exportRecords',
	format: 'csv',
	fields: '',
	filter: '',
	sortBy: '',
	sortDirection: 'asc',
	maxRecords: 0,
	groupBy: '',
	inputBinaryProperties: '',
	folderBy: '',
	object: 'clients',
	returnAll: true,
	fetchLimit: 1000,
	fetchFields: '',
	fetchFilter: '',
	fetchSortBy: 'created_at',
	fetchSortDirection: 'desc',
	fetchOutput: 'records',
	// the Options collection
	archiveName: 'archive.zip',
	bom: true,
	compression: 'deflate',
	exportPath: '/api/v1/export/{object}',
	fileName: '',
	formulaGuard: true,
	jsonShape: 'envelope',
	lineEnding: 'crlf',
	manifest: true,
	orientation: 'auto',
	binaryPropertyName: 'data',
	pageSize: 1000,
	title: '',
});
