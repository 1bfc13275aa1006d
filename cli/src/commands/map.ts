import { basename } from 'node:path';
import type { Command } from 'commander';
import {
	autoMapHeaders,
	createMappingProfile,
	type ColumnMapping,
	type MappingProfile,
	type Schema,
} from '../../../lib';
import { schemaOf } from '../common';
import { withFileErrors } from './export/fileErrors';
import { writeFileAtomically } from '../common/writeFileAtomically';
import { cellText, formatTable } from './map/formatTable';
import { parseCount } from './map/parseCount';
import { sampleSpreadsheet, type SpreadsheetSample } from './map/sampleSpreadsheet';

/** Rows read for sample values when `--sample` is not given. */
export const DEFAULT_SAMPLE_ROWS = 1000;
/** Sample values shown per column. */
export const SAMPLES_PER_COLUMN = 3;
/** Longest a sample value is shown in the table (the JSON report has them whole). */
const SAMPLE_WIDTH = 20;

/** The options of `intake map`, as commander hands them over. */
export interface MapCommandOptions {
	schema: string;
	headerRow?: string;
	sheet?: string;
	sample?: string;
	save?: string;
	json?: boolean;
}

/** One column of the proposed mapping, as printed. */
export interface MappedColumn extends ColumnMapping {
	/** The first distinct non-blank values of the column in the sample. */
	samples: string[];
}

/** What `intake map` found (what `--json` prints). */
export interface MapReport {
	file: string;
	schema: string;
	format: string;
	encoding?: string;
	delimiter?: string;
	sheet?: string;
	headerRow: number;
	sampledRows: number;
	columns: MappedColumn[];
	missingRequired: string[];
	/** The profile written with `--save`. */
	profile?: MappingProfile;
	savedTo?: string;
}

function samplesOf(header: string, rows: SpreadsheetSample['rows']): string[] {
	const seen = new Set<string>();
	for (const row of rows) {
		const text = cellText(row[header]);
		if (text !== '') seen.add(text);
		if (seen.size >= SAMPLES_PER_COLUMN) break;
	}
	return [...seen];
}

/**
 * `intake map <file>`: reads the file's first rows, proposes the schema field
 * of each column (autoMapHeaders, with the sample's values), and with
 * `save` writes the mapping as a profile (createMappingProfile) that
 * `intake import --profile` reads back.
 *
 * @param file - a CSV, TSV, XLSX, XLS or ODS file
 * @param options - see {@link MapCommandOptions}
 * @returns the report (printed by the command as a table, or as JSON)
 * @throws CliError (exit 64) for a bad option, a missing or unreadable file
 *
 * @example
 * (await runMap('outlook.csv', { schema: 'clients' })).columns[2]
 * //=> { header: 'E-mail Address', field: 'email', confidence: 0.99, reason: '…', samples: ['ann@example.com', …] }
 */
export async function runMap(file: string, options: MapCommandOptions): Promise<MapReport> {
	const headerRow = parseCount('--header-row', options.headerRow, 1);
	const count = parseCount('--sample', options.sample, 1) ?? DEFAULT_SAMPLE_ROWS;
	const schema: Schema = schemaOf(options.schema);
	return withFileErrors(async () => {
		const sample = await sampleSpreadsheet(file, count, { headerRow, sheet: options.sheet });
		const mapping = autoMapHeaders(sample.headers, schema, { sampleRows: sample.rows });
		const report: MapReport = {
			file,
			schema: schema.name,
			format: sample.format,
			...(sample.encoding !== undefined && { encoding: sample.encoding }),
			...(sample.delimiter !== undefined && { delimiter: sample.delimiter }),
			...(sample.sheet !== undefined && { sheet: sample.sheet }),
			headerRow: sample.headerRow,
			sampledRows: sample.rows.length,
			columns: mapping.columns.map((c) => ({ ...c, samples: samplesOf(c.header, sample.rows) })),
			missingRequired: mapping.missingRequired,
		};
		if (options.save !== undefined) {
			const profile = createMappingProfile(mapping, {
				name: basename(file),
				schema: schema.name,
			});
			await writeFileAtomically(options.save, [
				new TextEncoder().encode(`${JSON.stringify(profile, null, '\t')}\n`),
			]);
			Object.assign(report, { profile, savedTo: options.save });
		}
		return report;
	}, options.save ?? file);
}

/** The report as the terminal shows it: a line on the file, the table, what is missing. */
export function formatMapReport(report: MapReport): string {
	const where = [
		report.format.toUpperCase(),
		report.encoding,
		report.delimiter !== undefined ? `delimiter ${JSON.stringify(report.delimiter)}` : undefined,
		report.sheet !== undefined ? `sheet ${JSON.stringify(report.sheet)}` : undefined,
		`header row ${report.headerRow}`,
	].filter(Boolean);
	const head = `${report.file} (${where.join(', ')}): ${report.columns.length} columns, ${report.sampledRows.toLocaleString('en-US')} rows sampled, schema ${report.schema}\n\n`;
	const table = formatTable(
		['column', 'field', 'confidence', 'samples', 'reason'],
		report.columns.map((c) => [
			c.header,
			c.field === null ? '— unmapped' : c.typedBy ? `${c.field} (typed by ${c.typedBy})` : c.field,
			c.confidence.toFixed(2),
			c.samples
				.map((s) => (s.length > SAMPLE_WIDTH ? `${s.slice(0, SAMPLE_WIDTH - 1)}…` : s))
				.join(' | '),
			c.reason,
		]),
		[undefined, undefined, undefined, (SAMPLE_WIDTH + 3) * SAMPLES_PER_COLUMN],
	);
	const missing =
		report.missingRequired.length > 0
			? `\nRequired fields no column fills: ${report.missingRequired.join(', ')}\n`
			: '\nEvery required field has a column.\n';
	const saved = report.savedTo
		? `Saved the mapping to ${report.savedTo}; use it with: intake import ${report.file} --schema ${report.schema} --profile ${report.savedTo}\n`
		: '';
	return head + table + missing + saved;
}

/** Adds `intake map` to the program. */
export function register(program: Command): void {
	program
		.command('map')
		.description(
			'Propose which schema field each column of a spreadsheet holds, and save it as a profile',
		)
		.argument('<file>', 'a CSV, TSV, XLSX, XLS or ODS file')
		.requiredOption('--schema <schema>', 'clients, contacts, cases or a schema .json file')
		.option('--header-row <n>', 'the row that holds the headers (default: found)')
		.option('--sheet <name>', 'the worksheet to read (default: the first with data)')
		.option('--sample <n>', `rows read for sample values (default ${DEFAULT_SAMPLE_ROWS})`)
		.option('--save <profile.json>', 'write the mapping as a profile for intake import --profile')
		.option('--json', 'print the report as JSON')
		.addHelpText(
			'after',
			'\nExamples:\n  $ intake map contacts.csv --schema clients\n  $ intake map matters.xlsx --schema cases --sheet Open --save matters-map.json\n',
		)
		.action(async (file: string, options: MapCommandOptions) => {
			const report = await runMap(file, options);
			process.stdout.write(
				options.json ? `${JSON.stringify(report, null, 2)}\n` : formatMapReport(report),
			);
		});
}
