import type { DateOrder } from '../normalize/parseDate';
import { compileFilter } from './compileFilter';
import { collectFields, unknownFieldError, type FieldSpec } from './fields';
import { findDateColumns } from './findDateColumns';
import { normalizeExportOptions, type CheckedExportOptions } from './options';
import { prepareRecords } from './prepareRecords';
import type { ExportOptions, ExportRecord } from './types';
import { readPath } from './values';
import { writeRecords } from './writeRecords';

type Records = AsyncIterable<ExportRecord> | Iterable<ExportRecord>;

/** Records kept to name the existing fields when a wanted one is missing. */
const SAMPLE_SIZE = 100;

/**
 * Watches every record read for the fields asked for, so that a field in no
 * record can be refused (with the fields that exist, from a sample). `check`
 * throws only when records were read and a wanted field was in none.
 */
function createFieldCheck(wanted: readonly string[]): {
	note: (record: ExportRecord) => void;
	check: () => void;
} {
	const seenField = new Set<string>();
	const sample: ExportRecord[] = [];
	let read = 0;
	return {
		note(record) {
			read++;
			if (sample.length < SAMPLE_SIZE) sample.push(record);
			if (seenField.size < wanted.length)
				for (const p of wanted)
					if (!seenField.has(p) && readPath(record, p).found) seenField.add(p);
		},
		check() {
			if (read > 0 && seenField.size < wanted.length)
				throw unknownFieldError(
					wanted.filter((p) => !seenField.has(p)),
					sample,
				);
		},
	};
}

/**
 * The records filtered and cut to `limit` as they are read, each noted first.
 * A sync source stays sync, so an array or generator costs no await per record.
 */
function filteredRecords(
	records: Records,
	opts: CheckedExportOptions,
	note: (record: ExportRecord) => void,
): Records {
	const test = opts.filter
		? compileFilter(opts.filter, () =>
				opts.dateOrder === 'auto' ? undefined : (opts.dateOrder as DateOrder),
			)
		: undefined;
	const limit = opts.limit ?? Infinity;
	const keep = (record: ExportRecord): boolean => {
		note(record);
		return !test || test(record);
	};
	if (Symbol.iterator in records)
		return (function* kept(): Generator<ExportRecord> {
			if (limit === 0) return;
			let count = 0;
			for (const record of records as Iterable<ExportRecord>) {
				if (!keep(record)) continue;
				yield record;
				if (++count >= limit) return;
			}
		})();
	return (async function* kept(): AsyncGenerator<ExportRecord> {
		if (limit === 0) return;
		let count = 0;
		for await (const record of records) {
			if (!keep(record)) continue;
			yield record;
			if (++count >= limit) return;
		}
	})();
}

/** The fields of the first record written (read ahead of the header), and the records with it put back. */
async function fieldsOfFirst(source: Records): Promise<{ fields: FieldSpec[]; source: Records }> {
	const iterator = (
		Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()
	) as AsyncIterator<ExportRecord> | Iterator<ExportRecord>;
	const first = await iterator.next();
	const fields = first.done
		? []
		: collectFields([first.value]).map((path) => ({ path, header: path }));
	const rest = (async function* rest(): AsyncGenerator<ExportRecord> {
		if (first.done) return;
		yield first.value;
		for (let next = await iterator.next(); !next.done; next = await iterator.next())
			yield next.value;
	})();
	return { fields, source: rest };
}

/**
 * Exports records as a stream of chunks, for exports too large to hold as
 * one file in memory (the command line writes the chunks to a file as they
 * come): CSV, TSV, NDJSON, JSON or XLSX, with the same options and output as
 * {@link exportRecords}.
 *
 * Records are read one at a time and memory stays flat, except:
 * - with `sort`, every record is held (a sort needs them all), then written;
 * - without `fields`, the fields are the first written record's (later
 *   records' other fields are left out; JSON and NDJSON write records whole);
 * - `dateOrder: 'auto'` reads each date on its own (13/04/2025 settles
 *   itself, 03/04/2025 is read month first), as the column is not seen whole
 *   (with `sort`, it is, and is detected as by exportRecords).
 *
 * A field in no record is found out only at the end: the stream then throws
 * `EXPORT_UNKNOWN_FIELD` after its last chunk, and the output should be thrown away.
 *
 * @param records - an array, a generator or an async iterable of records
 * @param options - see {@link ExportOptions}; `format` one of csv, tsv, ndjson, json, xlsx
 * @returns the file's bytes in chunks
 * @throws IntakeError `EXPORT_INVALID_OPTION` (pdf asks for exportRecords), `EXPORT_INVALID_FILTER`, `EXPORT_UNKNOWN_FIELD`
 *
 * @example
 * async function* fetchPages() { yield { name: 'José', fee: 12.5 }; yield { name: 'Zoë', fee: '=1+1' } }
 * const chunks = []
 * for await (const chunk of exportRecordStream(fetchPages(), { format: 'csv', bom: false })) chunks.push(chunk)
 * new TextDecoder().decode(Buffer.concat(chunks))
 * //=> 'name,fee\r\nJosé,12.5\r\nZoë,\'=1+1\r\n'
 */
export async function* exportRecordStream(
	records: Records,
	options: ExportOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
	const opts = normalizeExportOptions(options, ['csv', 'tsv', 'ndjson', 'json', 'xlsx']);
	const fieldCheck = createFieldCheck(opts.fields ? opts.fields.map((f) => f.path) : []);
	const tabular = opts.format !== 'json' && opts.format !== 'ndjson';
	let source: Records;
	let buffered: ExportRecord[] | undefined;
	if (opts.sort) {
		const all: ExportRecord[] = [];
		for await (const record of records) {
			fieldCheck.note(record);
			all.push(record);
		}
		// all records are in hand: a field in none of them is refused before anything is written
		fieldCheck.check();
		source = buffered = prepareRecords(all, opts);
	} else source = filteredRecords(records, opts, fieldCheck.note);

	let fields: FieldSpec[] | undefined = opts.fields;
	if (!fields && tabular) ({ fields, source } = await fieldsOfFirst(source));
	// with every record in hand (sorted), a column of dates in several forms comes out as one, as exportRecords does
	if (buffered && fields && tabular) {
		const dates = findDateColumns(buffered, fields, opts.dateOrder);
		if (dates.size > 0)
			fields = fields.map((f) => (dates.has(f.path) ? { ...f, convert: dates.get(f.path) } : f));
	}
	yield* writeRecords(source, fields, opts, () => undefined);
	fieldCheck.check();
}
