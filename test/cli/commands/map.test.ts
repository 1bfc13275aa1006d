/*
 * `intake map`, run in-process: through a commander program built as the
 * real one is (exitOverride), and through runMap. Fixture written for this
 * issue: test/cli/fixtures/commands/clients.csv (a title row, a semicolon
 * CSV, Full Name "Last, First", a column no field takes).
 */
import { mkdtempSync, readFileSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { autoMapHeaders, parseMappingProfile } from '../../../lib';
import { CliError } from '../../../cli/src/common';
import { formatMapReport, register, runMap } from '../../../cli/src/commands/map';
import { runIntake } from '../helpers/runIntake';

const CLIENTS = join(__dirname, '..', 'fixtures', 'commands', 'clients.csv');

/** Runs `intake <args>` with only this command registered; returns what it printed. */
async function run(args: string[]): Promise<string> {
	const program = new Command('intake').exitOverride().configureOutput({
		writeOut: () => undefined,
		writeErr: () => undefined,
	});
	register(program);
	let out = '';
	const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		out += String(chunk);
		return true;
	});
	try {
		await program.parseAsync(args, { from: 'user' });
	} finally {
		spy.mockRestore();
	}
	return out;
}

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'intake-map-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('intake map', () => {
	describe('on a CSV with a title row', () => {
		it('returns each column with its field, confidence and first three distinct samples', async () => {
			const report = await runMap(CLIENTS, { schema: 'clients' });
			expect(report).toMatchObject({
				schema: 'clients',
				format: 'csv',
				encoding: 'utf-8',
				delimiter: ';',
				headerRow: 2,
				sampledRows: 4,
				missingRequired: [],
			});
			expect(report.columns.map((c) => [c.header, c.field, c.confidence, c.samples])).toEqual([
				['Full Name', 'fullName', 0.99, ['Lee, Ann', 'Diaz, Bo', 'Kim, Cy']],
				['E-mail', 'email', 0.99, ['ann.lee@example.com', 'bo@example.org', 'cy@example.net']],
				['Cell', 'mobilePhone', 0.99, ['(555) 123-4567', '555.987.6543', '+1 555 222 0000']],
				['DOB', 'dateOfBirth', 0.99, ['3/7/1985', '12/31/1990', '1/2/1979']],
				['Zip/Postal', 'zip', 0.99, ['02108', '80202', '62704']],
				['Referred by', null, 0, ['Bob', 'Ann Lee']],
			]);
		});

		it('prints the mapping as a table: column, field or "— unmapped", confidence, samples, reason', async () => {
			const out = await run(['map', CLIENTS, '--schema', 'clients']);
			const lines = out.split('\n');
			expect(lines[0]).toBe(
				`${CLIENTS} (CSV, utf-8, delimiter ";", header row 2): 6 columns, 4 rows sampled, schema clients`,
			);
			expect(lines.slice(2, 5)).toEqual([
				'column       field        confidence  samples                                                reason',
				'-----------  -----------  ----------  -----------------------------------------------------  ------',
				'Full Name    fullName     0.99        Lee, Ann | Diaz, Bo | Kim, Cy                          "Full Name" names the field Full name; its values agree (full names, 100% of 4)',
			]);
			expect(lines[9]).toBe(
				'Referred by  — unmapped   0.00        Bob | Ann Lee                                          Left unmapped: "referred" says the column is about someone or something else',
			);
			expect(lines.slice(10)).toEqual(['', 'Every required field has a column.', '']);
		});

		it('reads only --sample rows, and the header row given by --header-row', async () => {
			const report = await runMap(CLIENTS, { schema: 'clients', headerRow: '2', sample: '1' });
			expect(report.sampledRows).toBe(1);
			expect(report.columns[0].samples).toEqual(['Lee, Ann']);
			expect(report.columns[5].samples).toEqual(['Bob']);
		});

		it('prints the report as JSON with --json', async () => {
			const report = JSON.parse(await run(['map', CLIENTS, '--schema', 'contacts', '--json']));
			expect(report.schema).toBe('contacts');
			expect(report.columns.map((c: { field: string | null }) => c.field)).toEqual([
				'fullName',
				'email',
				'mobilePhone',
				'dateOfBirth',
				'zip',
				null,
			]);
		});
	});

	describe('on a workbook', () => {
		const WORKBOOK = join(__dirname, '..', '..', 'fixtures', 'multi-sheet.xlsx');

		it('reads the sheet --sheet names, or counts from 0 when no sheet has that name', async () => {
			const byName = await runMap(WORKBOOK, { schema: 'cases', sheet: 'Matters' });
			const byIndex = await runMap(WORKBOOK, { schema: 'cases', sheet: '1' });
			expect(byName.sheet).toBe('Matters');
			expect(byIndex).toEqual(byName);
			expect(byName.columns.map((c) => c.header)).toEqual(['Matter', 'Reference', 'Opened']);
		});

		it('lets the library name the sheets when --sheet names none (the main reports it, exit 64)', async () => {
			await expect(runMap(WORKBOOK, { schema: 'cases', sheet: 'Nope' })).rejects.toMatchObject({
				code: 'SHEET_NOT_FOUND',
				message:
					'The workbook has no sheet named "Nope". Its sheets are: 0: "Clients", 1: "Matters", 2: "Lookup", 3: "Notes".',
			});
		});
	});

	describe('with --save', () => {
		it('writes a profile that parseMappingProfile loads back and autoMapHeaders reuses', async () => {
			const path = join(dir, 'clients-map.json');
			const out = await run(['map', CLIENTS, '--schema', 'clients', '--save', path]);
			expect(out).toContain(
				`Saved the mapping to ${path}; use it with: intake import ${CLIENTS} --schema clients --profile ${path}\n`,
			);
			const saved = JSON.parse(readFileSync(path, 'utf8'));
			expect(saved).toEqual({
				version: 1,
				name: 'clients.csv',
				schema: 'clients',
				columns: [
					{ header: 'Full Name', field: 'fullName' },
					{ header: 'E-mail', field: 'email' },
					{ header: 'Cell', field: 'mobilePhone' },
					{ header: 'DOB', field: 'dateOfBirth' },
					{ header: 'Zip/Postal', field: 'zip' },
					{ header: 'Referred by', field: null },
				],
			});
			expect(parseMappingProfile(saved)).toEqual(saved);
			const again = autoMapHeaders(
				['Full Name', 'E-mail', 'Cell', 'DOB', 'Zip/Postal', 'Referred by'],
				'clients',
				{
					remembered: [parseMappingProfile(saved)],
				},
			);
			expect(again.columns.map((c) => c.field)).toEqual(
				saved.columns.map((c: { field: string | null }) => c.field),
			);
			// written under a temporary name, then renamed: nothing else is left in the folder
			expect(readdirSync(dir)).toEqual(['clients-map.json']);
		});
	});

	describe('misuse', () => {
		it('fails with exit code 64 and one line for a missing file', async () => {
			await expect(runMap(join(dir, 'nope.csv'), { schema: 'clients' })).rejects.toEqual(
				new CliError(`file not found: ${join(dir, 'nope.csv')}`, 64),
			);
		});

		it('fails with exit code 64 for a bad --sample, --header-row or --schema', async () => {
			await expect(runMap(CLIENTS, { schema: 'clients', sample: 'lots' })).rejects.toMatchObject({
				exitCode: 64,
				message: '--sample "lots": expected a whole number of 1 or more',
			});
			await expect(runMap(CLIENTS, { schema: 'clients', headerRow: '0' })).rejects.toMatchObject({
				exitCode: 64,
				message: '--header-row "0": expected a whole number of 1 or more',
			});
			await expect(runMap(CLIENTS, { schema: 'people' })).rejects.toMatchObject({ exitCode: 64 });
		});

		it('fails with exit code 64 when --save names a folder that does not exist', async () => {
			const path = join(dir, 'no', 'map.json');
			await expect(runMap(CLIENTS, { schema: 'clients', save: path })).rejects.toEqual(
				new CliError(`${path}: no such file or folder`, 64),
			);
		});

		it('leaves a missing --schema to commander (the main reports it as misuse)', async () => {
			await expect(run(['map', CLIENTS])).rejects.toBeInstanceOf(CommanderError);
		});
	});

	it('shows an example in its help', () => {
		const program = new Command('intake');
		register(program);
		const help = program.commands.find((c) => c.name() === 'map')!;
		let text = '';
		help.configureOutput({ writeOut: (t) => (text += t) }).outputHelp();
		expect(text).toContain('$ intake map contacts.csv --schema clients');
	});

	it('says which required fields no column fills', () => {
		expect(
			formatMapReport({
				file: 'x.csv',
				schema: 'cases',
				format: 'csv',
				headerRow: 1,
				sampledRows: 0,
				columns: [],
				missingRequired: ['caseName'],
			}),
		).toBe(
			'x.csv (CSV, header row 1): 0 columns, 0 rows sampled, schema cases\n\ncolumn  field  confidence  samples  reason\n------  -----  ----------  -------  ------\n\nRequired fields no column fills: caseName\n',
		);
	});

	it('runs through the real bin: the table on stdout and exit 0; one line and exit 64 for a missing file', async () => {
		const ok = await runIntake(['map', CLIENTS, '--schema', 'clients', '--sample', '2'], dir);
		expect(ok.code).toBe(0);
		expect(ok.stdout.split('\n')[0]).toBe(
			`${CLIENTS} (CSV, utf-8, delimiter ";", header row 2): 6 columns, 2 rows sampled, schema clients`,
		);
		const missing = await runIntake(['map', 'nope.csv', '--schema', 'clients'], dir);
		expect([missing.code, missing.stdout, missing.stderr]).toEqual([
			64,
			'',
			'intake: file not found: nope.csv\n',
		]);
	});

	it("saves a profile that intake import --profile follows, with a person's correction", async () => {
		writeFileSync(join(dir, 'odd.csv'), 'Name;Mail;Tel\nLee, Ann;ann@example.com;555-123-4567\n');
		expect(
			(await runIntake(['map', 'odd.csv', '--schema', 'clients', '--save', 'map.json'], dir)).code,
		).toBe(0);
		const profile = JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8'));
		expect(profile.columns[2]).toEqual({ header: 'Tel', field: 'phone' });
		profile.columns[2].field = 'mobilePhone';
		writeFileSync(join(dir, 'map.json'), JSON.stringify(profile));
		const args = [
			'import',
			'odd.csv',
			'--schema',
			'clients',
			'--profile',
			'map.json',
			'--out',
			'clean.ndjson',
			'--quiet',
		];
		expect((await runIntake(args, dir)).code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'clean.ndjson'), 'utf8'))).toMatchObject({
			firstName: 'Ann',
			lastName: 'Lee',
			mobilePhone: '+15551234567',
		});
	});
});
