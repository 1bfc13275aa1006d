import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSpreadsheet } from '../../../lib';
import { startFakeTarget, type FakeTarget } from '../helpers/fakeTarget';
import { peopleCsv } from '../helpers/people';
import { runIntake, startIntake } from '../helpers/runIntake';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'intake-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CLIENTS = [
	'Full Name,Email,Phone,Date of Birth',
	'Ada Lovelace,ada@example.com,555-010-0101,1815-12-10',
	'Bob Stone,bob@@example,555-010-0102,1970-01-02',
	'"Carver, George",george@example.com,555-010-0103,1864-01-05',
	'Ada Lovelace,ADA@example.com,(555) 010-0101,1815-12-10',
	'Dana Whit,=HYPERLINK("x"),555-010-0104,1990-02-03',
	'',
].join('\n');

function read(name: string): string {
	return readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
}

/** Waits until the fake target has created `count` records, looking every `everyMs`. */
function untilCreated(
	target: { created: unknown[] },
	count: number,
	everyMs: number,
): Promise<void> {
	return new Promise((resolve) => {
		const timer = setInterval(() => {
			if (target.created.length >= count) {
				clearInterval(timer);
				resolve();
			}
		}, everyMs);
	});
}

describe('intake import to files', () => {
	it('writes the clean records, the rows to fix and the report, and exits 1 for invalid rows', async () => {
		writeFileSync(join(dir, 'clients.csv'), CLIENTS);
		const run = await runIntake(
			[
				'import',
				'clients.csv',
				'--schema',
				'clients',
				'--out',
				'clean.csv',
				'--errors',
				'errors.csv',
				'--report',
				'report.json',
			],
			dir,
		);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(/rows\s+5\n/);
		expect(run.stderr).toMatch(/status\s+Completed with errors/);
		const clean = read('clean.csv').split('\r\n');
		expect(clean[0]).toBe(
			'_row,title,firstName,middleName,lastName,suffix,nickname,company,jobTitle,email,email2,phone,mobilePhone,homePhone,workPhone,fax,street,unit,city,state,zip,country,dateOfBirth,notes',
		);
		expect(clean.slice(1, -1)).toEqual([
			'2,,Ada,,Lovelace,,,,,ada@example.com,,+15550100101,,,,,,,,,,,1815-12-10,',
			'4,,George,,Carver,,,,,george@example.com,,+15550100103,,,,,,,,,,,1864-01-05,',
		]);
		const errors = read('errors.csv').split('\r\n');
		expect(errors[0]).toBe('Full Name,Email,Phone,Date of Birth,_row,_outcome,_code,_message');
		expect(errors[1]).toMatch(
			/^Bob Stone,bob@@example,555-010-0102,1970-01-02,3,invalid,EMAIL_INVALID,/,
		);
		// a formula is escaped, as the library's CSV export does
		expect(errors[2]).toMatch(
			/^Dana Whit,"'=HYPERLINK\(""x""\)",555-010-0104,1990-02-03,6,invalid,EMAIL_INVALID,/,
		);
		expect(errors).toHaveLength(4);
		const report = JSON.parse(read('report.json'));
		expect(report.totals).toMatchObject({
			rows: 5,
			valid: 3,
			invalid: 2,
			duplicates: 1,
			written: 2,
		});
		expect(report.duplicates).toEqual([expect.objectContaining({ row: 5, intoRow: 2 })]);
	});

	it('exits 0 when every row is written, and prints the report on stdout with --json', async () => {
		writeFileSync(join(dir, 'people.csv'), peopleCsv(20));
		const run = await runIntake(
			['import', 'people.csv', '--schema', 'contacts', '--out', 'clean.ndjson', '--json'],
			dir,
		);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(report.status).toBe('Complete');
		expect(report.totals).toMatchObject({
			rows: 20,
			valid: 20,
			invalid: 0,
			duplicates: 0,
			written: 20,
		});
		const lines = read('clean.ndjson')
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(20);
		expect(lines[0]).toEqual({
			_row: 2,
			firstName: 'Ann',
			lastName: 'Abbott',
			email: 'p0@example.com',
			phone: '+15550100000',
		});
		expect(lines.map((l) => l._row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
	});
	it('gives the same files with the transform on a worker thread (--workers 1)', async () => {
		writeFileSync(join(dir, 'clients.csv'), CLIENTS);
		const files = async (workers: string): Promise<string[]> => {
			const run = await runIntake(
				[
					'import',
					'clients.csv',
					'--schema',
					'clients',
					'--workers',
					workers,
					'--quiet',
					'--out',
					`clean-${workers}.csv`,
					'--errors',
					`errors-${workers}.csv`,
				],
				dir,
			);
			expect(run.code).toBe(1);
			return [read(`clean-${workers}.csv`), read(`errors-${workers}.csv`)];
		};
		expect(await files('1')).toEqual(await files('0'));
	});
	it('writes the clean records and the rows to fix as XLSX when the names say so', async () => {
		writeFileSync(join(dir, 'clients.csv'), CLIENTS);
		const run = await runIntake(
			[
				'import',
				'clients.csv',
				'--schema',
				'clients',
				'--quiet',
				'--out',
				'clean.xlsx',
				'--errors',
				'errors.xlsx',
			],
			dir,
		);
		expect(run.code).toBe(1);
		const clean = await readSpreadsheet(readFileSync(join(dir, 'clean.xlsx')));
		expect(clean.rows.map((r) => [r._row, r.firstName, r.lastName, r.phone])).toEqual([
			['2', 'Ada', 'Lovelace', '+15550100101'],
			['4', 'George', 'Carver', '+15550100103'],
		]);
		const errors = await readSpreadsheet(readFileSync(join(dir, 'errors.xlsx')));
		expect(errors.headers).toEqual([
			'Full Name',
			'Email',
			'Phone',
			'Date of Birth',
			'_row',
			'_outcome',
			'_code',
			'_message',
		]);
		expect(errors.rows.map((r) => [r['Full Name'], r.Email, r._row, r._code])).toEqual([
			['Bob Stone', 'bob@@example', '3', 'EMAIL_INVALID'],
			['Dana Whit', '=HYPERLINK("x")', '6', 'EMAIL_INVALID'],
		]);
	});
});

describe('intake import misuse', () => {
	it.each([
		[['import', 'nope.csv', '--schema', 'clients'], /^intake: file not found: nope\.csv\n$/],
		[
			['import', 'a.csv', '--schema', 'clients', '--policy', 'maybe'],
			/^intake: --policy must be skip, update, create or merge, not "maybe"\n$/,
		],
		[['import', 'a.csv', '--schema', 'clients', '--bogus'], /^intake: unknown option '--bogus'\n$/],
		[
			['import', 'a.csv', '--schema', 'people'],
			/^intake: --schema must be clients, contacts, cases or a schema \.json file, not "people"\n$/,
		],
		[
			[
				'import',
				'a.csv',
				'--schema',
				'clients',
				'--target',
				'http://127.0.0.1:9',
				'--token-env',
				'INTAKE_TEST_UNSET',
			],
			/^intake: --token-env INTAKE_TEST_UNSET: the environment variable INTAKE_TEST_UNSET is not set\n$/,
		],
		[
			['import', 'a.csv', '--schema', 'clients', '--resume', 'r.json'],
			/^intake: --resume needs --target\n$/,
		],
		[
			[
				'import',
				'a.csv',
				'--schema',
				'clients',
				'--target',
				'http://127.0.0.1:9',
				'--resume',
				'gone.json',
			],
			/^intake: --resume: neither gone\.json nor gone\.json\.journal exists\n$/,
		],
		[
			['import', 'a.csv', '--schema', 'clients', '--out', 'clean.pdf'],
			/^intake: cannot write clean\.pdf: the name must end in \.csv, \.tsv, \.xlsx, \.json or \.ndjson\n$/,
		],
		[
			['import', 'a.csv', '--schema', 'clients', '--out', 'no/such/dir/clean.csv'],
			/^intake: --out: the folder .* does not exist\n$/,
		],
		[['frobnicate'], /^intake: unknown command 'frobnicate'\n$/],
	])('exits 64 with one line for %j', async (args, message) => {
		writeFileSync(join(dir, 'a.csv'), 'Name\nAnn\n');
		const run = await runIntake(args, dir);
		expect(run.stderr).toMatch(message);
		expect(run.code).toBe(64);
		expect(run.stdout).toBe('');
	});

	it('reports a file it cannot read as one line (exit 64), never a stack trace', async () => {
		writeFileSync(join(dir, 'empty.csv'), '');
		const run = await runIntake(
			[
				'import',
				'empty.csv',
				'--schema',
				'clients',
				'--target',
				'http://127.0.0.1:9',
				'--report',
				'r.json',
			],
			dir,
		);
		expect(run.code).toBe(64);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/^intake: .*\(EMPTY_FILE\)\n$/);
		// nothing was sent: no journal is left to resume from
		expect(existsSync(join(dir, 'r.json.journal'))).toBe(false);
	});

	it('shows help with an example, exit 0', async () => {
		const top = await runIntake(['--help'], dir);
		expect(top.code).toBe(0);
		expect(top.stdout).toContain('$ intake import examples/clients-messy.csv --schema clients');
		const sub = await runIntake(['import', '--help'], dir);
		expect(sub.code).toBe(0);
		expect(sub.stdout).toContain('--dedupe-against <file>');
		expect(sub.stdout).toContain('Examples:');
	});
});

describe('intake import to a target', () => {
	let target: FakeTarget | undefined;
	afterEach(async () => {
		await target?.close();
		target = undefined;
	});

	const TOKEN = 'sk_live_a1b2c3d4e5f6g7h8';

	it('creates every row exactly once through 500s, a 429 with Retry-After and a lost answer, and never shows the token', async () => {
		target = await startFakeTarget({
			faults: (n) =>
				n === 1
					? { kind: 'status', status: 500 }
					: n === 2
						? { kind: 'status', status: 429, retryAfter: '0' }
						: n === 4
							? { kind: 'slow', ms: 1500 }
							: { kind: 'ok' },
			failEmail: 'p7@example.com',
		});
		writeFileSync(join(dir, 'people.csv'), peopleCsv(60));
		const run = await runIntake(
			[
				'import',
				'people.csv',
				'--schema',
				'contacts',
				'--target',
				target.url,
				'--token-env',
				'CRM_TOKEN',
				'--batch-size',
				'10',
				'--timeout',
				'1',
				'--on-error',
				'skip',
				'--report',
				'report.json',
				'--errors',
				'errors.csv',
			],
			dir,
			{ CRM_TOKEN: TOKEN },
		);
		expect(run.code).toBe(1);
		const emails = target.created.map((r) => r.email);
		expect(new Set(emails).size).toBe(emails.length);
		expect(emails).toHaveLength(59);
		expect(emails).not.toContain('p7@example.com');
		expect(target.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
		const report = JSON.parse(read('report.json'));
		expect(report.totals).toMatchObject({ rows: 60, created: 59, failed: 1, notAttempted: 0 });
		const errors = read('errors.csv').split('\r\n');
		expect(errors[1]).toMatch(
			/^Hana,Abbott,p7@example\.com,555-010-0007,9,failed,REJECTED,refused for Bearer \*\*\*/,
		);
		for (const text of [run.stdout, run.stderr, read('report.json'), read('errors.csv')])
			expect(text).not.toContain(TOKEN);
		expect(existsSync(join(dir, 'report.json.journal'))).toBe(false);
	});

	it('halts at the first failed row (exit 2), the rest not attempted', async () => {
		target = await startFakeTarget({ failEmail: 'p12@example.com' });
		writeFileSync(join(dir, 'people.csv'), peopleCsv(40));
		const run = await runIntake(
			[
				'import',
				'people.csv',
				'--schema',
				'contacts',
				'--target',
				target.url,
				'--batch-size',
				'10',
				'--report',
				'report.json',
			],
			dir,
		);
		expect(run.code).toBe(2);
		expect(target.created).toHaveLength(19);
		const report = JSON.parse(read('report.json'));
		expect(report.status).toBe('Halted');
		expect(report.totals).toMatchObject({ rows: 40, created: 19, failed: 1, notAttempted: 20 });
	});

	it('resumes a run killed half way (kill -9) with 3 requests in flight: every row created exactly once', async () => {
		target = await startFakeTarget({ delayMs: 150 });
		writeFileSync(join(dir, 'people.csv'), peopleCsv(100));
		const args = [
			'import',
			'people.csv',
			'--schema',
			'contacts',
			'--target',
			target.url,
			'--batch-size',
			'5',
			'--concurrency',
			'3',
			'--report',
			'report.json',
		];
		const first = startIntake(args, dir);
		await untilCreated(target, 30, 20);
		first.child.kill('SIGKILL');
		await first.done;
		expect(existsSync(join(dir, 'report.json.journal'))).toBe(true);
		const before = target.created.length;
		expect(before).toBeLessThan(100);
		const second = await runIntake([...args, '--resume', 'report.json'], dir);
		expect(second.stderr).not.toMatch(/internal error/);
		expect(second.code).toBe(0);
		const emails = target.created.map((r) => r.email);
		expect(emails).toHaveLength(100);
		expect(new Set(emails).size).toBe(100);
		expect(existsSync(join(dir, 'report.json.journal'))).toBe(false);
	});

	it('stops on SIGINT with the report written (exit 2), and a resume creates the rest once', async () => {
		target = await startFakeTarget({ delayMs: 100 });
		writeFileSync(join(dir, 'people.csv'), peopleCsv(60));
		const args = [
			'import',
			'people.csv',
			'--schema',
			'contacts',
			'--target',
			target.url,
			'--batch-size',
			'5',
			'--report',
			'report.json',
			'--errors',
			'errors.csv',
		];
		const first = startIntake(args, dir);
		await untilCreated(target, 15, 10);
		first.child.kill('SIGINT');
		const stopped = await first.done;
		expect(stopped.code).toBe(2);
		expect(stopped.stderr).toContain('intake: interrupted; resume with --resume report.json\n');
		expect(existsSync(join(dir, 'report.json.journal'))).toBe(false);
		const report = JSON.parse(read('report.json'));
		// the batch in flight when it stopped may have been taken: outcome unknown, replayed with its key by the resume
		expect(report.import.totals.created).toBeLessThanOrEqual(target.created.length);
		expect(report.import.totals.created).toBeGreaterThanOrEqual(target.created.length - 5);
		const second = await runIntake([...args, '--resume', 'report.json'], dir);
		expect(second.code).toBe(0);
		const emails = target.created.map((r) => r.email);
		expect(emails).toHaveLength(60);
		expect(new Set(emails).size).toBe(60);
	});

	it('updates the records --dedupe-against matches (--policy update) and creates the rest', async () => {
		target = await startFakeTarget();
		writeFileSync(join(dir, 'people.csv'), peopleCsv(6));
		writeFileSync(
			join(dir, 'crm.csv'),
			'Record ID,First Name,Last Name,Email\nC-17,Bob,Abbott,p1@example.com\nC-18,Zed,Zimmer,zed@example.com\n',
		);
		const run = await runIntake(
			[
				'import',
				'people.csv',
				'--schema',
				'contacts',
				'--dedupe-against',
				'crm.csv',
				'--policy',
				'update',
				'--target',
				target.url,
				'--report',
				'report.json',
			],
			dir,
		);
		expect(run.stderr).toMatch(/updated\s+1\n/);
		expect(run.code).toBe(0);
		expect(target.updated).toEqual([
			{
				id: 'C-17',
				record: expect.objectContaining({ email: 'p1@example.com', phone: '+15550100001' }),
			},
		]);
		expect(target.created.map((r) => r.email)).toEqual(
			['p0', 'p2', 'p3', 'p4', 'p5'].map((p) => `${p}@example.com`),
		);
		const report = JSON.parse(read('report.json'));
		expect(report.totals).toMatchObject({ rows: 6, created: 5, updated: 1 });
	});
});
