import { basename, extname } from 'node:path';
import { exportRecordStream, type ExportOptions } from '../../../lib';
import { fail } from './CliError';
import { writeFileAtomically } from './writeFileAtomically';

const FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'ndjson'] as const;
type FileFormat = (typeof FORMATS)[number];

/**
 * The export format a file name asks for, by its extension.
 *
 * @param path - a file path
 * @returns csv, tsv, xlsx, json or ndjson
 * @throws CliError (64) for any other extension
 *
 * @example
 * formatOf('out/clean.xlsx')
 * //=> 'xlsx'
 */
export function formatOf(path: string): FileFormat {
	const ext = extname(path).slice(1).toLowerCase();
	if ((FORMATS as readonly string[]).includes(ext)) return ext as FileFormat;
	fail(`cannot write ${path}: the name must end in .csv, .tsv, .xlsx, .json or .ndjson`);
}

/**
 * Writes records to a file, its format from the extension (.csv .tsv .xlsx
 * .json .ndjson), streaming through the library's exportRecordStream, so
 * memory stays flat whatever their number. The file is written under a
 * temporary name beside it and renamed into place at the end: a run that
 * fails or is killed never leaves half a file under the name asked for.
 *
 * @param path - where to write
 * @param records - the records, in order (an array, a generator or an async iterable)
 * @param options - export options besides the format (fields, bom, …)
 * @returns how many records were written
 * @throws CliError (64) for an extension it cannot write; the library's errors as they come
 *
 * @example
 * await writeRecordsTo('clean.csv', [{ _row: 2, firstName: 'Ann' }])
 * //=> 1
 */
export async function writeRecordsTo(
	path: string,
	records: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>,
	options: Omit<ExportOptions, 'format'> = {},
): Promise<number> {
	const format = formatOf(path);
	let count = 0;
	async function* counted(): AsyncGenerator<Record<string, unknown>> {
		for await (const record of records) {
			count++;
			yield record;
		}
	}
	const fileName = basename(path, extname(path));
	await writeFileAtomically(path, exportRecordStream(counted(), { fileName, ...options, format }));
	return count;
}
