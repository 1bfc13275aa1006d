import { Command } from 'commander';
import { version } from '../package.json';
import { register as registerArchive } from './commands/archive';
import { register as registerExport } from './commands/export';
import { register as registerImport } from './commands/import';
import { register as registerMap } from './commands/map';
import { register as registerTemplate } from './commands/template';

const EXAMPLES = `
Examples:
  $ intake import examples/clients-messy.csv --schema clients --out clean.csv --errors errors.csv
  $ intake map examples/clients-messy.csv --schema clients --save profile.json
  $ intake import contacts.xlsx --schema contacts --dedupe-against crm-export.csv --policy merge \\
      --target https://crm.example.com --token-env CRM_TOKEN --report import-report.json
  $ intake import contacts.xlsx --schema contacts --target https://crm.example.com \\
      --token-env CRM_TOKEN --resume import-report.json

Run "intake <command> --help" for a command's options.
Exit codes: 0 done, 1 rows failed or invalid, 2 halted or interrupted, 64 misuse.`;

/**
 * The `intake` program (commander): its help with examples, its version, and
 * each subcommand registered from its module under ./commands, which exports
 * `register(program)`. Errors are not printed by commander but thrown
 * (exitOverride), so the main reports every one as one line with its exit
 * code.
 *
 * @param write - where commander's own output goes (help, version); stdout by default
 * @returns the program, ready to `parseAsync(process.argv)`
 *
 * @example
 * await buildProgram().parseAsync(['node', 'intake', 'import', 'clients.csv', '--schema', 'clients', '--out', 'clean.csv'])
 */
export function buildProgram(
	write: (text: string) => void = (text) => process.stdout.write(text),
): Command {
	const program = new Command('intake')
		.description(
			'Turn messy spreadsheets of people and cases into clean records: map, normalize, validate, dedupe, then import or write.',
		)
		.version(version, '-V, --version')
		.addHelpText('after', EXAMPLES)
		.exitOverride()
		.showSuggestionAfterError(true)
		.configureOutput({
			writeOut: write,
			writeErr: (text) => process.stderr.write(text),
			// the main prints the error as one line; commander would print it too
			outputError: () => undefined,
		});
	registerImport(program);
	registerMap(program);
	registerExport(program);
	registerTemplate(program);
	registerArchive(program);
	return program;
}
