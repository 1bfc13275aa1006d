import {
	autoMapHeaders,
	openSpreadsheet,
	transformRecords,
	type ReadOptions,
	type Schema,
	type TransformOptions,
} from '../../../../lib';
import { readInput } from '../../common';

/** The headers that hold the target's id of a record, best first (case and spacing aside). */
const ID_HEADERS = ['id', '_id', 'record id', 'recordid', 'external id', 'uuid'];

/** The column of an existing file that holds the target's ids: `id`, `_id`, `Record ID`, `<object> id`, … */
function idColumnOf(headers: readonly string[], object: string): string | undefined {
	const plain = (h: string): string =>
		h
			.trim()
			.toLowerCase()
			.replace(/[\s_-]+/g, ' ');
	const wanted = [...ID_HEADERS, `${object} id`, `${object.replace(/s$/, '')} id`];
	for (const w of wanted) {
		const found = headers.find((h) => plain(h) === w || plain(h) === w.replace(/ /g, ''));
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * Reads the records already in the target from an export of it
 * (`--dedupe-against existing.csv|.xlsx`): opened with the library, mapped
 * to the same schema automatically and transformed, so incoming rows are
 * compared with clean records. Each record keeps the file's id column
 * (`id`, `_id`, `Record ID`, `Client ID`…) as `id`, the id an update goes
 * to; a record the transform finds invalid is still kept, as far as it
 * reads, since it exists all the same.
 *
 * @param path - the export's path
 * @param schema - the import's schema
 * @param options - the import's transform options (phone country, date order)
 * @param object - the object imported (`clients`), for a `Client ID` column
 * @returns the existing records, in file order
 * @throws CliError (64) when the file is missing; the library's errors for a file it cannot read
 *
 * @example
 * (await readExisting('crm.csv', getSchema('clients'), {}, 'clients'))[0]
 * //=> { id: 'C-17', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' }
 */
export async function readExisting(
	path: string,
	schema: Schema,
	options: TransformOptions,
	object: string,
	read: ReadOptions = { maxBytes: Infinity },
): Promise<Array<Record<string, unknown>>> {
	const input = readInput(path);
	const reader = await openSpreadsheet(input.chunks, {
		...read,
		headerRow: 'auto',
		sheet: undefined,
		fileName: input.name,
	});
	const rows: Array<Record<string, unknown>> = [];
	for await (const row of reader) rows.push({ ...row.values, _row: row.rowNumber });
	const idColumn = idColumnOf(reader.headers, object);
	const mapping = autoMapHeaders(reader.headers, schema, { sampleRows: rows.slice(0, 1000) });
	const columns = mapping.columns.map((c) => (c.header === idColumn ? { ...c, field: null } : c));
	const result = transformRecords(rows, { columns }, schema, options);
	return result.rows.map((r, i) => {
		const record = { ...(r.record ?? {}) };
		const id = idColumn === undefined ? undefined : rows[i][idColumn];
		if (typeof id === 'string' && id.trim() !== '') record.id = id.trim();
		return record;
	});
}
