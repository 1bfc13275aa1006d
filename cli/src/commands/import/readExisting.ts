import {
	autoMapHeaders,
	openSpreadsheet,
	type ReadOptions,
	type Schema,
	type TransformOptions,
} from '../../../../lib';
import { createRecordTransformer } from '../../../../lib/validate';
import { readInput } from '../../common';

/** The headers that hold the target's id of a record, best first (case and spacing aside). */
const ID_HEADERS = ['id', '_id', 'record id', 'external id', 'uuid'];
/** Rows read before mapping the columns and deciding their orders, as runImport does. */
const SAMPLE_ROWS = 10_000;
const BATCH_ROWS = 2_000;

/** The column of an existing file that holds the target's ids: `id`, `_id`, `Record ID`, `<object> id`, … */
function idColumnOf(headers: readonly string[], object: string): string | undefined {
	const plain = (h: string): string =>
		h
			.trim()
			.toLowerCase()
			.replace(/[\s_-]+/g, ' ');
	const wanted = [...ID_HEADERS, `${object} id`, `${object.replace(/s$/, '')} id`];
	for (const w of wanted) {
		const found = headers.find((h) => plain(h) === w || plain(h).replace(/ /g, '') === w);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * Opens the records already in the target from an export of it
 * (`--dedupe-against existing.csv|.xlsx`): read with the library, mapped to
 * the same schema automatically (from the headers and the first 10,000
 * rows) and transformed batch by batch, so incoming rows are compared with
 * clean records and a large export is never held whole. Each record keeps
 * the file's id column (`id`, `_id`, `Record ID`, `Client ID`…) as `id`, the
 * id an update goes to; a record the transform finds invalid is still
 * given, as far as it reads, since it exists all the same.
 *
 * @param path - the export's path
 * @param schema - the import's schema
 * @param options - the import's transform options (phone country, date order)
 * @param object - the object imported (`clients`), for a `Client ID` column
 * @param read - read options
 * @returns the existing records, in file order, to iterate once
 * @throws CliError (64) when the file is missing; the library's errors for a file it cannot read
 *
 * @example
 * for await (const r of await readExisting('crm.csv', getSchema('clients'), {}, 'clients')) existing.push(r)
 * // existing[0]: { id: 'C-17', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' }
 */
export async function readExisting(
	path: string,
	schema: Schema,
	options: TransformOptions,
	object: string,
	read: ReadOptions = { maxBytes: Infinity },
): Promise<AsyncIterable<Record<string, unknown>>> {
	const input = readInput(path);
	const reader = await openSpreadsheet(input.chunks, { ...read, fileName: input.name });
	const rows = reader[Symbol.asyncIterator]();
	const sample: Array<Record<string, unknown>> = [];
	for (let next = await rows.next(); ; next = await rows.next()) {
		if (next.done) break;
		sample.push({ ...next.value.values, _row: next.value.rowNumber });
		if (sample.length >= SAMPLE_ROWS) break;
	}
	const idColumn = idColumnOf(reader.headers, object);
	const mapping = autoMapHeaders(reader.headers, schema, { sampleRows: sample.slice(0, 1000) });
	const columns = mapping.columns.map((c) => (c.header === idColumn ? { ...c, field: null } : c));
	const transformer = createRecordTransformer({ columns }, schema, options);
	transformer.decide(sample);
	let index = 0;
	function* transformed(batch: Array<Record<string, unknown>>): Generator<Record<string, unknown>> {
		const results = transformer.transform(batch, index);
		index += batch.length;
		for (const [i, r] of results.entries()) {
			const record = { ...(r.record ?? {}) };
			const id = idColumn === undefined ? undefined : batch[i][idColumn];
			if (typeof id === 'string' && id.trim() !== '') record.id = id.trim();
			yield record;
		}
	}
	return (async function* existing() {
		yield* transformed(sample);
		let batch: Array<Record<string, unknown>> = [];
		for (let next = await rows.next(); !next.done; next = await rows.next()) {
			batch.push({ ...next.value.values, _row: next.value.rowNumber });
			if (batch.length < BATCH_ROWS) continue;
			yield* transformed(batch);
			batch = [];
		}
		yield* transformed(batch);
	})();
}
