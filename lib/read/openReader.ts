import { IntakeError } from '../errors';
import { iterateOnce } from './iterateOnce';
import type { ReadIssue, SpreadsheetFormat } from '../types';
import type { HeaderDetection } from './detectHeaderRow';
import { ALL, openRowSource, type RowSource } from './openRowSource';
import { openTable, type OpenedTable, type SheetTable } from './openTable';
import { normalizeReadOptions, type NormalizedReadOptions, type ReadOptions } from './options';
import type { RawRow } from './rawRow';
import type { SpreadsheetRow } from './readDataRows';
import { takePrefix, type SpreadsheetInput } from './takePrefix';

/** What was detected in a spreadsheet, as both {@link openSpreadsheet} and {@link readSpreadsheet} report it. */
export interface SpreadsheetDetected {
	format: SpreadsheetFormat;
	/** Text encoding used (CSV/TSV only). */
	encoding?: string;
	/** Field delimiter used (CSV/TSV only). */
	delimiter?: string;
	/** Name of the sheet read (workbooks only; with `sheet: '*'`, the first sheet read). */
	sheet?: string;
	/** Every sheet in the workbook (workbooks only). */
	sheets?: string[];
	/** 1-based row number of the header row (of the first table); `0` when the file has none. */
	headerRowNumber: number;
	/** Which row is the header (of the first table), how it was chosen, and why. */
	headerDetection: HeaderDetection;
	/** Each table read, with its own header: one, or with `sheet: '*'` one per sheet that holds a value. */
	tables: SheetTable[];
}

/** An opened spreadsheet: what was detected, and its rows as an async iterator. */
export interface SpreadsheetReader extends SpreadsheetDetected, AsyncIterable<SpreadsheetRow> {
	/**
	 * Clean, unique headers. Grows if a later row has more cells than the header (`Column N`).
	 * With `sheet: '*'`, every sheet's headers, in the order first seen (each sheet's own are in `tables`).
	 */
	headers: string[];
	/** Row-level issues; filled as rows are read. */
	issues: ReadIssue[];
}

/**
 * What {@link openSpreadsheet} and {@link readSpreadsheet} share: opens the
 * reader, reading `repairWindow` data rows of each table ahead to decide its
 * columns decoded twice (1000 for streaming; 0 for a one-shot read, which
 * decides from all the rows once read).
 *
 * @param input - the file's bytes, or an async iterable of chunks
 * @param options - see {@link ReadOptions}
 * @param repairWindow - data rows read ahead per table
 * @returns a reader; iterate it once
 * @example
 * const reader = await openReader(new TextEncoder().encode('Name\nJosÃ©\n'), {}, 1000)
 * for await (const r of reader) rows.push(r.values)
 * // rows: [{ Name: 'José' }]
 */
export async function openReader(
	input: SpreadsheetInput,
	options: ReadOptions | undefined,
	repairWindow: number,
): Promise<SpreadsheetReader> {
	const opts = normalizeReadOptions(options);
	const issues: ReadIssue[] = [];
	let current: string | undefined;
	const onIssue = (i: ReadIssue): void => {
		issues.push(current !== undefined && i.sheet === undefined ? { ...i, sheet: current } : i);
	};
	const source = await takePrefix(input, opts);
	if (source.prefix.length === 0) throw emptyFile(opts);
	const rows = await openRowSource(source, opts, onIssue);
	const all = opts.sheet === ALL && rows.sheets !== undefined;
	// the first batch is read now, for the delimiter; its issues are the first sheet's
	if (all) current = rows.sheet;
	const first = await rows.batches.next();
	const delimiter = rows.delimiter();
	const format = rows.format === 'csv' && delimiter === '\t' ? 'tsv' : rows.format;
	const isText = format === 'csv' || format === 'tsv';
	const ctx = {
		opts,
		onIssue,
		all,
		isText,
		repairWindow,
		enter: (s: string | undefined) => (current = s),
	};
	const tables: OpenedTable[] = [];
	for (const src of [{ ...rows, batches: replay(first, rows.batches) }, ...(rows.rest ?? [])]) {
		const table = await openTable(src, ctx);
		if (table) tables.push(table);
	}
	current = undefined;
	if (tables.length === 0) throw emptyFile(opts);
	const headers = all ? unionOf(tables) : tables[0].headers;
	return {
		...(rows.encoding !== undefined && { encoding: rows.encoding }),
		...(delimiter !== undefined && { delimiter }),
		...(rows.sheets !== undefined && { sheets: rows.sheets, sheet: tables[0].sheet }),
		headers,
		format,
		headerRowNumber: tables[0].headerRowNumber,
		headerDetection: tables[0].headerDetection,
		tables: tables.map(({ rows: _rows, ...t }) => t),
		issues,
		[Symbol.asyncIterator]: all ? everyTable(tables, headers) : tables[0].rows,
	};
}

/**
 * The first batch again, then the rest: the first batch is read before the
 * tables are opened, so that the delimiter (and with it CSV or TSV) is known.
 */
function replay(first: IteratorResult<RawRow[]>, rest: RowSource['batches']): RowSource['batches'] {
	let given = false;
	return {
		next: async () => {
			if (given) return rest.next();
			given = true;
			return first;
		},
	};
}

/** Every table's headers, in the order first seen. */
function unionOf(tables: readonly SheetTable[], into: string[] = []): string[] {
	const seen = new Set(into);
	for (const t of tables) {
		for (const h of t.headers) {
			if (seen.has(h)) continue;
			seen.add(h);
			into.push(h);
		}
	}
	return into;
}

/** The rows of every table in turn; `NO_DATA_ROWS` only when none had a row. */
function everyTable(
	tables: OpenedTable[],
	headers: string[],
): () => AsyncGenerator<SpreadsheetRow> {
	return iterateOnce(async function* rows() {
		let count = 0;
		for (const table of tables) {
			for await (const row of table.rows()) {
				count++;
				yield row;
			}
			// a sheet's rows may have widened its headers (`Column N`)
			unionOf([table], headers);
		}
		if (count === 0) {
			throw new IntakeError(
				'NO_DATA_ROWS',
				'No sheet of the workbook has data rows under its header row. Check that you picked the right file.',
			);
		}
	});
}

function emptyFile(opts: NormalizedReadOptions): IntakeError {
	return new IntakeError(
		'EMPTY_FILE',
		`${opts.fileName ? `"${opts.fileName}"` : 'The file'} is empty: it has no rows. Check that the export finished and that you picked the right file.`,
	);
}
