import { openSpreadsheet, type ReadOptions } from '../../../../lib';
import { readInput } from '../../common';
import { rowKey } from './createErrorsFile';

/**
 * Reads the file again for some of its rows, as read (header → text): the
 * rows the errors file needs whose source the pipeline no longer holds
 * (possible duplicates, failed and not-attempted rows, which it keeps only
 * as clean records). One streaming pass; only the rows asked for are kept.
 *
 * @param path - the file imported
 * @param read - the read options the import used
 * @param keys - the rows wanted, as {@link rowKey}s
 * @returns each wanted row found, by key
 *
 * @example
 * await readSourceRows('clients.csv', { maxBytes: Infinity }, new Set([rowKey(3)]))
 * //=> Map { '\u00003' => { Name: 'Ann Lee', Email: 'ann@example.com' } }
 */
export async function readSourceRows(
	path: string,
	read: ReadOptions,
	keys: ReadonlySet<string>,
): Promise<Map<string, Record<string, unknown>>> {
	const input = readInput(path);
	const reader = await openSpreadsheet(input.chunks, { ...read, fileName: input.name });
	const found = new Map<string, Record<string, unknown>>();
	for await (const row of reader) {
		const key = rowKey(row.rowNumber, row.sheet);
		if (keys.has(key)) found.set(key, row.values);
		if (found.size === keys.size) break;
	}
	return found;
}
