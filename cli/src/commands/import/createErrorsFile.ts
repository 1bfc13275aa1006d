import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { formatOf, writeRecordsTo } from '../../common';

/** One row for the errors file, as the pipeline reports it (PipelineException). */
export interface ExceptionRow {
	row: number;
	sheet?: string;
	outcome: string;
	code: string;
	message: string;
	source: Record<string, unknown>;
}

/** The errors file being collected. */
export interface ErrorsFile {
	/** Takes one exception (awaits the disk when its buffer is full). */
	add(e: ExceptionRow): Promise<void>;
	/**
	 * Writes the file: the source's columns in `headers` order, then `_row`,
	 * `_outcome`, `_code`, `_message`. The rows whose `source` is their clean
	 * record (possible duplicates, failed, not attempted: the pipeline keeps
	 * no source row once a row is clean) get their row as read from
	 * `recover`, given their keys (`rowKey`). Returns the rows written.
	 */
	finish(
		headers: readonly string[],
		recover?: (keys: ReadonlySet<string>) => Promise<ReadonlyMap<string, Record<string, unknown>>>,
	): Promise<number>;
	/** Drops what was collected (a run that failed before the end). */
	discard(): void;
}

const META = ['_row', '_outcome', '_code', '_message'] as const;

/** Outcomes whose `source` is the clean record, not the row as read. */
const CLEAN_SOURCE = new Set(['possibleDuplicate', 'failed', 'notAttempted']);

/**
 * A row's key among the file's rows: its sheet and row number.
 *
 * @example
 * rowKey(17)
 * //=> '\u000017'
 */
export function rowKey(row: number, sheet?: string): string {
	return `${sheet ?? ''}\u0000${row}`;
}

/** The temporary NDJSON lines read back, in order. */
async function* readLines(path: string): AsyncGenerator<ExceptionRow> {
	const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
	for await (const line of lines) if (line !== '') yield JSON.parse(line) as ExceptionRow;
}

/** The columns of the file: the source's, `_sheet` when rows came from several sheets, then the four of the outcome. */
function columnsOf(headers: readonly string[], sheets: boolean): string[] {
	const columns = headers.filter((h) => !(META as readonly string[]).includes(h));
	return [...columns, ...(sheets ? ['_sheet'] : []), ...META];
}

/**
 * Collects the rows to fix (invalid, failed, not attempted, possible
 * duplicate, skipped) as they come, in a temporary file beside the target
 * (so 100,000 bad rows cost no memory), then writes them as an errors file
 * ready to fix and import again: every column of the source row as read,
 * plus `_row`, `_outcome`, `_code` and `_message`. CSV and TSV cells that a
 * spreadsheet would run as a formula are escaped, as the library's exports
 * do; the columns are the source's headers whatever their spelling.
 *
 * @param path - the errors file (.csv, .tsv, .xlsx, .json, .ndjson)
 * @returns the collector
 * @throws CliError (64) for an extension it cannot write
 *
 * @example
 * const errors = createErrorsFile('errors.csv')
 * await runImport(input, { schema: 'clients', onException: (e) => errors.add(e) })
 * await errors.finish(report.file.headers)
 */
export function createErrorsFile(path: string): ErrorsFile {
	const format = formatOf(path);
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.rows`);
	const out: WriteStream = createWriteStream(temp);
	let sheets = false;
	const wanted = new Set<string>();
	return {
		async add(e) {
			if (e.sheet !== undefined) sheets = true;
			// the clean record is not what the user fixes: the row as read is recovered at the end
			const clean = CLEAN_SOURCE.has(e.outcome);
			if (clean) wanted.add(rowKey(e.row, e.sheet));
			const line = JSON.stringify(clean ? { ...e, source: {} } : e);
			if (!out.write(`${line}\n`)) await once(out, 'drain');
		},
		async finish(headers, recover) {
			out.end();
			await once(out, 'finish');
			const found = wanted.size > 0 && recover ? await recover(wanted) : new Map();
			const columns = columnsOf(headers, sheets);
			const tabular = format !== 'json' && format !== 'ndjson';
			// tabular: each column under a key of its own, so a header with a dot or a colon is written as it is
			const keys = tabular ? columns.map((_, i) => `c${i}`) : columns;
			async function* records(): AsyncGenerator<Record<string, unknown>> {
				for await (const e of readLines(temp)) {
					const source = CLEAN_SOURCE.has(e.outcome)
						? (found.get(rowKey(e.row, e.sheet)) ?? {})
						: e.source;
					const meta: Record<string, unknown> = {
						_sheet: e.sheet ?? '',
						_row: e.row,
						_outcome: e.outcome,
						_code: e.code,
						_message: e.message,
					};
					const record: Record<string, unknown> = {};
					for (const [i, column] of columns.entries())
						record[keys[i]] = Object.hasOwn(meta, column) ? meta[column] : (source[column] ?? '');
					yield record;
				}
			}
			try {
				const fields = tabular ? columns.map((c, i) => `${keys[i]}:${c}`) : undefined;
				return await writeRecordsTo(path, records(), fields ? { fields } : {});
			} finally {
				rmSync(temp, { force: true });
			}
		},
		discard() {
			out.destroy();
			rmSync(temp, { force: true });
		},
	};
}
