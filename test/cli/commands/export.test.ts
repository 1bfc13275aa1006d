/*
 * `intake export`, in-process: exact bytes of the files written from JSON,
 * NDJSON and CSV records, with fields, filter, sort and limit; PDF; misuse.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { openSpreadsheet } from '../../../lib';
import { register, runExport } from '../../../cli/src/commands/export';
import { runIntake } from '../helpers/runIntake';

const CLIENTS = join(__dirname, '..', 'fixtures', 'commands', 'clients.csv');
const PEOPLE = [
	{
		name: 'José Müller',
		email: 'jose@example.com',
		fee: 1200,
		status: 'active',
		since: '1/5/2025',
	},
	{ name: 'Zoë Brontë', email: '=cmd|x', fee: 90, status: 'closed', since: '2024-12-01' },
	{ name: 'Ann Lee', email: 'ann@example.org', fee: 450, status: 'Active', since: '2025-02-10' },
];

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'intake-export-'));
	writeFileSync(
		join(dir, 'people.json'),
		JSON.stringify({ format: 'json', records: PEOPLE, total: 3 }),
	);
	writeFileSync(join(dir, 'people.ndjson'), `${PEOPLE.map((p) => JSON.stringify(p)).join('\n')}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const text = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('intake export', () => {
	describe('from JSON and NDJSON records', () => {
		it('writes the fields asked for, sorted and cut, as CSV with a BOM and formula guard', async () => {
			const out = join(dir, 'fees.csv');
			const summary = await runExport(join(dir, 'people.json'), {
				...{ out, fields: 'name:Name,email:Email Address,fee', sort: 'fee', limit: '2' },
			});
			const expected =
				"\ufeffName,Email Address,fee\r\nZoë Brontë,'=cmd|x,90\r\nAnn Lee,ann@example.org,450\r\n";
			expect(text('fees.csv')).toBe(expected);
			expect(summary).toEqual({
				...{ out, format: 'csv', read: 3, bytes: Buffer.byteLength(expected), warnings: [] },
			});
		});

		it('keeps the records a filter matches (given as JSON), as NDJSON', async () => {
			await runExport(join(dir, 'people.ndjson'), {
				out: join(dir, 'active.ndjson'),
				filter: '{"filter_field":"status","filter_operator":"eq","filter_value":"active"}',
				fields: 'name,since',
			});
			expect(text('active.ndjson')).toBe(
				'{"name":"José Müller","since":"1/5/2025"}\n{"name":"Ann Lee","since":"2025-02-10"}\n',
			);
		});

		it('reads a filter group from a .json file, and writes TSV', async () => {
			const filter = join(dir, 'filter.json');
			writeFileSync(
				filter,
				JSON.stringify({
					operator: 'and',
					conditions: [
						{ field: 'since', operator: 'gte', value: '2025-01-01' },
						{ field: 'fee', operator: 'gt', value: 1000 },
					],
				}),
			);
			await runExport(join(dir, 'people.json'), {
				out: join(dir, 'big.tsv'),
				filter,
				fields: 'name,fee',
			});
			expect(text('big.tsv')).toBe('\ufeffname\tfee\r\nJosé Müller\t1200\r\n');
		});

		it('writes XLSX that reads back as the same rows, the sheet named by --title', async () => {
			const out = join(dir, 'people.xlsx');
			await runExport(join(dir, 'people.json'), { out, fields: 'name,email', title: 'Clients' });
			const reader = await openSpreadsheet(readFileSync(out));
			const rows: unknown[] = [];
			for await (const row of reader) rows.push(row.values);
			expect(reader.sheet).toBe('Clients');
			expect(rows).toEqual(PEOPLE.map((p) => ({ name: p.name, email: p.email })));
		});

		it('writes a PDF report through exportRecords, counting the records written', async () => {
			const out = join(dir, 'report.pdf');
			const summary = await runExport(join(dir, 'people.json'), {
				...{
					out,
					title: 'Active clients',
					filter: '{"filter_field":"status","filter_operator":"eq","filter_value":"active"}',
				},
			});
			expect(summary).toMatchObject({ format: 'pdf', read: 3, written: 2, warnings: [] });
			expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		});
	});

	describe('from a spreadsheet', () => {
		// the export stops reading at the limit: 2 of the 4 rows are read
		it('streams a CSV with a title row into JSON, each row a record of header → text', async () => {
			const out = join(dir, 'clients.json');
			expect(
				(await runExport(CLIENTS, { out, fields: 'Full Name:name,DOB', limit: '2' })).read,
			).toBe(2);
			expect(JSON.parse(text('clients.json'))).toEqual({
				format: 'json',
				records: [
					{ name: 'Lee, Ann', DOB: '3/7/1985' },
					{ name: 'Diaz, Bo', DOB: '12/31/1990' },
				],
				total: 2,
			});
		});
	});

	describe('--date-order and --sheet', () => {
		it('sorts 03/04/2025 as 3 April with DMY, as 4 March with MDY', async () => {
			const dates = join(dir, 'dates.ndjson');
			writeFileSync(dates, '{"id":"a","due":"03/04/2025"}\n{"id":"b","due":"02/05/2025"}\n');
			const ids = async (dateOrder: string): Promise<string> => {
				await runExport(dates, {
					out: join(dir, 'd.ndjson'),
					sort: 'due',
					fields: 'id',
					dateOrder,
				});
				return text('d.ndjson');
			};
			expect(await ids('DMY')).toBe('{"id":"a"}\n{"id":"b"}\n');
			expect(await ids('mdy')).toBe('{"id":"b"}\n{"id":"a"}\n');
			await expect(ids('DM')).rejects.toMatchObject({
				exitCode: 64,
				message: '--date-order "DM": expected auto, MDY, DMY or YMD',
			});
		});

		it('reads the worksheet --sheet names from a workbook', async () => {
			const workbook = join(__dirname, '..', '..', 'fixtures', 'multi-sheet.xlsx');
			await runExport(workbook, {
				out: join(dir, 'm.ndjson'),
				sheet: 'Matters',
				fields: 'Reference',
			});
			expect(text('m.ndjson')).toBe('{"Reference":"M-0001"}\n{"Reference":"M-0002"}\n');
		});
	});

	describe('misuse', () => {
		it('refuses an output it cannot write, with exit code 64', async () => {
			await expect(
				runExport(join(dir, 'people.json'), { out: join(dir, 'x.docx') }),
			).rejects.toMatchObject({
				exitCode: 64,
				message: `--out ${join(dir, 'x.docx')}: expected a file ending in .csv, .tsv, .xlsx, .json, .ndjson or .pdf`,
			});
		});

		it.each([
			[{ sort: 'fee:up' }, '--sort "fee:up": a direction is asc or desc (e.g. --sort fee:desc)'],
			[{ limit: '-1' }, '--limit "-1": expected a whole number of 0 or more'],
			[{ fields: ' , ' }, '--fields: name at least one field (e.g. --fields name,email:Email)'],
			[{ filter: '{"filter_field":' }, expect.stringMatching(/^--filter: not valid JSON/)],
		])('refuses %j with exit code 64', async (flags, message) => {
			await expect(
				runExport(join(dir, 'people.json'), { out: join(dir, 'x.csv'), ...flags }),
			).rejects.toMatchObject({
				exitCode: 64,
				message,
			});
		});

		it('refuses a missing input file', async () => {
			await expect(
				runExport(join(dir, 'nope.json'), { out: join(dir, 'x.csv') }),
			).rejects.toMatchObject({
				exitCode: 64,
				message: `file not found: ${join(dir, 'nope.json')}`,
			});
		});

		it('names the NDJSON line that is not a record', async () => {
			writeFileSync(join(dir, 'bad.ndjson'), '{"a":1}\n\n[2]\n');
			await expect(
				runExport(join(dir, 'bad.ndjson'), { out: join(dir, 'x.csv') }),
			).rejects.toMatchObject({
				exitCode: 64,
				message: 'bad.ndjson line 3: expected a record (a JSON object)',
			});
		});

		it('leaves no file behind when a field is in no record (the library says which exist)', async () => {
			await expect(
				runExport(join(dir, 'people.json'), { out: join(dir, 'x.csv'), fields: 'name,phone' }),
			).rejects.toMatchObject({ code: 'EXPORT_UNKNOWN_FIELD' });
			expect(readdirSync(dir).sort()).toEqual(['people.json', 'people.ndjson']);
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
			await program.parseAsync(
				['export', join(dir, 'people.json'), '--out', join(dir, 'p.ndjson')],
				{
					from: 'user',
				},
			);
		} finally {
			spy.mockRestore();
		}
		expect(out).toBe(
			`Wrote ${join(dir, 'p.ndjson')} (NDJSON, ${readFileSync(join(dir, 'p.ndjson')).length} bytes): 3 records read\n`,
		);
		let help = '';
		program.commands[0].configureOutput({ writeOut: (t) => (help += t) }).outputHelp();
		expect(help).toContain('$ intake export clean.ndjson --out clients.xlsx');
	});

	it('runs through the real bin: exit 0 and the file; exit 64 and one line for a field in no record', async () => {
		const ok = await runIntake(
			['export', 'people.json', '--out', 'p.csv', '--fields', 'name', '--limit', '1'],
			dir,
		);
		expect([ok.code, ok.stderr]).toEqual([0, '']);
		expect(text('p.csv')).toBe('\ufeffname\r\nJosé Müller\r\n');
		const bad = await runIntake(
			['export', 'people.json', '--out', 'q.csv', '--fields', 'phone'],
			dir,
		);
		expect(bad.code).toBe(64);
		expect(bad.stderr).toMatch(
			/^intake: Field "phone" is in no record\. Fields that exist: name, email, fee, status, since\..*\(EXPORT_UNKNOWN_FIELD\)\n$/,
		);
		expect(readdirSync(dir).sort()).toEqual(['p.csv', 'people.json', 'people.ndjson']);
	});
});
