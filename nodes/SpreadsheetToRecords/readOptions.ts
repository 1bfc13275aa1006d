import { megabytes, type ReadOptions } from '../../lib';
import { SPREADSHEET_V1, SPREADSHEET_V2 } from './defaults';

/** The node's Options collection, as n8n gives it (only the options the user added). */
export interface NodeOptions {
	format?: ReadOptions['format'];
	encoding?: string;
	delimiter?: string;
	sheet?: string;
	headerRow?: number;
	maxFileSizeMb?: number;
	includeRowNumber?: boolean;
	includeIssues?: boolean;
	/** v2 */
	readAllSheets?: boolean;
	/** v2 */
	fillMerged?: boolean;
}

/** The defaults of the node's version: v1 keeps header row 1; v2 finds it (0). */
export function defaultsOf(version: number): typeof SPREADSHEET_V1 | typeof SPREADSHEET_V2 {
	return version >= 2 ? SPREADSHEET_V2 : SPREADSHEET_V1;
}

/** The library's read options from the node's, with the version's defaults spelled out. */
export function readOptionsOf(
	options: NodeOptions,
	fileName: string | undefined,
	version: number,
): ReadOptions {
	const d = defaultsOf(version);
	const sheet = (options.sheet ?? d.sheet).trim();
	const read: ReadOptions = {
		format: options.format ?? (d.format as ReadOptions['format']),
		encoding: options.encoding ?? d.encoding,
		delimiter: options.delimiter ?? d.delimiter,
		sheet: sheet === '' ? undefined : sheet,
		headerRow: options.headerRow ?? d.headerRow,
		maxBytes: megabytes(options.maxFileSizeMb ?? d.maxFileSizeMb),
		fileName,
	};
	if (version < 2) return read;
	// v2: Header Row 0 (or left empty) finds the header row
	if (!options.headerRow) read.headerRow = 'auto';
	if (options.readAllSheets ?? SPREADSHEET_V2.readAllSheets) read.sheet = '*';
	read.fillMerged = options.fillMerged ?? SPREADSHEET_V2.fillMerged;
	return read;
}
