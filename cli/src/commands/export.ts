import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportRecords, type ExportOptions } from '../../../lib';
import { createProgress, writeRecordsTo, type Progress } from '../common';
import { withFileErrors } from './export/fileErrors';
import { parseExportOptions, type ExportCommandOptions } from './export/parseExportOptions';
import { readRecords, type RecordReader } from './export/readRecords';
import { writeFileAtomically } from '../common/writeFileAtomically';

/** What `intake export` did. */
export interface ExportSummary {
	out: string;
	format: string;
	/** Records read from the input. */
	read: number;
	/** Records written (known for PDF only: the streaming export filters and cuts as it writes). */
	written?: number;
	bytes: number;
	warnings: string[];
}

/** Records between two updates of the progress bar. */
const PROGRESS_EVERY = 4096;

/** The records, moving the read bar (by bytes of the file) as they pass. */
async function* withProgress(
	records: RecordReader,
	progress: Progress,
): AsyncGenerator<Record<string, unknown>> {
	const update = (): void =>
		progress.update({
			...{ stage: 'read', done: records.count },
			...{ bytes: records.bytesRead(), totalBytes: records.size },
		});
	for await (const record of records) {
		if (records.count % PROGRESS_EVERY === 0) update();
		yield record;
	}
	update();
}

async function collect(
	records: AsyncIterable<Record<string, unknown>>,
): Promise<Array<Record<string, unknown>>> {
	const all: Array<Record<string, unknown>> = [];
	for await (const record of records) all.push(record);
	return all;
}

/**
 * `intake export <records> --out <file>`: streams records from a file
 * (JSON, NDJSON, or a spreadsheet) through the library's exportRecordStream
 * into CSV, TSV, XLSX, JSON or NDJSON, with fields picked and renamed, a
 * filter, sort keys and a limit; PDF goes through exportRecords (a report
 * is laid out whole, so its records are held). The file is written under a
 * temporary name and renamed into place at the end: a failed export leaves
 * nothing behind, nor replaces an older file.
 *
 * @param input - the records: .json, .ndjson/.jsonl, .csv, .tsv, .xlsx, .xls or .ods
 * @param options - see {@link ExportCommandOptions}
 * @returns what was written
 * @throws CliError (exit 64) for a bad flag, a missing or unreadable input, a field in no record
 *
 * @example
 * await runExport('clean.json', { out: 'active.csv', fields: 'firstName:First,email', filter: '{"filter_field":"status","filter_operator":"eq","filter_value":"active"}' })
 * //=> { out: 'active.csv', format: 'csv', read: 120, bytes: 2210, warnings: [] }
 */
export async function runExport(
	input: string,
	options: ExportCommandOptions,
): Promise<ExportSummary> {
	const exportOptions: ExportOptions = parseExportOptions(options);
	const progress = createProgress(process.stderr.isTTY === true && !options.quiet, ['read']);
	return withFileErrors(async () => {
		const reader = readRecords(input, options.sheet);
		const records = withProgress(reader, progress);
		if (exportOptions.format === 'pdf') {
			const result = await exportRecords(await collect(records), exportOptions);
			const bytes = await writeFileAtomically(options.out, [result.data]);
			return {
				...{ out: options.out, format: 'pdf', read: reader.count, written: result.count },
				...{ bytes, warnings: result.warnings ?? [] },
			};
		}
		// the format comes from the file's extension there too; the file is written under a temporary name
		const { format, ...rest } = exportOptions;
		await writeRecordsTo(options.out, records, rest);
		const bytes = (await stat(options.out)).size;
		return { out: options.out, format, read: reader.count, bytes, warnings: [] };
	}, options.out).finally(() => progress.stop());
}

function sizeText(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Adds `intake export` to the program. */
export function register(program: Command): void {
	program
		.command('export')
		.description(
			'Export records to CSV, TSV, XLSX, JSON, NDJSON or a PDF report, with fields, a filter, a sort and a limit',
		)
		.argument('<records>', 'the records: .json, .ndjson, .csv, .tsv, .xlsx, .xls or .ods')
		.requiredOption('--out <file>', 'the file to write; its extension sets the format')
		.option(
			'--fields <list>',
			'fields to write, in order, each path or path:Header (e.g. name,email:Email Address)',
		)
		.option('--filter <json|file>', 'keep matching records: a filter .json file or its JSON')
		.option('--sort <keys>', 'sort keys, each field or field:desc (e.g. lastName,fee:desc)')
		.option('--limit <n>', 'most records to write, after filter and sort')
		.option('--title <text>', 'the sheet name (XLSX) or the report title (PDF)')
		.option(
			'--sheet <name>',
			'the worksheet to read from a workbook (default: the first with data)',
		)
		.option('--quiet', 'no progress bar on stderr')
		.option(
			'--date-order <order>',
			'how 03/04/2025 reads in --filter and --sort: auto (default), MDY, DMY or YMD',
		)
		.addHelpText(
			'after',
			`\nExamples:\n  $ intake export clean.ndjson --out clients.xlsx --fields firstName:First,lastName:Last,email:Email --sort lastName\n  $ intake export clean.csv --out open.pdf --title "Open matters" --filter '{"filter_field":"status","filter_operator":"eq","filter_value":"open"}'\n`,
		)
		.action(async (input: string, options: ExportCommandOptions) => {
			const summary = await runExport(input, options);
			const written =
				summary.written !== undefined ? `${summary.written.toLocaleString('en-US')} of ` : '';
			process.stdout.write(
				`Wrote ${summary.out} (${summary.format.toUpperCase()}, ${sizeText(summary.bytes)}): ${written}${summary.read.toLocaleString('en-US')} records read\n`,
			);
			for (const warning of summary.warnings) process.stderr.write(`Warning: ${warning}\n`);
		});
}
