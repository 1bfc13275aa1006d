import { isIntakeError, openSpreadsheet, type ReadOptions } from '../../../../lib';
import { readInput } from '../../common';

/** What {@link sampleSpreadsheet} read: the file as detected, and its first rows. */
export interface SpreadsheetSample {
	format: string;
	encoding?: string;
	delimiter?: string;
	sheet?: string;
	sheets?: string[];
	headerRow: number;
	headers: string[];
	/** The first data rows (header → text), at most the number asked for. */
	rows: Array<Record<string, unknown>>;
	/** Whether the file has more data rows than were read. */
	more: boolean;
}

/**
 * Reads the first `count` data rows of a spreadsheet file, streaming it
 * (a 1 GB CSV is not read past the rows asked for), with the library's
 * detection of format, encoding, delimiter and header row.
 *
 * @param path - the file
 * @param count - data rows to read
 * @param read - `headerRow`, `sheet` (passed to openSpreadsheet; no size cap)
 * @returns the detected file and its first rows
 * @throws IntakeError when the file cannot be read as a spreadsheet; CliError when it is missing or unreadable
 *
 * @example
 * (await sampleSpreadsheet('contacts.csv', 2, {})).rows
 * //=> [{ Name: 'Ann Lee', Email: 'ann@example.com' }, { Name: 'Bo Diaz', Email: 'bo@example.com' }]
 */
export async function sampleSpreadsheet(
	path: string,
	count: number,
	read: Pick<ReadOptions, 'headerRow' | 'sheet'>,
): Promise<SpreadsheetSample> {
	try {
		return await readSample(path, count, read);
	} catch (error) {
		// `--sheet 2` names a sheet "2" if there is one, else the third sheet (the reader counts from 0, as its message says)
		const sheet = read.sheet;
		if (isIntakeError(error) && error.code === 'SHEET_NOT_FOUND' && typeof sheet === 'string')
			if (/^\d+$/.test(sheet.trim()))
				return readSample(path, count, { ...read, sheet: Number(sheet) });
		throw error;
	}
}

async function readSample(
	path: string,
	count: number,
	read: Pick<ReadOptions, 'headerRow' | 'sheet'>,
): Promise<SpreadsheetSample> {
	const input = readInput(path);
	try {
		const reader = await openSpreadsheet(input.chunks, {
			...read,
			maxBytes: Infinity,
			fileName: input.name,
		});
		const { rows, more } = await firstRows(reader, count);
		return {
			format: reader.format,
			encoding: reader.encoding,
			delimiter: reader.delimiter,
			sheet: reader.sheet,
			sheets: reader.sheets,
			headerRow: reader.headerRowNumber,
			headers: [...reader.headers],
			rows,
			more,
		};
	} finally {
		// the rows past the sample are not read: close the file now
		await (input.chunks as AsyncGenerator<Uint8Array>).return(undefined);
	}
}

async function firstRows(
	reader: AsyncIterable<{ values: Record<string, unknown> }>,
	count: number,
): Promise<{ rows: Array<Record<string, unknown>>; more: boolean }> {
	const rows: Array<Record<string, unknown>> = [];
	try {
		for await (const row of reader) {
			if (rows.length >= count) return { rows, more: true };
			rows.push(row.values);
		}
	} catch (error) {
		// a header with no rows under it still has columns to map
		if (!(isIntakeError(error) && error.code === 'NO_DATA_ROWS')) throw error;
	}
	return { rows, more: false };
}
