/* `intake template`, in-process: the template's headers and bytes, the format and output checks. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { createImportTemplate, openSpreadsheet } from '../../../lib';
import { register, runTemplate } from '../../../cli/src/commands/template';
import { runIntake } from '../helpers/runIntake';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'intake-template-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CASES_HEADERS = [
	'Case name',
	'Case number',
	'Case type',
	'Status',
	'Client name',
	'Client phone',
	'Client email',
	'Opened',
	'Closed',
	'Assigned to',
	'Court date',
	'Deadline',
	'Description',
];

describe('intake template', () => {
	it('writes the CSV template createImportTemplate makes, byte for byte', async () => {
		const out = join(dir, 'cases.csv');
		const result = await runTemplate('cases', { format: 'csv', out });
		expect(result).toEqual({
			path: out,
			format: 'csv',
			bytes: result.bytes,
			headers: CASES_HEADERS,
		});
		const bytes = readFileSync(out);
		expect(new Uint8Array(bytes)).toEqual(await createImportTemplate('cases', 'csv'));
		expect(result.bytes).toBe(bytes.length);
		expect(
			bytes
				.toString('utf8')
				.replace(/^\ufeff/, '')
				.split('\r\n')[0],
		).toBe(CASES_HEADERS.join(','));
	});

	it('writes an XLSX template (the format taken from --out) whose headers read back as the labels', async () => {
		const out = join(dir, 'clients.xlsx');
		const result = await runTemplate('clients', { out });
		expect(result.format).toBe('xlsx');
		const reader = await openSpreadsheet(readFileSync(out));
		expect(reader.headers).toEqual(result.headers);
		expect(result.headers.slice(0, 4)).toEqual(['Title', 'First name', 'Middle name', 'Last name']);
		expect(readdirSync(dir)).toEqual(['clients.xlsx']);
	});

	it('takes a schema .json file (defineSchema)', async () => {
		const schema = join(dir, 'matters.json');
		writeFileSync(
			schema,
			JSON.stringify({
				name: 'matters',
				fields: [
					{ key: 'matterNumber', label: 'Matter number', type: 'string', required: true },
					{ key: 'opened', label: 'Opened', type: 'date' },
				],
			}),
		);
		const out = join(dir, 't.csv');
		expect((await runTemplate(schema, { out })).headers).toEqual(['Matter number', 'Opened']);
	});

	it('names the file after the schema when --out is not given', async () => {
		const cwd = process.cwd();
		process.chdir(dir);
		try {
			expect((await runTemplate('contacts', { format: 'CSV' })).path).toBe('contacts-template.csv');
			expect(readdirSync(dir)).toEqual(['contacts-template.csv']);
		} finally {
			process.chdir(cwd);
		}
	});

	describe('misuse (exit code 64)', () => {
		it('refuses a format other than xlsx or csv', async () => {
			await expect(runTemplate('clients', { format: 'pdf' })).rejects.toMatchObject({
				exitCode: 64,
				message: '--format "pdf": expected xlsx or csv',
			});
		});

		it('refuses --out whose extension is not the format', async () => {
			await expect(
				runTemplate('clients', { format: 'csv', out: join(dir, 'x.xlsx') }),
			).rejects.toMatchObject({
				exitCode: 64,
				message: `--out ${join(dir, 'x.xlsx')}: a csv template needs a file ending in .csv`,
			});
		});

		it('refuses an unknown schema, and a folder that does not exist', async () => {
			await expect(runTemplate('people', { format: 'csv' })).rejects.toMatchObject({
				exitCode: 64,
			});
			const out = join(dir, 'no', 't.csv');
			await expect(runTemplate('clients', { out })).rejects.toMatchObject({
				exitCode: 64,
				message: `${out}: no such file or folder`,
			});
		});
	});

	it('prints what it wrote, and shows an example in its help', async () => {
		const program = new Command('intake').exitOverride();
		register(program);
		let out = '';
		const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			out += String(chunk);
			return true;
		});
		try {
			await program.parseAsync(['template', 'cases', '--out', join(dir, 'c.csv')], {
				from: 'user',
			});
		} finally {
			spy.mockRestore();
		}
		expect(out).toBe(
			`Wrote ${join(dir, 'c.csv')}: a CSV template with 13 columns (${CASES_HEADERS.join(', ')})\n`,
		);
		let help = '';
		program.commands[0].configureOutput({ writeOut: (t) => (help += t) }).outputHelp();
		expect(help).toContain('$ intake template clients --format xlsx --out clients-template.xlsx');
	});

	it('runs through the real bin: exit 0 and the file; exit 64 for a bad --format', async () => {
		const ok = await runIntake(['template', 'cases', '--format', 'csv'], dir);
		expect([ok.code, ok.stderr]).toEqual([0, '']);
		expect(readFileSync(join(dir, 'cases-template.csv'))).toEqual(
			Buffer.from(await createImportTemplate('cases', 'csv')),
		);
		const bad = await runIntake(['template', 'cases', '--format', 'pdf'], dir);
		expect([bad.code, bad.stderr]).toEqual([64, 'intake: --format "pdf": expected xlsx or csv\n']);
	});
});
