import { Option, type Command } from 'commander';
import { runImportCommand } from './import/runImportCommand';
import type { ImportFlags } from './import/readFlags';

const EXAMPLES = `
Examples:
  $ intake import examples/clients-messy.csv --schema clients --out clean.csv --errors errors.csv
  $ intake import leads.xlsx --sheet Leads --schema contacts --dedupe-against crm.csv --policy update \\
      --target https://crm.example.com --token-env CRM_TOKEN --report report.json --errors errors.csv
  $ intake import leads.xlsx --schema contacts --target https://crm.example.com --token-env CRM_TOKEN \\
      --resume report.json

Duplicates within the file (and against --dedupe-against) are merged by default; --no-dedupe turns
that off. The token is read from the environment variable --token-env names, never from a flag.
Exit codes: 0 done, 1 rows invalid or failed, 2 halted or interrupted, 64 misuse.`;

/**
 * Registers `intake import <file>`: the file streamed to clean records, an
 * errors file and a report, and optionally to a target over HTTP.
 *
 * @param program - the `intake` program
 *
 * @example
 * register(program)
 * // intake import clients.csv --schema clients --out clean.csv --errors errors.csv
 */
export function register(program: Command): void {
	program
		.command('import')
		.description(
			'Read a CSV/TSV/XLSX/XLS/ODS file, map, clean, validate and dedupe it, then write and/or import the records.',
		)
		.argument('<file>', 'the spreadsheet to import')
		.requiredOption('--schema <schema>', 'clients, contacts, cases, or a schema .json file')
		.option(
			'--profile <map.json>',
			'a saved mapping (intake map --save); else columns are mapped automatically',
		)
		.option('--header-row <n>', 'the row that holds the headers (default: found automatically)')
		.option('--sheet <name>', 'the worksheet to read (default: the first with data)')
		.addOption(
			new Option('--date-order <order>', 'day-month order of dates').choices([
				'auto',
				'MDY',
				'DMY',
				'YMD',
			]),
		)
		.option(
			'--country <code>',
			'country of phone numbers written without +, e.g. US, GB (default US)',
		)
		.option('--no-dedupe', 'do not look for duplicates')
		.option(
			'--dedupe-against <file>',
			'an export of the records already in the target (.csv, .xlsx), with their id column',
		)
		.option(
			'--match-on <list>',
			'what can make two records one person: email,phone,name,address,dateOfBirth (default all)',
		)
		.option(
			'--policy <policy>',
			'what to do with duplicates: skip, update, create or merge (default merge)',
		)
		.option(
			'--target <url>',
			"the target's base URL: records go to POST {url}/api/v1/import/{object}",
		)
		.option('--token-env <VAR>', 'the environment variable that holds the bearer token')
		.option('--object <name>', 'the object to import into (default: the schema name)')
		.option('--batch-size <n>', 'records per request (default 50)')
		.option('--concurrency <n>', 'requests in flight at once (default 1)')
		.addOption(
			new Option(
				'--on-error <mode>',
				'halt at the first failed record, or skip it and go on (default halt)',
			).choices(['halt', 'skip']),
		)
		.option('--timeout <seconds>', 'time limit of one request (default 60)')
		.option(
			'--resume <report.json>',
			'resume an interrupted or halted import from its report (or journal)',
		)
		.option('--out <file>', 'write the clean records: .csv, .tsv, .xlsx, .json or .ndjson')
		.option(
			'--errors <file>',
			'write the rows to fix, with _row, _outcome, _code and _message: .csv, .xlsx, …',
		)
		.option('--report <file>', 'write the full report as JSON (and journal the import beside it)')
		.option(
			'--workers <n>',
			'transform worker threads (default 0: the transform runs in the main thread)',
		)
		.option('--json', 'print the report as JSON on stdout instead of the summary')
		.option('--quiet', 'no progress bars and no summary')
		.addHelpText('after', EXAMPLES)
		.action(async (file: string, flags: ImportFlags) => {
			process.exitCode = await runImportCommand(file, flags);
		});
}
