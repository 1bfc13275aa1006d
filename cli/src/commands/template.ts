import { extname } from 'node:path';
import type { Command } from 'commander';
import { createImportTemplate } from '../../../lib';
import { fail, schemaOf } from '../common';
import { withFileErrors } from './export/fileErrors';
import { writeFileAtomically } from '../common/writeFileAtomically';

/** The options of `intake template`, as commander hands them over. */
export interface TemplateCommandOptions {
	format?: string;
	out?: string;
}

/** What `intake template` wrote. */
export interface TemplateResult {
	path: string;
	format: 'csv' | 'xlsx';
	bytes: number;
	headers: string[];
}

/** The format: `--format`, else the extension of `--out`, else xlsx; the two must agree. */
function formatOf(options: TemplateCommandOptions): 'csv' | 'xlsx' {
	const fromOut = options.out ? extname(options.out).slice(1).toLowerCase() : '';
	const format = (options.format ?? (fromOut || 'xlsx')).toLowerCase();
	if (format !== 'csv' && format !== 'xlsx')
		fail(`--format ${JSON.stringify(options.format ?? fromOut)}: expected xlsx or csv`);
	if (options.out && fromOut !== format)
		fail(`--out ${options.out}: a ${format} template needs a file ending in .${format}`);
	return format;
}

/**
 * `intake template <schema>`: writes an import template for a schema (see
 * createImportTemplate): its headers are the fields' labels, which map back
 * at full confidence; an XLSX template adds the notes row, drop-down lists
 * and a "How to import" sheet.
 *
 * @param schemaArg - clients, contacts, cases or a schema .json file
 * @param options - `format` (xlsx or csv) and `out` (default `<schema>-template.<format>`)
 * @returns what was written
 * @throws CliError (exit 64) for a bad format, schema or output path
 *
 * @example
 * await runTemplate('cases', { format: 'csv' })
 * //=> { path: 'cases-template.csv', format: 'csv', bytes: 412, headers: ['Case name', 'Case number', …] }
 */
export async function runTemplate(
	schemaArg: string,
	options: TemplateCommandOptions,
): Promise<TemplateResult> {
	const format = formatOf(options);
	const schema = schemaOf(schemaArg);
	const path = options.out ?? `${schema.name.replace(/[^\w.-]+/g, '-')}-template.${format}`;
	return withFileErrors(async () => {
		const data = await createImportTemplate(schema, format);
		const bytes = await writeFileAtomically(path, [data]);
		// the template's columns: every field but the input-only ones, under its label (as createImportTemplate writes them)
		const headers = schema.fields.filter((f) => !f.inputOnly).map((f) => f.label);
		return { path, format, bytes, headers };
	}, path);
}

/** Adds `intake template` to the program. */
export function register(program: Command): void {
	program
		.command('template')
		.description(
			'Write an import template for a schema: the columns to fill in, an example row and notes',
		)
		.argument('<schema>', 'clients, contacts, cases or a schema .json file')
		.option('--format <format>', 'xlsx (with notes, drop-down lists and a how-to sheet) or csv')
		.option('--out <file>', 'the file to write (default <schema>-template.<format>)')
		.addHelpText(
			'after',
			'\nExamples:\n  $ intake template clients --format xlsx --out clients-template.xlsx\n  $ intake template cases --format csv\n',
		)
		.action(async (schema: string, options: TemplateCommandOptions) => {
			const result = await runTemplate(schema, options);
			process.stdout.write(
				`Wrote ${result.path}: ${result.format === 'xlsx' ? 'an XLSX' : 'a CSV'} template with ${result.headers.length} columns (${result.headers.join(', ')})\n`,
			);
		});
}
