import fc from 'fast-check';
import { IntakeError } from '../../../lib/errors';
import type { BatchResult, ImportBatchItem, SendContext } from '../../../lib/importer/types';
import { runImport } from '../../../lib/pipeline';
import type {
	PipelineException,
	PipelineProgress,
	RunImportOptions,
} from '../../../lib/pipeline/types';
import { writeXlsx } from '../../../lib/xlsx/writeXlsx';

const enc = (s: string) => new TextEncoder().encode(s);

const CONTACTS =
	'First Name,Last Name,Email,Phone,Birthday\n' +
	'Ada,Lovelace,ada@example.com,(555) 010-0123,12/10/1815\n' +
	'Bob,,bob@,555,\n' +
	'Grace,Hopper,grace@example.com,555-010-0199,12/09/1906\n' +
	',,,,\n' +
	'Ada,Lovelace,ADA@example.com,,\n' +
	'Alan,Turing,alan@example.com,555-010-0177,23/06/1912\n';

const ADA = {
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	phone: '+15550100123',
	dateOfBirth: '1815-10-12',
};
const GRACE = {
	firstName: 'Grace',
	lastName: 'Hopper',
	email: 'grace@example.com',
	phone: '+15550100199',
	dateOfBirth: '1906-09-12',
};
const ALAN = {
	firstName: 'Alan',
	lastName: 'Turing',
	email: 'alan@example.com',
	phone: '+15550100177',
	dateOfBirth: '1912-06-23',
};

/** Runs the pipeline with a fixed clock, collecting exceptions, progress and the written records. */
async function run(
	input: Uint8Array | AsyncIterable<Uint8Array>,
	options: Partial<RunImportOptions> & { sink?: boolean } = {},
) {
	const exceptions: PipelineException[] = [];
	const progress: PipelineProgress[] = [];
	const written: Array<{ row: number; record: Record<string, unknown> }> = [];
	const { sink, ...rest } = options;
	const report = await runImport(input, {
		schema: 'contacts',
		onException: (e) => void exceptions.push(e),
		onProgress: (p) => void progress.push(p),
		...(sink !== false && {
			write: async (records) => {
				for await (const r of records) written.push(r);
			},
		}),
		now: () => 0,
		...rest,
	});
	return { report, exceptions, progress, written };
}

/** A target that creates every record, but fails those whose email is in `fail`, and counts its calls. */
function fakeTarget(fail: readonly string[] = []) {
	const calls: ImportBatchItem[][] = [];
	const send = async (batch: ImportBatchItem[], _ctx: SendContext): Promise<BatchResult> => {
		calls.push(batch);
		return {
			results: batch.map((item, index) =>
				fail.includes(item.record.email as string)
					? { index, status: 'failed', code: 'TARGET_REJECTED', message: 'The target said no' }
					: {
							index,
							status: item.operation === 'update' ? 'updated' : 'created',
							id: `id-${item.row}`,
						},
			),
		};
	};
	return { calls, send };
}

/** Totals that add up: every row exactly once. */
function outcomesSum(t: Awaited<ReturnType<typeof run>>['report']['totals']): number {
	return (
		t.written +
		t.created +
		t.updated +
		t.importedBefore +
		t.duplicates +
		t.possibleDuplicates +
		t.skipped +
		t.invalid +
		t.failed +
		t.notAttempted
	);
}

describe('runImport', () => {
	describe('a CSV to clean records', () => {
		it('returns the clean records in row order, and each bad row through onException', async () => {
			const { report, exceptions, written } = await run(enc(CONTACTS));
			expect(written).toEqual([
				{ row: 2, record: ADA },
				{ row: 4, record: GRACE },
				{ row: 6, record: { firstName: 'Ada', lastName: 'Lovelace', email: 'ADA@example.com' } },
				{ row: 7, record: ALAN },
			]);
			expect(exceptions).toEqual([
				{
					row: 3,
					outcome: 'invalid',
					code: 'EMAIL_INVALID',
					message:
						'Column "Email": "bob@" has no domain after the "@". Enter one address such as name@example.com.; ' +
						'Column "Phone": "555" is too short for a phone number of US (3 digits); check for missing digits or the country.; ' +
						'Last name is required (or give Full name or Company), but column "Last Name" is blank. Fill it in, or set a default value.',
					source: {
						'First Name': 'Bob',
						'Last Name': '',
						Email: 'bob@',
						Phone: '555',
						Birthday: '',
					},
				},
			]);
			expect(report.totals).toEqual({
				rows: 5,
				valid: 4,
				invalid: 1,
				skipped: 0,
				duplicates: 0,
				possibleDuplicates: 0,
				created: 0,
				updated: 0,
				importedBefore: 0,
				failed: 0,
				notAttempted: 0,
				written: 4,
				warnings: 0,
			});
			expect(report.status).toBe('Completed with errors');
		});

		it('reports what was read: the file, the mapping, the decisions, the blank row', async () => {
			const { report } = await run(enc(CONTACTS));
			expect(report.file).toEqual({
				format: 'csv',
				encoding: 'utf-8',
				delimiter: ',',
				headerRow: 1,
				headers: ['First Name', 'Last Name', 'Email', 'Phone', 'Birthday'],
			});
			expect(report.mapping.map((m) => [m.header, m.field])).toEqual([
				['First Name', 'firstName'],
				['Last Name', 'lastName'],
				['Email', 'email'],
				['Phone', 'phone'],
				['Birthday', 'dateOfBirth'],
			]);
			// 23/06/1912 settles the column: 12/10/1815 is read day first too
			expect(report.decisions).toEqual({
				dateOrders: { dateOfBirth: 'DMY' },
				decimalMarks: {},
				nameOrders: {},
			});
			expect(report.readIssues.map((i) => [i.row, i.code])).toEqual([[5, 'ROW_BLANK']]);
			expect(report.schema).toBe('contacts');
			expect(report.stages).toEqual({
				read: { ms: 0, rows: 5 },
				transform: { ms: 0, rows: 5 },
				write: { ms: 0, rows: 4 },
			});
		});

		it('decides the column orders from the sample only', async () => {
			// with a sample of 1 row, 12/10/1815 alone settles nothing: the later rows are read as undecided
			const { report, exceptions } = await run(enc(CONTACTS), { sampleRows: 1 });
			expect(report.decisions.dateOrders).toEqual({});
			expect(exceptions.map((e) => [e.row, e.code])).toEqual([
				[2, 'DATE_AMBIGUOUS'],
				[3, 'EMAIL_INVALID'],
				[4, 'DATE_AMBIGUOUS'],
			]);
		});

		it('counts clean rows as written without a write sink', async () => {
			const { report, written } = await run(enc(CONTACTS), { sink: false });
			expect(written).toEqual([]);
			expect(report.totals.written).toBe(4);
			expect(report.stages.write).toBeUndefined();
		});

		it('reads a stream of chunks the same as the bytes, with the bytes read in its progress', async () => {
			async function* chunks() {
				const bytes = enc(CONTACTS);
				for (let i = 0; i < bytes.length; i += 16) yield bytes.subarray(i, i + 16);
			}
			const streamed = await run(chunks());
			const whole = await run(enc(CONTACTS));
			expect(streamed.written).toEqual(whole.written);
			expect(streamed.report.totals).toEqual(whole.report.totals);
			expect(streamed.progress.find((p) => p.stage === 'read')).toEqual({
				stage: 'read',
				done: 5,
				bytes: enc(CONTACTS).length,
			});
			expect(whole.progress.find((p) => p.stage === 'read')).toEqual({
				stage: 'read',
				done: 5,
				totalBytes: enc(CONTACTS).length,
			});
		});
	});
});

describe('runImport, its documented example', () => {
	it('writes the clean row and reports the bad one', async () => {
		const csv = new TextEncoder().encode('Name,Email\nAda Lovelace,ada@example.com\nBob,bad@\n');
		const report = await runImport(csv, { schema: 'contacts' });
		expect(report.totals.written + report.totals.invalid).toBe(2);
		expect([report.totals.written, report.totals.invalid]).toEqual([1, 1]);
	});
});

describe('runImport streaming to write', () => {
	it('never starts the write for a file it cannot read', async () => {
		let started = false;
		const write = async () => void (started = true);
		await expect(runImport(new Uint8Array(0), { schema: 'contacts', write })).rejects.toMatchObject(
			{
				code: 'EMPTY_FILE',
			},
		);
		expect(started).toBe(false);
	});

	it("ends the write's iteration with the error of a file that breaks off after clean rows", async () => {
		const seen: number[] = [];
		let ended: unknown;
		const write = async (records: AsyncIterable<{ row: number }>) => {
			try {
				for await (const r of records) seen.push(r.row);
			} catch (error) {
				ended = error;
				throw error;
			}
		};
		let csv = 'First Name,Last Name,Email\n';
		for (let i = 0; i < 30000; i++) csv += `P${i},Q${i},p${i}@example.com\n`;
		const broken = enc(csv + 'Zed,Zulu,"zed@example.com\n');
		const options = { schema: 'contacts', write, sampleRows: 1 };
		await expect(runImport(broken, options)).rejects.toMatchObject({ code: 'CSV_UNCLOSED_QUOTE' });
		// the rows transformed before the reader came to the broken end: in order, from row 2
		expect(seen.length).toBeGreaterThan(1000);
		expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => i + 2));
		expect(ended).toMatchObject({ code: 'CSV_UNCLOSED_QUOTE' });
	});

	it('rejects with the error of a write that fails, without waiting on it', async () => {
		const write = async (records: AsyncIterable<unknown>) => {
			for await (const r of records) if (r) throw new Error('disk full');
		};
		await expect(
			runImport(enc(CONTACTS), { schema: 'contacts', write, sampleRows: 1 }),
		).rejects.toThrow('disk full');
	});

	it('calls the write once with no records when no row is clean', async () => {
		const calls: unknown[][] = [];
		const write = async (records: AsyncIterable<unknown>) => {
			const got: unknown[] = [];
			for await (const r of records) got.push(r);
			calls.push(got);
		};
		const report = await runImport(enc('Email\nbad@\n'), { schema: 'contacts', write });
		expect(calls).toEqual([[]]);
		expect(report.totals).toMatchObject({ rows: 1, invalid: 1, written: 0 });
	});
});

describe('runImport with dedupe', () => {
	it('merges a row into the earlier row it duplicates, naming that row', async () => {
		const { report, written, exceptions } = await run(enc(CONTACTS), { dedupe: {} });
		expect(written).toEqual([
			{ row: 2, record: ADA },
			{ row: 4, record: GRACE },
			{ row: 7, record: ALAN },
		]);
		expect(report.duplicates).toEqual([
			{
				row: 6,
				intoRow: 2,
				action: 'merged',
				rule: 'same email',
				why: 'email identical; last name identical; first name identical',
				score: 0.9984,
			},
		]);
		expect(exceptions.map((e) => e.row)).toEqual([3]);
		expect(report.totals).toMatchObject({ rows: 5, valid: 4, duplicates: 1, written: 3 });
		expect(Object.keys(report.stages)).toEqual(['read', 'transform', 'dedupe', 'write']);
		expect(report.stages.dedupe).toEqual({ ms: 0, rows: 4 });
	});

	it('skips a duplicate under the skip policy, the first row standing', async () => {
		const { report, written } = await run(enc(CONTACTS), { dedupe: { policy: 'skip' } });
		expect(written.map((w) => w.row)).toEqual([2, 4, 7]);
		expect(report.duplicates.map((d) => [d.row, d.intoRow, d.action])).toEqual([[6, 2, 'skipped']]);
	});

	it('holds a possible duplicate for review and reports it through onException', async () => {
		const csv = enc(
			'First Name,Last Name,Phone\nBob,Lee,5551234567\nRobert,Lee,555-123-4567\nBob,Lee,\n',
		);
		const { report, written, exceptions } = await run(csv, { dedupe: {} });
		expect(written).toEqual([
			{ row: 2, record: { firstName: 'Bob', lastName: 'Lee', phone: '+15551234567' } },
		]);
		expect(report.duplicates.map((d) => [d.row, d.intoRow, d.action])).toEqual([[3, 2, 'merged']]);
		expect(report.review.map((r) => [r.row, r.candidates.map((c) => c.row)])).toEqual([[4, [2]]]);
		expect(exceptions).toEqual([
			{
				row: 4,
				outcome: 'possibleDuplicate',
				code: 'DEDUPE_POSSIBLE_DUPLICATE',
				message: `Possibly the same person as row 2 (${report.review[0].candidates[0].rule}): check both, then import this row by hand or merge them.`,
				source: { firstName: 'Bob', lastName: 'Lee' },
			},
		]);
		expect(report.totals).toMatchObject({
			rows: 3,
			valid: 3,
			duplicates: 1,
			possibleDuplicates: 1,
			written: 1,
		});
		expect(report.status).toBe('Completed with errors');
	});

	it('updates the existing record a row matches, with its id, under the update policy', async () => {
		const target = fakeTarget();
		const existing = [
			{
				id: 'c-1',
				firstName: 'Grace',
				lastName: 'Hopper',
				email: 'grace@example.com',
				city: 'Arlington',
			},
		];
		const { report } = await run(enc(CONTACTS), {
			dedupe: { policy: 'update', existing },
			import: { send: target.send, retry: { attempts: 1 } },
			sink: false,
		});
		const sent = target.calls.flat().map((i) => [i.row, i.operation, i.id ?? null]);
		expect(sent).toEqual([
			[2, 'create', null],
			[7, 'create', null],
			[4, 'update', 'c-1'],
		]);
		const update = target.calls.flat().find((i) => i.operation === 'update');
		expect(update?.record).toEqual({ ...GRACE, city: 'Arlington', id: 'c-1' });
		expect(report.totals).toMatchObject({ created: 2, updated: 1, duplicates: 1, written: 0 });
		expect(report.import?.totals).toMatchObject({ rows: 3, created: 2, updated: 1 });
	});

	it('skips a row that matches an existing record under the skip policy, naming the existing id', async () => {
		const existing = (async function* () {
			yield { id: 77, firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com' };
		})();
		const { report, written } = await run(enc(CONTACTS), { dedupe: { policy: 'skip', existing } });
		expect(written.map((w) => w.row)).toEqual([2, 4]);
		expect(
			report.duplicates.map((d) => [d.row, d.intoRow ?? null, d.existingId ?? null, d.action]),
		).toEqual([
			[6, 2, null, 'skipped'],
			[7, null, '77', 'skipped'],
		]);
	});
});

describe('runImport to a target', () => {
	it('creates the records and reports a failed row, with its clean record, under skip', async () => {
		const target = fakeTarget(['grace@example.com']);
		const { report, exceptions, written } = await run(enc(CONTACTS), {
			import: { send: target.send, onError: 'skip', retry: { attempts: 1 } },
		});
		expect(target.calls.flat().map((i) => i.row)).toEqual([2, 4, 6, 7]);
		expect(written.map((w) => w.row)).toEqual([2, 4, 6, 7]);
		expect(exceptions.slice(1)).toEqual([
			{
				row: 4,
				outcome: 'failed',
				code: 'TARGET_REJECTED',
				message: 'The target said no',
				source: GRACE,
			},
		]);
		expect(report.totals).toMatchObject({
			rows: 5,
			valid: 4,
			invalid: 1,
			created: 3,
			failed: 1,
			written: 0,
		});
		expect(report.import?.results.map((r) => [r.row, r.status, r.id ?? null])).toEqual([
			[2, 'created', 'id-2'],
			[4, 'failed', null],
			[6, 'created', 'id-6'],
			[7, 'created', 'id-7'],
		]);
		expect(report.status).toBe('Completed with errors');
	});

	it('halts at the first failed row: the rest are not attempted, each through onException', async () => {
		const target = fakeTarget(['grace@example.com']);
		const { report, exceptions } = await run(enc(CONTACTS), {
			import: { send: target.send, onError: 'halt', batchSize: 1, retry: { attempts: 1 } },
		});
		expect(target.calls.length).toBe(2);
		expect(exceptions.map((e) => [e.row, e.outcome, e.code])).toEqual([
			[3, 'invalid', 'EMAIL_INVALID'],
			[4, 'failed', 'TARGET_REJECTED'],
			[6, 'notAttempted', 'NOT_ATTEMPTED'],
			[7, 'notAttempted', 'NOT_ATTEMPTED'],
		]);
		expect(exceptions[3].source).toEqual(ALAN);
		expect(report.totals).toMatchObject({ created: 1, failed: 1, notAttempted: 2 });
		expect(report.status).toBe('Halted');
	});

	it('counts a row the importer finds the same as one already sent as a duplicate', async () => {
		const target = fakeTarget();
		const twice = enc(CONTACTS + 'Alan,Turing,alan@example.com,555-010-0177,23/06/1912\n');
		const { report } = await run(twice, {
			import: { send: target.send, retry: { attempts: 1 } },
		});
		expect(target.calls.flat().map((i) => i.row)).toEqual([2, 4, 6, 7]);
		expect(report.duplicates).toEqual([
			{
				row: 8,
				action: 'importDuplicate',
				rule: 'DUPLICATE_IN_FILE',
				why: 'The same record as row 7 (same idempotency key); it was sent once, with that row.',
			},
		]);
		expect(report.totals).toMatchObject({ rows: 6, created: 4, duplicates: 1, invalid: 1 });
	});

	it('counts as a target that answers with counts only counted: 3 created and 1 duplicate', async () => {
		const send = async (batch: ImportBatchItem[]): Promise<BatchResult> => ({
			results: [],
			counts: { created: batch.length - 1, duplicates: 1, failed: 0 },
		});
		const { report } = await run(enc(CONTACTS), { import: { send, retry: { attempts: 1 } } });
		expect(report.import?.totals).toMatchObject({ rows: 4, created: 3, duplicate: 1 });
		expect(report.totals).toMatchObject({ rows: 5, invalid: 1, created: 3, duplicates: 1 });
		expect(outcomesSum(report.totals)).toBe(5);
	});

	it('counts the rows a resumed import had imported as imported before, not as duplicates', async () => {
		const target = fakeTarget(['grace@example.com']);
		const first = await run(enc(CONTACTS), {
			import: { send: target.send, onError: 'skip', retry: { attempts: 1 } },
		});
		expect(first.report.totals).toMatchObject({ created: 3, failed: 1 });
		const again = fakeTarget();
		const { report } = await run(enc(CONTACTS), {
			import: { send: again.send, resumeFrom: first.report.import, retry: { attempts: 1 } },
		});
		expect(again.calls.flat().map((i) => i.record.email)).toEqual(['grace@example.com']);
		expect(report.totals).toMatchObject({
			created: 1,
			importedBefore: 3,
			duplicates: 0,
			failed: 0,
		});
		expect(report.duplicates).toEqual([]);
		expect(outcomesSum(report.totals)).toBe(5);
	});

	it('passes on the importer progress, about every 1,000 rows', async () => {
		const target = fakeTarget();
		const { progress } = await run(enc(CONTACTS), {
			import: { send: target.send, batchSize: 1, retry: { attempts: 1 } },
		});
		expect(progress.filter((p) => p.stage === 'import')).toEqual([
			{ stage: 'import', done: 0, total: 4 },
			{ stage: 'import', done: 4, total: 4 },
		]);
	});

	it('throws for a file it cannot read, before anything is sent', async () => {
		const target = fakeTarget();
		const options = { import: { send: target.send, retry: { attempts: 1 } } };
		await expect(run(new Uint8Array(0), options)).rejects.toMatchObject({ code: 'EMPTY_FILE' });
		await expect(run(enc('Email\n'), options)).rejects.toMatchObject({ code: 'NO_DATA_ROWS' });
		expect(target.calls).toEqual([]);
	});

	it('throws for a bad option before reading', async () => {
		const send = fakeTarget().send;
		await expect(run(enc(CONTACTS), { sampleRows: 0 })).rejects.toThrow(IntakeError);
		await expect(run(enc(CONTACTS), { sampleRows: 0 })).rejects.toMatchObject({
			code: 'PIPELINE_INVALID_OPTION',
		});
		await expect(run(enc(CONTACTS), { schema: 'nope' })).rejects.toMatchObject({
			code: 'SCHEMA_NOT_FOUND',
		});
		await expect(run(enc(CONTACTS), { import: { send } })).rejects.toMatchObject({
			code: 'IMPORT_INVALID_OPTION',
		});
		await expect(
			run(enc(CONTACTS), { dedupe: { policy: 'keep' as 'skip' } }),
		).rejects.toMatchObject({ code: 'DEDUPE_INVALID_OPTION' });
	});
});

describe('runImport mapping', () => {
	const ODD = enc(
		'Who,Given,Reach\nLovelace,Ada,ada@example.com\nHopper,Grace,grace@example.com\n',
	);

	it('maps the columns it can by itself, and reports the rows that then lack a field', async () => {
		const { report, exceptions } = await run(ODD);
		expect(report.mapping.map((m) => [m.header, m.field])).toEqual([
			['Who', null],
			['Given', 'firstName'],
			['Reach', 'email'],
		]);
		expect(exceptions.map((e) => [e.row, e.code])).toEqual([
			[2, 'VALUE_REQUIRED'],
			[3, 'VALUE_REQUIRED'],
		]);
	});

	it('follows a saved profile, and takes its options as the base', async () => {
		const profile = {
			version: 1 as const,
			columns: [
				{ header: 'Who', field: 'lastName' },
				{ header: 'Given', field: 'firstName' },
				{ header: 'Reach', field: 'email' },
			],
			options: { defaults: { country: 'GB' } },
		};
		const { report, written } = await run(ODD, { profile });
		expect(report.mapping.map((m) => [m.header, m.field])).toEqual([
			['Who', 'lastName'],
			['Given', 'firstName'],
			['Reach', 'email'],
		]);
		expect(written).toEqual([
			{
				row: 2,
				record: { lastName: 'Lovelace', firstName: 'Ada', email: 'ada@example.com', country: 'GB' },
			},
			{
				row: 3,
				record: {
					lastName: 'Hopper',
					firstName: 'Grace',
					email: 'grace@example.com',
					country: 'GB',
				},
			},
		]);
	});

	it('maps each worksheet by its own columns, naming the sheet of each row', async () => {
		const xlsx = writeXlsx([
			{
				name: 'Clients',
				rows: [
					['First Name', 'Last Name', 'Email'],
					['Ada', 'Lovelace', 'ada@example.com'],
					['Bob', '', 'bob@'],
				],
			},
			{
				name: 'More',
				rows: [
					['Surname', 'E-mail address', 'Forename'],
					['Hopper', 'grace@example.com', 'Grace'],
				],
			},
		]);
		const { report, written, exceptions } = await run(xlsx, { read: { sheet: '*' } });
		expect(written).toEqual([
			{ row: 2, record: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' } },
			{ row: 2, record: { lastName: 'Hopper', email: 'grace@example.com', firstName: 'Grace' } },
		]);
		expect(exceptions.map((e) => [e.sheet, e.row, e.code])).toEqual([
			['Clients', 3, 'EMAIL_INVALID'],
		]);
		expect(report.mapping.map((m) => m.field)).toEqual([
			'firstName',
			'lastName',
			'email',
			'lastName',
			'email',
			'firstName',
		]);
		expect(report.file).toMatchObject({ format: 'xlsx', sheet: 'Clients', headerRow: 1 });
	});
});

describe('runImport progress', () => {
	const many = (n: number) => {
		let csv = 'First Name,Last Name,Email\n';
		for (let i = 0; i < n; i++) csv += `P${i},Q${i},p${i}@example.com\n`;
		return enc(csv);
	};

	it('reports each stage about every 1,000 rows, and once at its end', async () => {
		const { progress } = await run(many(2500));
		const of = (stage: string) => progress.filter((p) => p.stage === stage).map((p) => p.done);
		expect(of('read')).toEqual([1000, 2000, 2500]);
		expect(of('transform')).toEqual([1000, 2000, 2500]);
		expect(of('write')).toEqual([1000, 2000, 2500]);
		expect(
			progress.filter((p) => p.stage === 'read').every((p) => p.totalBytes === many(2500).length),
		).toBe(true);
	});

	it('runs the dedupe stage between transform and write', async () => {
		const { progress } = await run(many(1200), { dedupe: {} });
		expect([...new Set(progress.map((p) => p.stage))]).toEqual([
			'read',
			'transform',
			'dedupe',
			'write',
		]);
		expect(progress.filter((p) => p.stage === 'dedupe')).toEqual([
			{ stage: 'dedupe', done: 0, total: 1200 },
			{ stage: 'dedupe', done: 1200, total: 1200 },
		]);
	});

	it('hands batches to transformBatch with the decisions and the mapping, in row order', async () => {
		const { createRecordTransformer } =
			await import('../../../lib/validate/createRecordTransformer');
		const calls: number[] = [];
		const { report, written } = await run(many(2500), {
			sampleRows: 500,
			transformBatch: async (rows, firstIndex, decisions, mapping) => {
				calls.push(firstIndex);
				const t = createRecordTransformer(mapping, 'contacts', { decided: decisions });
				// the answer comes later, as from a worker thread
				await new Promise((resolve) => setImmediate(resolve));
				return t.transform(rows, firstIndex);
			},
		});
		expect(calls).toEqual([0, 500, 1500]);
		expect(written.map((w) => w.row)).toEqual(Array.from({ length: 2500 }, (_, i) => i + 2));
		expect(report.totals.written).toBe(2500);
	});
	it('stops reading when the signal aborts: the rows read are accounted for, nothing is sent', async () => {
		const controller = new AbortController();
		const target = fakeTarget();
		const { report, exceptions } = await run(many(2500), {
			signal: controller.signal,
			import: { send: target.send, retry: { attempts: 1 } },
			onProgress: (p) => {
				if (p.stage === 'read' && p.done >= 1000) controller.abort();
			},
		});
		expect(target.calls).toEqual([]);
		expect(report.status).toBe('Error');
		expect(report.totals).toMatchObject({ rows: 1000, valid: 1000, notAttempted: 1000 });
		expect(exceptions[0]).toEqual({
			row: 2,
			outcome: 'notAttempted',
			code: 'NOT_ATTEMPTED',
			message: 'Not imported: the run was stopped before the import began. Run it again.',
			source: { firstName: 'P0', lastName: 'Q0', email: 'p0@example.com' },
		});
	});
});

describe('runImport accounting (property)', () => {
	type Kind = 'valid' | 'invalid' | 'dup' | 'template';
	const line = (kind: Kind, i: number, earlier: number): string => {
		if (kind === 'invalid') return `X${i},,x${i}@,\n`;
		if (kind === 'dup') return `P${earlier},Q${earlier},p${earlier}@example.com,\n`;
		// an import template's notes row: skipped
		if (kind === 'template') return 'REQUIRED · a,REQUIRED · b,optional · c,optional · d\n';
		return `P${i},Q${i},p${i}@example.com,555-010-${String(1000 + i).slice(-4)}\n`;
	};

	it('accounts for every row exactly once, with and without import, under halt and skip', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						kind: fc.constantFrom<Kind>('valid', 'valid', 'invalid', 'dup', 'template'),
						fails: fc.boolean(),
					}),
					{ minLength: 1, maxLength: 40 },
				),
				fc.constantFrom('none', 'halt', 'skip'),
				fc.boolean(),
				fc.integer({ min: 1, max: 7 }),
				async (rows, mode, dedupe, batchSize) => {
					let csv = 'First Name,Last Name,Email,Phone\n';
					rows.forEach((r, i) => (csv += line(r.kind, i, Math.floor(i / 2))));
					// the failing rows' emails: rows marked to fail
					const fail = rows.map((r, i) => (r.fails ? `p${i}@example.com` : '')).filter(Boolean);
					const target = fakeTarget(fail);
					const options: Partial<RunImportOptions> = {
						sampleRows: 5,
						...(dedupe && { dedupe: {} }),
						...(mode !== 'none' && {
							import: {
								send: target.send,
								onError: mode as 'halt' | 'skip',
								batchSize,
								retry: { attempts: 1 },
							},
						}),
					};
					const { report, exceptions, written } = await run(enc(csv), options);
					const t = report.totals;
					expect(outcomesSum(t)).toBe(t.rows);
					expect(t.valid + t.invalid + t.skipped).toBe(t.rows);
					expect(exceptions.length).toBe(
						t.invalid + t.skipped + t.possibleDuplicates + t.failed + t.notAttempted,
					);
					// the sink gets every planned record; the target may find some the same as others
					const deduped = report.duplicates.filter((d) => d.action !== 'importDuplicate');
					expect(written.length).toBe(t.valid - deduped.length - t.possibleDuplicates);
					const rowsSeen = written.map((w) => w.row);
					expect(rowsSeen).toEqual([...rowsSeen].sort((a, b) => a - b));
					if (mode === 'none') expect(t.created + t.updated + t.failed).toBe(0);
					else expect(t.written).toBe(0);
				},
			),
			{ numRuns: 60 },
		);
	});
});
