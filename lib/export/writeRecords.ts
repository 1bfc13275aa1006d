/*
 * The writers behind exportRecords and exportRecordStream: records in,
 * chunks of a CSV, TSV, NDJSON, JSON or XLSX file out. Internal to the library.
 */
import { KIB } from '../bytes/sizes';
import { createXlsxStream, type XlsxRow } from '../xlsx/createXlsxStream';
import { delimitedField, xlsxCell } from './cells';
import { readerOf, type FieldSpec } from './fields';
import type { CheckedExportOptions } from './options';
import { sheetNameFor } from './options';
import type { ExportRecord } from './types';
import { readPath, textOf } from './values';

/** Text gathered before it is encoded and handed on. */
const BATCH = 64 * KIB;

type Records = AsyncIterable<ExportRecord> | Iterable<ExportRecord>;

/** A value as JSON: undefined as null, BigInt as text (JSON has neither). */
function jsonValue(value: unknown): string {
	try {
		return (
			JSON.stringify(value === undefined ? null : value, (_k, v: unknown) =>
				typeof v === 'bigint' ? String(v) : v,
			) ?? 'null'
		);
	} catch {
		return JSON.stringify(textOf(value));
	}
}

/** A record as a JSON object: the picked fields under their headers, or the record whole. */
function jsonRecord(record: ExportRecord, fields: FieldSpec[] | undefined): string {
	if (!fields) return jsonValue(record);
	return `{${fields.map((f) => `${JSON.stringify(f.header)}:${jsonValue(readPath(record, f.path).value)}`).join(',')}}`;
}

/** Records in groups, so a sync source (an array) costs no await per record. */
async function* groups(records: Records): AsyncGenerator<ExportRecord[]> {
	if (Symbol.iterator in records) {
		let group: ExportRecord[] = [];
		for (const record of records) {
			group.push(record);
			if (group.length === 1000) {
				yield group;
				group = [];
			}
		}
		if (group.length) yield group;
		return;
	}
	for await (const record of records) yield [record];
}

async function* textChunks(parts: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
	const encoder = new TextEncoder();
	let batch = '';
	for await (const part of parts) {
		batch += part;
		if (batch.length >= BATCH) {
			yield encoder.encode(batch);
			batch = '';
		}
	}
	if (batch) yield encoder.encode(batch);
}

/**
 * Writes records as the chosen format. `fields` undefined means: the
 * records whole (JSON, NDJSON); CSV, TSV and XLSX always get fields.
 * `onRecord` sees each record written (the count, the field check).
 */
export function writeRecords(
	records: Records,
	fields: FieldSpec[] | undefined,
	opts: CheckedExportOptions,
	onRecord: (record: ExportRecord) => void,
): AsyncIterable<Uint8Array> {
	const { format } = opts;
	if (format === 'xlsx') {
		const specs = fields ?? [];
		const readers = specs.map(readerOf);
		async function* rows(): AsyncGenerator<XlsxRow> {
			yield specs.map((f) => ({ value: f.header, style: { bold: true } }));
			for await (const group of groups(records)) {
				for (const record of group) {
					onRecord(record);
					yield readers.map((read) => xlsxCell(read(record)));
				}
			}
		}
		return createXlsxStream(
			{ name: sheetNameFor(opts.title), columnWidths: 'auto', freezeRows: 1, autoFilter: true },
			rows(),
			{ title: opts.title, created: opts.generatedAt },
		);
	}
	async function* parts(): AsyncGenerator<string> {
		if (format === 'csv' || format === 'tsv') {
			const specs = fields ?? [];
			const readers = specs.map(readerOf);
			const delimiter = format === 'csv' ? ',' : '\t';
			const eol = opts.lineEnding;
			const guard = opts.formulaGuard;
			if (opts.bom) yield '\ufeff';
			if (specs.length)
				yield specs.map((f) => delimitedField(f.header, delimiter, guard)).join(delimiter) + eol;
			for await (const group of groups(records)) {
				let text = '';
				for (const record of group) {
					onRecord(record);
					for (let i = 0; i < readers.length; i++) {
						if (i) text += delimiter;
						text += delimitedField(readers[i](record), delimiter, guard);
					}
					text += eol;
				}
				yield text;
			}
		} else if (format === 'ndjson') {
			for await (const group of groups(records)) {
				let text = '';
				for (const record of group) {
					onRecord(record);
					text += `${jsonRecord(record, fields)}\n`;
				}
				yield text;
			}
		} else {
			let total = 0;
			yield opts.jsonShape === 'envelope' ? '{"format":"json","records":[' : '[';
			for await (const group of groups(records)) {
				let text = '';
				for (const record of group) {
					onRecord(record);
					text += (total++ ? ',' : '') + jsonRecord(record, fields);
				}
				yield text;
			}
			yield opts.jsonShape === 'envelope' ? `],"total":${total}}` : ']';
		}
	}
	return textChunks(parts());
}
