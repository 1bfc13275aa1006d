import {
	importInBatches as importWith,
	revertImport as revertWith,
	createIdempotencyKey,
	findImportedRows,
	type BatchResult,
	type ImportBatchItem,
	type ImportOptions,
	type ImportRecord,
	type ImportReport,
	type RevertOptions,
	type SendContext,
} from '../../../lib/importer';
import { IntakeError } from '../../../lib/errors';
import { startImportServer, type ImportServer } from '../../helpers/importServer';
import { bulkSender, exportFinder, remover } from '../../helpers/importClient';
import { nodeSleep } from '../../../cli/src';

// the library has no timers: a caller that lets it retry passes a sleep (a test that must not wait passes its own)
const importInBatches: typeof importWith = (records, options) =>
	importWith(records, { sleep: nodeSleep, ...options });
const revertImport: typeof revertWith = (report, options) =>
	revertWith(report, { sleep: nodeSleep, ...options });

const people = (n: number, from = 0): ImportRecord[] =>
	Array.from({ length: n }, (_, i) => ({
		row: i + 2,
		record: {
			firstName: `F${from + i}`,
			lastName: `L${from + i}`,
			email: `p${from + i}@example.com`,
		},
	}));

/** Totals add up, and every row appears once, in input order, with its row number. */
function expectAccounted(report: ImportReport, records: ImportRecord[]): void {
	const t = report.totals;
	expect(t.created + t.updated + t.duplicate + t.accepted + t.failed + t.notAttempted).toBe(
		records.length,
	);
	expect(t.rows).toBe(records.length);
	expect(report.results.map((r) => r.row)).toEqual(records.map((r) => r.row));
	expect(report.exceptions.map((e) => e.row)).toEqual(
		report.results.filter((r) => r.status === 'failed').map((r) => r.row),
	);
}

const noWait = { sleep: async () => undefined };

describe('importInBatches', () => {
	let server: ImportServer;
	beforeEach(async () => {
		server = await startImportServer({ detailed: true });
	});
	afterEach(() => server.close());

	describe('a clean run', () => {
		it('sends batches of 50 and reports every row created, with its id', async () => {
			const records = people(120);
			const progress: string[] = [];
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				object: 'clients',
				source: 'clients.xlsx',
				importId: 'imp-1',
				onProgress: (done, total, info) =>
					progress.push(
						`${done}/${total} batch ${info.batch}/${info.batches} created ${info.totals.created}`,
					),
			});
			expect(report).toMatchObject({
				importId: 'imp-1',
				object: 'clients',
				source: 'clients.xlsx',
				status: 'Complete',
				onError: 'halt',
			});
			expect(report.totals).toEqual({
				rows: 120,
				created: 120,
				updated: 0,
				duplicate: 0,
				accepted: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(server.log.map((l) => l.records)).toEqual([50, 50, 20]);
			expect(report.batches.map((b) => [b.batch, b.rows, b.size, b.attempts, b.outcome])).toEqual([
				[1, [2, 51], 50, 1, 'answered'],
				[2, [52, 101], 50, 1, 'answered'],
				[3, [102, 121], 20, 1, 'answered'],
			]);
			expect(report.createdIds).toEqual([...server.store.get('clients')!.keys()]);
			expect(report.results[0]).toEqual({
				row: 2,
				key: createIdempotencyKey(records[0].record),
				status: 'created',
				id: 'cli-1',
				batch: 1,
			});
			expect(progress).toEqual([
				'50/120 batch 1/3 created 50',
				'100/120 batch 2/3 created 100',
				'120/120 batch 3/3 created 120',
			]);
			expect(Date.parse(report.finishedAt) - Date.parse(report.startedAt)).toBe(report.durationMs);
			expectAccounted(report, records);
		});

		it('marks rows a counts-only answer does not list as accepted, and keeps its counts', async () => {
			server.detailed = false;
			server.faults.reject = (r) => (r.firstName === 'F3' ? 'firstName F3 is banned' : undefined);
			const records = people(5);
			records.push({ row: 7, record: { firstName: 'X', lastName: 'Y', email: 'P1@example.com' } });
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				onError: 'skip',
			});
			expect(report.results.map((r) => r.status)).toEqual([
				'accepted',
				'accepted',
				'accepted',
				'failed',
				'accepted',
				'accepted',
			]);
			expect(report.results[3]).toMatchObject({
				row: 5,
				code: 'VALIDATION_FAILED',
				message: 'firstName F3 is banned',
			});
			expect(report.batches[0].counts).toEqual({ created: 4, duplicates: 1, failed: 1 });
			// the rows stay accepted one by one, but the totals keep what the target counted
			expect(report.totals).toEqual({
				rows: 6,
				created: 4,
				updated: 0,
				duplicate: 1,
				accepted: 0,
				failed: 1,
				notAttempted: 0,
			});
			expect(report.batches[0].totals).toEqual({
				created: 4,
				updated: 0,
				duplicate: 1,
				accepted: 0,
				failed: 1,
			});
			expect(report.targetCounts).toEqual({ created: 4, updated: 0, duplicates: 1, failed: 1 });
			expect(report.results[0]).toMatchObject({
				code: 'IMPORT_COUNTS_ONLY',
				message:
					'The target counted 4 created, 1 duplicate among the 5 rows of batch 1 it did not list (rows 2–7), without saying which.',
			});
			expect(report.createdIds).toEqual([]);
			expect(report.status).toBe('Completed with errors');
			expectAccounted(report, records);
		});
	});

	describe('counts-only answers', () => {
		/** A send that answers every batch with this body (results and counts). */
		const answering = (answer: (size: number) => BatchResult) => async (batch: unknown[]) =>
			answer(batch.length);
		const run = (
			n: number,
			answer: (size: number) => BatchResult,
			more: Partial<ImportOptions> = {},
		) => importInBatches(people(n), { send: answering(answer), onError: 'skip', ...more });

		it('keeps a mix of counts in the totals when the target cannot say which row is which', async () => {
			const report = await run(2, () => ({
				results: [],
				counts: { created: 1, duplicates: 1, failed: 0 },
			}));
			expect(report.results.map((r) => [r.status, r.code])).toEqual([
				['accepted', 'IMPORT_COUNTS_ONLY'],
				['accepted', 'IMPORT_COUNTS_ONLY'],
			]);
			expect(report.results[0].message).toBe(
				'The target counted 1 created, 1 duplicate among the 2 rows of batch 1 it did not list (rows 2–3), without saying which.',
			);
			expect(report.totals).toEqual({
				rows: 2,
				created: 1,
				updated: 0,
				duplicate: 1,
				accepted: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(report.status).toBe('Complete');
			expect(report.issues).toBeUndefined();
		});

		it('gives each unlisted row the status when the counts left over are all one status', async () => {
			const report = await run(3, () => ({
				results: [{ index: 1, status: 'failed', code: 'INVALID_EMAIL', message: 'bad' }],
				counts: { created: 2, duplicates: 0, failed: 1 },
			}));
			expect(report.results.map((r) => [r.row, r.status, r.code])).toEqual([
				[2, 'created', undefined],
				[3, 'failed', 'INVALID_EMAIL'],
				[4, 'created', undefined],
			]);
			expect(report.totals).toMatchObject({ created: 2, failed: 1, accepted: 0 });
			expect(report.createdIds).toEqual([]);
		});

		it('counts only what the counts cover when they leave some rows out, without calling it a contradiction', async () => {
			const report = await run(5, () => ({ results: [], counts: { created: 3 } }));
			expect(report.totals).toMatchObject({ created: 3, accepted: 2 });
			expect(report.results[0].message).toBe(
				'The target counted 3 created among the 5 rows of batch 1 it did not list (rows 2–6), without saying which. It did not count 2 of them.',
			);
			expect(report.issues).toBeUndefined();
		});

		it('halts after a batch whose counts say a row failed without saying which', async () => {
			const report = await run(
				4,
				() => ({ results: [], counts: { created: 1, duplicates: 0, failed: 1 } }),
				{ onError: 'halt', batchSize: 2 },
			);
			expect(report.haltReason).toEqual({
				code: 'IMPORT_COUNTS_ONLY',
				message:
					'Halted after batch 1 (rows 2–3): the target counted 1 failed among them without saying which.',
				batch: 1,
			});
			expect(report.totals).toMatchObject({ created: 1, failed: 1, notAttempted: 2 });
			expect(report.results[0].message).toMatch(
				/Some of them failed: find which in the target, as a resume takes these rows as imported/,
			);
			expect(report.results[2].message).toBe(
				'Not sent: the import halted after batch 1 (IMPORT_COUNTS_ONLY), as "halt on error" asks. Check those rows in the target, then run again with this report to resume: only the rows not imported are sent.',
			);
			expect(report.status).toBe('Error');
		});

		describe('an answer that contradicts itself', () => {
			it('counts no more rows created than can be when it counts all created and lists two errors', async () => {
				const report = await run(50, () => ({
					results: [
						{ index: 3, status: 'failed', code: 'INVALID_EMAIL', message: 'bad email' },
						{ index: 7, status: 'failed', code: 'INVALID_EMAIL', message: 'bad email' },
					],
					counts: { created: 50, duplicates: 0, failed: 2 },
				}));
				expect(report.totals).toMatchObject({ created: 48, failed: 2, accepted: 0 });
				expect(report.results[3]).toMatchObject({
					status: 'failed',
					code: 'INVALID_EMAIL',
					message:
						"bad email The target's answer for batch 1 contradicts itself, so it may have created this row after all: check it in the target before importing it again.",
				});
				expect(report.issues).toEqual([
					{
						code: 'IMPORT_COUNTS_MISMATCH',
						batch: 1,
						message:
							"Batch 1 (rows 2–51): the target's answer contradicts itself: it counted 52 rows (50 created, 2 failed) in a batch of 50. The report counts no more than can be true (48 created, 2 failed); check these rows in the target before importing any of them again.",
					},
				]);
				expect(report.batches[0].issues).toEqual(report.issues);
				expect(report.status).toBe('Completed with errors');
				expectAccounted(report, people(50));
				// the same when it says it failed none
				const none = await run(50, () => ({
					results: [
						{ index: 3, status: 'failed', code: 'X', message: 'x' },
						{ index: 7, status: 'failed', code: 'X', message: 'x' },
					],
					counts: { created: 50, duplicates: 0, failed: 0 },
				}));
				expect(none.totals).toMatchObject({ created: 48, failed: 2 });
				expect(none.issues?.[0].message).toMatch(
					/contradicts itself: it listed 2 failed but counted 0\./,
				);
			});

			it('shares out counts that sum beyond the batch with created last', async () => {
				const report = await run(50, () => ({
					results: [],
					counts: { created: 30, duplicates: 30, failed: 0 },
				}));
				expect(report.totals).toMatchObject({ created: 20, duplicate: 30, accepted: 0 });
				expect(report.issues?.[0].message).toMatch(
					/^Batch 1 \(rows 2–51\): the target's answer contradicts itself: it counted 60 rows \(30 created, 30 duplicate\) in a batch of 50\./,
				);
			});

			it('says so when complete counts cover fewer rows than were sent', async () => {
				const report = await run(2, () => ({
					results: [],
					counts: { created: 1, duplicates: 0, failed: 0 },
				}));
				expect(report.totals).toMatchObject({ created: 1, accepted: 1 });
				expect(report.issues?.[0].message).toMatch(/it counted 1 of the 2 rows sent\./);
			});

			it('keeps a row listed as created and as failed a failure, to be checked, and one listed as created and duplicate accepted', async () => {
				const report = await run(3, () => ({
					results: [
						{ index: 0, status: 'created', id: 'c-1' },
						{ index: 0, status: 'failed', code: 'BAD', message: 'no' },
						{ index: 1, status: 'created', id: 'c-2' },
						{ index: 1, status: 'duplicate', id: 'c-2' },
						{ index: 2, status: 'created', id: 'c-3' },
					],
				}));
				expect(report.results.map((r) => [r.status, r.code, r.id])).toEqual([
					['failed', 'BAD', undefined],
					['accepted', 'IMPORT_COUNTS_MISMATCH', 'c-2'],
					['created', undefined, 'c-3'],
				]);
				expect(report.results[1].message).toBe(
					'The target listed this row as created and as duplicate; check it in the target.',
				);
				expect(report.createdIds).toEqual(['c-3']);
				expect(report.issues?.[0].message).toMatch(
					/it listed row 2 as created and as failed, row 3 as created and as duplicate\./,
				);
			});

			it('notes counts that cannot be counts and leaves them out', async () => {
				const report = await run(2, () => ({
					results: [],
					counts: { created: -1, duplicates: 1.5 } as never,
				}));
				expect(report.totals).toMatchObject({ accepted: 2 });
				expect(report.issues?.[0].message).toMatch(
					/it counted -1 created; it counted 1\.5 duplicates\./,
				);
			});
		});
	});

	describe('halt or skip', () => {
		beforeEach(() => {
			server.faults.reject = (r) => (r.firstName === 'F60' ? 'no F60s' : undefined);
		});

		it('skips a failed row, logs it with its record, and goes on', async () => {
			const records = people(150);
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				onError: 'skip',
			});
			expect(report.status).toBe('Completed with errors');
			expect(report.totals).toMatchObject({ created: 149, failed: 1, notAttempted: 0 });
			expect(report.exceptions).toEqual([
				{ row: 62, code: 'VALIDATION_FAILED', message: 'no F60s', record: records[60].record },
			]);
			expectAccounted(report, records);
		});

		it('halts after the batch holding the first failure: that batch stays imported, the rest is not attempted', async () => {
			const records = people(200);
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				onError: 'halt',
			});
			expect(report.status).toBe('Error');
			expect(report.haltReason).toEqual({
				code: 'VALIDATION_FAILED',
				message: 'Halted at row 62: no F60s',
				row: 62,
			});
			expect(report.totals).toMatchObject({ created: 99, failed: 1, notAttempted: 100 });
			expect(server.log).toHaveLength(2);
			// a row never sent has its own code, not the halting row's
			expect(report.results[150]).toEqual({
				row: 152,
				batch: 4,
				status: 'notAttempted',
				code: 'NOT_ATTEMPTED',
				message:
					'Not sent: the import halted at row 62 (VALIDATION_FAILED), as "halt on error" asks. Fix that row, then run again with this report to resume: only the rows not imported are sent.',
			});
			expect(report.batches.map((b) => b.outcome)).toEqual([
				'answered',
				'answered',
				'notSent',
				'notSent',
			]);
			expectAccounted(report, records);
		});

		it('with concurrency, lets batches in flight finish and reports what they did', async () => {
			const sent: number[] = [];
			let failed: () => void = () => undefined;
			const batchTwoDone = new Promise<void>((resolve) => (failed = resolve));
			const records = people(400);
			const report = await importInBatches(records, {
				concurrency: 4,
				send: async (batch, { batch: n }) => {
					sent.push(n);
					// batch 2 answers first, with a failure; batches 1, 3 and 4 are in flight and answer after it
					if (n === 2) setTimeout(failed, 0);
					else await batchTwoDone;
					return {
						results: batch.map((item, index) =>
							item.row === 62
								? { index, status: 'failed' as const, code: 'BAD', message: 'bad row' }
								: { index, status: 'created' as const, id: `id-${item.row}` },
						),
					};
				},
			});
			expect(sent).toEqual([1, 2, 3, 4]);
			expect(report.status).toBe('Error');
			expect(report.totals).toMatchObject({ created: 199, failed: 1, notAttempted: 200 });
			expect(report.createdIds).toHaveLength(199);
			expect(report.batches.map((b) => b.outcome)).toEqual([
				'answered',
				'answered',
				'answered',
				'answered',
				'notSent',
				'notSent',
				'notSent',
				'notSent',
			]);
			expectAccounted(report, records);
		});
	});

	describe('faults', () => {
		it('honours Retry-After on 429 and retries 5xx with backoff, creating each record once', async () => {
			server.faults.rateLimit.set(1, 3);
			server.faults.fail500.add(3);
			const waits: number[] = [];
			const records = people(100);
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				sleep: async (ms) => void (ms > 0 && waits.push(ms)),
				random: () => 0.5,
			}); // sleep(0) yields to the event loop: not a wait
			expect(report.status).toBe('Complete');
			expect(waits).toEqual([3000, 750]);
			expect(report.batches.map((b) => b.attempts)).toEqual([2, 2]);
			expect(server.createdTotal()).toBe(100);
			expectAccounted(report, records);
		});

		it('retries a timed-out request with the same idempotency key, so it never creates twice', async () => {
			server.faults.hangAfterCommit.add(1);
			const records = people(30).map((r) => ({
				row: r.row,
				record: { lastName: r.record.lastName },
			}));
			const report = await importInBatches(records, {
				send: bulkSender(server.url, { timeoutMs: 300 }),
				...noWait,
			});
			expect(report.status).toBe('Complete');
			expect(server.log.map((l) => l.headers['idempotency-key'])).toEqual([
				server.log[0].headers['idempotency-key'],
				server.log[0].headers['idempotency-key'],
			]);
			expect(server.createdTotal()).toBe(30);
			expect(server.store.get('clients')!.size).toBe(30);
			expect(report.totals.created).toBe(30);
			expect(report.batches[0].attempts).toBe(2);
		});

		it("does not retry a 4xx error: the batch fails with the target's code and a hint", async () => {
			const records = people(60);
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				batchSize: 60,
				onError: 'skip',
				...noWait,
			});
			expect(server.log).toHaveLength(1);
			expect(report.totals).toMatchObject({ failed: 60 });
			expect(report.results[0]).toMatchObject({ status: 'failed', code: 'BATCH_TOO_LARGE' });
			expect(report.results[0].message).toBe(
				'The target answered 413: at most 50 records per request. The request was too large: lower the batch size.',
			);
			expect(report.exceptions).toHaveLength(60);
		});

		it('halts on 403 whatever the policy, saying the token lacks permission', async () => {
			const records = people(120);
			const report = await importInBatches(records, {
				send: bulkSender(server.url, { token: 'read-only-token' }),
				onError: 'skip',
				object: 'clients',
				...noWait,
			});
			expect(server.log).toHaveLength(1);
			expect(report.status).toBe('Error');
			expect(report.haltReason?.code).toBe('PERMISSION_DENIED');
			expect(report.results[0].message).toBe(
				'The API token lacks permission to import clients (admin rights required). The target answered 403: admin rights required',
			);
			expect(report.totals).toMatchObject({ failed: 50, notAttempted: 70 });
			expectAccounted(report, records);
		});

		it('fails a batch after its last try when the target refuses the connection, saying nothing reached it', async () => {
			const url = server.url;
			await server.close();
			const records = people(3);
			const report = await importInBatches(records, {
				send: bulkSender(url),
				retry: { attempts: 3 },
				onError: 'skip',
				...noWait,
			});
			expect(report.batches[0]).toMatchObject({ attempts: 3, outcome: 'failed' });
			expect(report.results[0]).toEqual({
				row: 2,
				key: createIdempotencyKey(records[0].record),
				batch: 1,
				status: 'failed',
				code: 'IMPORT_UNREACHABLE',
				message:
					'The request never reached the target (request failed: fetch failed), so nothing in it was imported: it is safe to run again. Check the Base URL (host and port) and that the target is up.',
			});
			server = await startImportServer();
		});

		it('halts on 401 saying the token was rejected, not that it lacks permission', async () => {
			const records = people(3);
			const report = await importInBatches(records, {
				send: bulkSender(server.url, { token: 'wrong-token' }),
				onError: 'skip',
				object: 'clients',
				...noWait,
			});
			expect(report.status).toBe('Error');
			expect(report.haltReason).toEqual({
				code: 'UNAUTHORIZED',
				message:
					'The target rejected the API token (401): check the token in the credential (it may be wrong, expired or revoked). The target answered: invalid token wrong-token',
			});
		});
	});

	describe('network failures', () => {
		/** A send that fails with these errors in turn, then answers every row created. */
		const failing = (...errors: unknown[]) => {
			let call = 0;
			return async (batch: { row: number }[]) => {
				const error = errors[call++];
				if (error !== undefined) throw error;
				return {
					results: batch.map((_, index) => ({
						index,
						status: 'created' as const,
						id: `id-${index}`,
					})),
				};
			};
		};
		const run = (send: ReturnType<typeof failing>, attempts = 1) =>
			importInBatches(people(2), { send, retry: { attempts }, onError: 'skip', ...noWait });

		it.each([
			[
				'ECONNREFUSED in code',
				Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }),
			],
			[
				'EAI_AGAIN in cause.code',
				Object.assign(new Error('The DNS server returned an error'), {
					cause: { code: 'EAI_AGAIN' },
				}),
			],
			[
				'a certificate error',
				Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }),
			],
			['notSent from the transport', { message: 'refused before sending', notSent: true }],
		])(
			'tells a request that never reached the target (%s) from one whose outcome is unknown',
			async (_, error) => {
				const report = await run(failing(error));
				expect(report.results[0].code).toBe('IMPORT_UNREACHABLE');
				expect(report.results[0].message).toMatch(
					/^The request never reached the target \(.+\), so nothing in it was imported: it is safe to run again\./,
				);
			},
		);

		it.each([
			['ETIMEDOUT', Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })],
			[
				'ECONNRESET in cause.code',
				Object.assign(new Error('socket hang up'), { cause: { code: 'ECONNRESET' } }),
			],
			[
				'ECONNABORTED (an axios timeout)',
				Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED' }),
			],
			['no code at all', new Error('socket hang up')],
		])('says the target may have acted after %s', async (_, error) => {
			const report = await run(failing(error));
			expect(report.results[0]).toMatchObject({
				code: 'IMPORT_NO_RESPONSE',
				message: `No answer (${(error as Error).message}); the target may have taken the request.`,
			});
		});

		it('does not retry an unknown host, and retries a refused connection', async () => {
			const unknownHost = Object.assign(new Error('getaddrinfo ENOTFOUND crm.example'), {
				code: 'ENOTFOUND',
			});
			const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
			expect((await run(failing(unknownHost), 3)).batches[0]).toMatchObject({
				attempts: 1,
				outcome: 'failed',
			});
			const retried = await run(failing(refused, refused), 3);
			expect(retried.batches[0]).toMatchObject({ attempts: 3, outcome: 'answered' });
			expect(retried.totals.created).toBe(2);
		});

		it('keeps the outcome unknown when a timed-out try is followed by a refused one', async () => {
			const timeout = Object.assign(new Error('timeout of 1000ms exceeded'), {
				code: 'ECONNABORTED',
			});
			const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
			const report = await run(failing(timeout, refused), 2);
			expect(report.results[0]).toMatchObject({
				code: 'IMPORT_NO_RESPONSE',
				message:
					'No answer: the last try never reached the target (connect ECONNREFUSED), but an earlier one may have, so the target may have taken the request.',
			});
		});

		it('stops at the time limit: rows not sent are notAttempted and the status says so', async () => {
			let clock = 0;
			const records = people(200);
			const report = await importInBatches(records, {
				send: async (batch) => {
					clock += 1000;
					return {
						results: batch.map((_, index) => ({
							index,
							status: 'created' as const,
							id: `x${clock}-${index}`,
						})),
					};
				},
				now: () => clock,
				maxDurationMs: 2500,
			});
			expect(report.status).toBe('Halted (time limit)');
			expect(report.totals).toMatchObject({ created: 150, notAttempted: 50 });
			expect(report.haltReason?.code).toBe('IMPORT_TIME_LIMIT');
			expect(report.durationMs).toBe(3000);
			expectAccounted(report, records);
		});

		it('stops when cancelled', async () => {
			const controller = new AbortController();
			const records = people(200);
			const report = await importInBatches(records, {
				send: async (batch, { batch: n }) => {
					if (n === 2) controller.abort();
					return { results: batch.map((_, index) => ({ index, status: 'created' as const })) };
				},
				signal: controller.signal,
			});
			expect(report.status).toBe('Error');
			expect(report.haltReason?.code).toBe('IMPORT_ABORTED');
			expect(report.totals).toMatchObject({ created: 100, notAttempted: 100 });
		});

		it('fails a batch whose answer has no per-record results, rather than guess', async () => {
			const records = people(2);
			const report = await importInBatches(records, {
				send: async () => ({ ok: true }) as never,
				onError: 'skip',
			});
			expect(report.results.map((r) => r.code)).toEqual([
				'IMPORT_BAD_RESPONSE',
				'IMPORT_BAD_RESPONSE',
			]);
		});
	});

	describe('updates', () => {
		/** A send that records what each batch was and answers every row as the batch's operation did. */
		const recording = () => {
			const sent: Array<{
				operation: string;
				rows: number[];
				ids: Array<string | undefined>;
				ops: string[];
			}> = [];
			const send = async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
				sent.push({
					operation: context.operation,
					rows: batch.map((b) => b.row),
					ids: batch.map((b) => b.id),
					ops: batch.map((b) => b.operation),
				});
				return {
					results: batch.map((b, index) =>
						b.operation === 'update'
							? { index, status: 'updated' as const }
							: { index, status: 'created' as const, id: `new-${b.row}` },
					),
				};
			};
			return { sent, send };
		};
		const update = (
			row: number,
			id: string | undefined,
			record: Record<string, unknown> = { lastName: `U${row}` },
		): ImportRecord => ({ row, record, operation: 'update', ...(id !== undefined ? { id } : {}) });
		const create = (row: number): ImportRecord => ({ row, record: { lastName: `C${row}` } });

		it('sends creates and updates in batches of their own, in input order, with the operation and id', async () => {
			const target = recording();
			const records = [
				create(2),
				update(3, 'c-1'),
				create(4),
				update(5, 'c-2'),
				create(6),
				create(7),
			];
			const report = await importInBatches(records, { send: target.send, batchSize: 2 });
			expect(target.sent).toEqual([
				{
					operation: 'create',
					rows: [2, 4],
					ids: [undefined, undefined],
					ops: ['create', 'create'],
				},
				{ operation: 'update', rows: [3, 5], ids: ['c-1', 'c-2'], ops: ['update', 'update'] },
				{
					operation: 'create',
					rows: [6, 7],
					ids: [undefined, undefined],
					ops: ['create', 'create'],
				},
			]);
			expect(report.batches.map((b) => [b.batch, b.operation, b.rows])).toEqual([
				[1, 'create', [2, 4]],
				[2, 'update', [3, 5]],
				[3, 'create', [6, 7]],
			]);
			expect(report.results[1]).toEqual({
				row: 3,
				key: createIdempotencyKey({ operation: 'update', id: 'c-1', record: records[1].record }),
				status: 'updated',
				operation: 'update',
				id: 'c-1',
				batch: 2,
			});
			expect(report.totals).toEqual({
				rows: 6,
				created: 4,
				updated: 2,
				duplicate: 0,
				accepted: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(report.createdIds).toEqual(['new-2', 'new-4', 'new-6', 'new-7']);
		});

		it('fails an update without an id and never sends it as a create', async () => {
			const target = recording();
			const report = await importInBatches([update(2, undefined), update(3, '  '), create(4)], {
				send: target.send,
				onError: 'skip',
			});
			expect(target.sent.map((b) => b.rows)).toEqual([[4]]);
			expect(report.results.slice(0, 2)).toEqual(
				[2, 3].map((row) => ({
					row,
					status: 'failed',
					operation: 'update',
					code: 'IMPORT_UPDATE_NO_ID',
					message:
						"The row updates an existing record but does not say which: it has no id of the target's record. Nothing was sent. Give the id of the record to update, or import the row as a new record.",
				})),
			);
			expect(report.exceptions.map((e) => e.code)).toEqual([
				'IMPORT_UPDATE_NO_ID',
				'IMPORT_UPDATE_NO_ID',
			]);
		});

		it('sends updates one per request with updateBatchSize 1, creates still in batches', async () => {
			const target = recording();
			await importInBatches([create(2), update(3, 'c-1'), update(4, 'c-2'), create(5)], {
				send: target.send,
				updateBatchSize: 1,
			});
			expect(target.sent.map((b) => [b.operation, b.rows])).toEqual([
				['update', [3]],
				['update', [4]],
				['create', [2, 5]],
			]);
		});

		it('keys an update by its content, operation and id, so it is neither a create of the same fields nor an update of another record', async () => {
			const target = recording();
			const same = { lastName: 'Same' };
			const report = await importInBatches(
				[
					{ row: 2, record: same },
					update(3, 'c-1', same),
					update(4, 'c-2', same),
					update(5, 'c-1', same),
				],
				{ send: target.send, onError: 'skip' },
			);
			expect(report.results.map((r) => [r.status, r.code])).toEqual([
				['created', undefined],
				['updated', undefined],
				['updated', undefined],
				['duplicate', 'DUPLICATE_IN_FILE'],
			]);
			expect(new Set(report.results.map((r) => r.key)).size).toBe(3);
		});

		it('keeps only the target\'s own id when it answers an update "created", so a revert cannot delete the record it meant to update', async () => {
			const report = await importInBatches([update(2, 'c-1'), update(3, 'c-2')], {
				send: async () => ({
					results: [
						{ index: 0, status: 'created' as const },
						{ index: 1, status: 'created' as const, id: 'c-99' },
					],
				}),
			});
			expect(report.results.map((r) => [r.status, r.id])).toEqual([
				['created', undefined],
				['created', 'c-99'],
			]);
			expect(report.createdIds).toEqual(['c-99']);
		});

		it('fails a row whose operation is neither create nor update', async () => {
			const report = await importInBatches(
				[{ row: 2, record: { lastName: 'X' }, operation: 'delete' as never }],
				{ send: recording().send, onError: 'skip' },
			);
			expect(report.results[0]).toMatchObject({
				status: 'failed',
				code: 'IMPORT_INVALID_RECORD',
				message:
					'The row\'s operation is "delete"; it must be "create" or "update". Nothing was sent.',
			});
		});

		it('is never undone by a revert: updated records stay, counted in notReverted.updated', async () => {
			const report = await importInBatches([create(2), update(3, 'c-1'), update(4, 'c-2')], {
				send: recording().send,
			});
			// a report that (wrongly) lists an updated record as created too
			report.createdIds.push('c-1');
			const deleted: string[] = [];
			const revert = await revertImport(report, {
				remove: async ({ id }) => (deleted.push(id), 'deleted'),
			});
			expect(deleted).toEqual(['new-2']);
			expect(revert.notReverted).toEqual({ updated: 2, acceptedWithoutId: 0 });
			expect(revert.issues).toEqual([
				{
					code: 'IMPORT_REVERT_SPARED',
					message:
						'The report lists record c-1 as created and also as updated by this import; a revert never deletes a record an import updated, so it was left alone. Check it in the target.',
				},
			]);
			expect(revert.status).toBe('Completed with errors');
		});
	});

	describe('secrets', () => {
		const secret = 'sk-live-0123456789';
		// 1,000 characters with the secret across the 500-character cut
		const long = `${'x'.repeat(490)}${secret}${'y'.repeat(1000 - 490 - secret.length)}`;
		const echoing = () => {
			let call = 0;
			return async (): Promise<BatchResult> => {
				if (++call === 2)
					throw Object.assign(new Error(`token ${secret.toUpperCase()} refused`), {
						status: 400,
						code: `BAD_${secret}`,
					});
				return {
					results: [
						{ index: 0, status: 'failed', code: `E_${secret}`, message: long },
						{ index: 1, status: 'created', id: `id-${encodeURIComponent(secret)}` },
					],
				};
			};
		};

		it('keeps every secret the target echoes out of the report, redacting before it cuts a long text', async () => {
			const report = await importInBatches(people(4), {
				send: echoing(),
				batchSize: 2,
				onError: 'skip',
				secrets: [secret],
				retry: { attempts: 1 },
			});
			expect(report.results.map((r) => [r.status, r.code, r.id])).toEqual([
				['failed', 'E_***', undefined],
				['created', undefined, 'id-***'],
				['failed', 'BAD_***', undefined],
				['failed', 'BAD_***', undefined],
			]);
			expect(report.results[0].message).toBe(`${'x'.repeat(490)}***${'y'.repeat(6)}…`);
			expect(report.results[2].message).toBe('The target answered 400: token *** refused.');
			expect(report.exceptions[0]).toMatchObject({
				code: 'E_***',
				message: report.results[0].message,
			});
			const text = JSON.stringify(report).toLowerCase();
			expect(text).not.toContain(secret.slice(0, 8));
		});

		it('keeps it out of the halt reason too', async () => {
			const report = await importInBatches(people(4), {
				send: echoing(),
				batchSize: 2,
				secrets: [secret],
			});
			expect(report.haltReason).toEqual({
				code: 'E_***',
				message: `Halted at row 2: ${report.results[0].message}`,
				row: 2,
			});
		});

		it('refuses secrets that are not a list of strings, without quoting them', async () => {
			await expect(
				importInBatches(people(1), { send: echoing(), secrets: 'abcd' as never }),
			).rejects.toThrow('Invalid option `secrets`: expected a list of strings, got "string"');
			await expect(
				importInBatches(people(1), { send: echoing(), secrets: ['abcd', 42 as never] }),
			).rejects.toThrow('Invalid option `secrets[1]`: expected a string, got "number"');
		});
	});

	describe('resume', () => {
		it('imports only the rows an earlier run did not, keeping the earlier ids', async () => {
			server.faults.reject = (r) => (r.firstName === 'F60' ? 'no F60s' : undefined);
			const records = people(200);
			const first = await importInBatches(records, {
				send: bulkSender(server.url),
				importId: 'run-1',
			});
			expect(first.totals).toMatchObject({ created: 99, failed: 1, notAttempted: 100 });
			server.faults.reject = undefined;
			const again = JSON.parse(JSON.stringify(first)) as ImportReport;
			const second = await importInBatches(records, {
				send: bulkSender(server.url),
				resumeFrom: again,
			});
			expect(second.resumedFrom).toBe('run-1');
			expect(second.totals).toMatchObject({ created: 101, duplicate: 99, failed: 0 });
			expect(server.log.slice(2).map((l) => l.records)).toEqual([50, 50, 1]);
			expect(second.results[0]).toMatchObject({
				status: 'duplicate',
				code: 'ALREADY_IMPORTED',
				id: first.results[0].id,
				message: `Imported by import run-1 as ${first.results[0].id}; not sent again.`,
			});
			expect(server.createdTotal()).toBe(200);
			expect(new Set([...first.createdIds, ...second.createdIds]).size).toBe(200);
		});

		it('sends a batch whose answer was lost again as it was: same records, order and key, so the target replays its answer', async () => {
			server.faults.hangAfterCommit.add(2);
			const records = people(120);
			const send = bulkSender(server.url, { timeoutMs: 300 });
			const first = await importInBatches(records, {
				send,
				importId: 'run-1',
				tagField: 'importId',
				retry: { attempts: 1 },
				onError: 'skip',
			});
			expect(first.batches[1]).toMatchObject({
				batch: 2,
				outcome: 'failed',
				outcomeUnknown: true,
				bodyHash: expect.any(String),
				tag: 'run-1',
			});
			expect(first.results[50]).toMatchObject({
				row: 52,
				batch: 2,
				status: 'failed',
				code: 'IMPORT_NO_RESPONSE',
			});
			expect(server.createdTotal()).toBe(120);
			const second = await importInBatches(records, {
				send,
				importId: 'run-2',
				tagField: 'importId',
				resumeFrom: JSON.parse(JSON.stringify(first)) as ImportReport,
			});
			expect(second.batches).toEqual([
				{
					batch: 1,
					rows: [52, 101],
					size: 50,
					operation: 'create',
					key: first.batches[1].key,
					tag: 'run-1',
					replayOf: { importId: 'run-1', batch: 2 },
					attempts: 1,
					outcome: 'answered',
					counts: { created: 50, duplicates: 0, failed: 0 },
					totals: { created: 50, updated: 0, duplicate: 0, accepted: 0, failed: 0 },
				},
			]);
			expect(server.log.at(-1)).toMatchObject({
				replayed: true,
				records: 50,
				headers: { 'idempotency-key': first.batches[1].key },
			});
			expect(server.createdTotal()).toBe(120);
			expect(second.totals).toMatchObject({ created: 50, duplicate: 70 });
			expect(second.results[50]).toMatchObject({ status: 'created', id: 'cli-51', batch: 1 });
		});

		it('sends it again under its first key from a resume of a resume', async () => {
			const records = people(10);
			const lost = async () =>
				Promise.reject(Object.assign(new Error('timeout'), { code: 'ECONNABORTED' }));
			const first = await importInBatches(records, {
				send: lost,
				importId: 'run-1',
				retry: { attempts: 1 },
				onError: 'skip',
			});
			const second = await importInBatches(records, {
				send: lost,
				importId: 'run-2',
				retry: { attempts: 1 },
				onError: 'skip',
				resumeFrom: first,
			});
			const keys: string[] = [];
			const third = await importInBatches(records, {
				send: async (batch, { batchKey }) => (
					keys.push(batchKey),
					{ results: batch.map((_, index) => ({ index, status: 'created' as const })) }
				),
				resumeFrom: second,
			});
			expect(keys).toEqual([first.batches[0].key]);
			expect(second.batches[0]).toMatchObject({
				replayOf: { importId: 'run-1', batch: 1 },
				outcomeUnknown: true,
			});
			expect(third.batches[0].replayOf).toEqual({ importId: 'run-1', batch: 1 });
		});

		it('sends rows in new batches, and says so, when their unknown batch cannot be rebuilt', async () => {
			const records = people(4);
			const first = await importInBatches(records, {
				send: async () => Promise.reject(Object.assign(new Error('boom'), { status: 502 })),
				importId: 'run-1',
				batchSize: 2,
				retry: { attempts: 1 },
				onError: 'skip',
			});
			expect(first.batches.map((b) => b.outcomeUnknown)).toEqual([true, true]);
			// row 3 was fixed since
			const fixed = records.map((r) =>
				r.row === 3 ? { ...r, record: { ...r.record, email: 'fixed@example.com' } } : r,
			);
			const keys: string[] = [];
			const second = await importInBatches(fixed, {
				send: async (batch, { batchKey }) => (
					keys.push(batchKey),
					{ results: batch.map((_, index) => ({ index, status: 'created' as const })) }
				),
				batchSize: 2,
				resumeFrom: first,
			});
			expect(keys).toEqual([first.batches[1].key, expect.not.stringMatching(first.batches[0].key)]);
			expect(second.batches.map((b) => [b.rows, b.replayOf?.batch])).toEqual([
				[[4, 5], 2],
				[[2, 3], undefined],
			]);
			expect(second.issues).toEqual([
				{
					code: 'IMPORT_RESUME_REBATCHED',
					message:
						'Rows 2–3 were batch 1 of import run-1, whose outcome is unknown (no answer came). It could not be sent again exactly as it was (row 3 is not in the input as it was sent (changed, or gone)), so its rows go out in new batches under new keys: if the target took that batch, they may be created twice. Check those rows in the target.',
				},
			]);
			expect(second.status).toBe('Completed with errors');
		});

		it('gives a fresh batch of a resume a key of its own, so a target does not replay an old answer to rows that failed', async () => {
			server.faults.reject = () => 'closed for maintenance';
			const records = people(3);
			const first = await importInBatches(records, {
				send: bulkSender(server.url),
				onError: 'skip',
			});
			expect(first.totals.failed).toBe(3);
			server.faults.reject = undefined;
			const second = await importInBatches(records, {
				send: bulkSender(server.url),
				resumeFrom: first,
			});
			expect(second.batches[0].key).not.toBe(first.batches[0].key);
			expect(second.totals.created).toBe(3);
		});

		it('sends a row again that only repeated a row whose batch failed', async () => {
			const records = [...people(2), { row: 9, record: { ...people(1)[0].record } }];
			const first = await importInBatches(records, {
				send: async (batch) => ({
					results: batch.map((b, index) =>
						b.row === 2
							? { index, status: 'failed' as const, code: 'X' }
							: { index, status: 'created' as const },
					),
				}),
				onError: 'skip',
			});
			expect(first.results.map((r) => [r.status, r.code])).toEqual([
				['failed', 'X'],
				['created', undefined],
				['duplicate', 'DUPLICATE_IN_FILE'],
			]);
			expect([...findImportedRows(first).values()].map((r) => r.row)).toEqual([3]);
		});

		it('takes a list of imported keys, and sends a record repeated in the file once', async () => {
			const records = people(4);
			records.push({ row: 9, record: { ...records[1].record } });
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				alreadyImported: [createIdempotencyKey(records[0].record)],
			});
			expect(report.results.map((r) => [r.status, r.code])).toEqual([
				['duplicate', 'ALREADY_IMPORTED'],
				['created', undefined],
				['created', undefined],
				['created', undefined],
				['duplicate', 'DUPLICATE_IN_FILE'],
			]);
			expect(report.results[4].message).toBe(
				'The same record as row 3 (same idempotency key); it was sent once, with that row.',
			);
			expect(server.log[0].records).toBe(3);
		});

		it('keys records by a field when asked, and fails a row whose key is blank', async () => {
			const records = [
				{ row: 2, record: { lastName: 'A', ref: 'r1' } },
				{ row: 3, record: { lastName: 'B', ref: '' } },
			];
			const report = await importInBatches(records, {
				send: bulkSender(server.url),
				idempotencyKey: (r) => String(r.ref ?? ''),
				onError: 'skip',
			});
			expect(report.results.map((r) => [r.status, r.key, r.code])).toEqual([
				['created', 'r1', undefined],
				['failed', undefined, 'IMPORT_KEY_MISSING'],
			]);
			expect(findImportedRows(report).get('r1')).toMatchObject({ row: 2, status: 'created' });
		});
	});

	describe('revertImport', () => {
		it('deletes exactly the records an import created, and reverting twice is harmless', async () => {
			const earlier = await importInBatches(people(3, 100), { send: bulkSender(server.url) });
			const report = await importInBatches(people(5), {
				send: bulkSender(server.url),
				object: 'clients',
			});
			const remove = async ({ id }: { id: string }) => {
				const res = await fetch(`${server.url}/api/clients/${id}`, {
					method: 'DELETE',
					headers: { authorization: 'Bearer admin-token' },
				});
				if (res.status === 404) return 'notFound' as const;
				if (!res.ok) throw Object.assign(new Error(res.statusText), { status: res.status });
				return 'deleted' as const;
			};
			const revert = await revertImport(report, { remove, revertId: 'rev-1' });
			expect(revert).toMatchObject({
				revertId: 'rev-1',
				importId: report.importId,
				object: 'clients',
				status: 'Complete',
			});
			expect(revert.totals).toEqual({
				ids: 5,
				deleted: 5,
				alreadyGone: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(revert.results[0]).toEqual({ id: report.createdIds[0], row: 2, status: 'deleted' });
			expect([...server.store.get('clients')!.keys()]).toEqual(earlier.createdIds);
			const twice = await revertImport(report, { remove });
			expect(twice.totals).toEqual({
				ids: 5,
				deleted: 0,
				alreadyGone: 5,
				failed: 0,
				notAttempted: 0,
			});
			expect(twice.status).toBe('Complete');
		});

		it('halts on 403 and names what was not deleted', async () => {
			const report = await importInBatches(people(3), { send: bulkSender(server.url) });
			const revert = await revertImport(report, {
				remove: async () =>
					Promise.reject(Object.assign(new Error('admin rights required'), { status: 403 })),
				...noWait,
			});
			expect(revert.status).toBe('Error');
			expect(revert.totals).toEqual({
				ids: 3,
				deleted: 0,
				alreadyGone: 0,
				failed: 1,
				notAttempted: 2,
			});
		});

		it('refuses something that is not an import report', async () => {
			await expect(
				revertImport({ importId: 'x' } as never, { remove: async () => 'deleted' }),
			).rejects.toMatchObject({ code: 'IMPORT_INVALID_REPORT' });
		});
	});

	describe('tagging created records, and reverting them by their tag', () => {
		const tagged = (n: number, from = 0, more: Partial<ImportOptions> = {}) =>
			importInBatches(people(n, from), {
				send: bulkSender(server.url),
				object: 'clients',
				tagField: 'importId',
				...more,
			});
		const revert = (report: ImportReport, more: Partial<RevertOptions> = {}) =>
			revertImport(report, {
				remove: remover(server.url),
				find: exportFinder(server.url),
				...noWait,
				...more,
			});
		const stored = () => [...server.store.get('clients')!.values()];

		it('puts the import id in the tag field of every record it creates, never in an update, keying records before tagging', async () => {
			const sent: ImportBatchItem[][] = [];
			const records: ImportRecord[] = [
				...people(2),
				{ row: 9, record: { lastName: 'Old' }, operation: 'update', id: 'c-1' },
			];
			const report = await importInBatches(records, {
				importId: 'imp-7',
				tagField: 'importId',
				updateBatchSize: 1,
				send: async (batch) => (
					sent.push(batch),
					{ results: batch.map((_, index) => ({ index, status: 'accepted' as const })) }
				),
			});
			expect(sent.flat().map((b) => b.record)).toEqual([
				{ lastName: 'Old' },
				{ ...records[0].record, importId: 'imp-7' },
				{ ...records[1].record, importId: 'imp-7' },
			]);
			expect(report.results[0].key).toBe(createIdempotencyKey(records[0].record));
			expect(report.tagField).toBe('importId');
			expect(report.batches.map((b) => [b.operation, b.tag])).toEqual([
				['update', undefined],
				['create', 'imp-7'],
			]);
			// the exception keeps the record as given, without the tag
			expect(records[0].record).not.toHaveProperty('importId');
		});

		it('finds and deletes what a counts-only target created without ids, and nothing else', async () => {
			server.detailed = false;
			const other = await tagged(3, 500);
			const report = await tagged(120);
			expect(report.createdIds).toEqual([]);
			expect(report.totals.created).toBe(120);
			const result = await revert(report, { revertId: 'rev-1' });
			expect(result.search).toEqual({
				field: 'importId',
				value: report.importId,
				requests: 2,
				found: 120,
				ignored: 0,
			});
			expect(result.totals).toEqual({
				ids: 120,
				deleted: 120,
				alreadyGone: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(result.results[0]).toMatchObject({ via: 'tag', status: 'deleted' });
			expect(result.notReverted).toEqual({ updated: 0, acceptedWithoutId: 0 });
			expect(result.status).toBe('Complete');
			expect(stored().map((r) => r.importId)).toEqual([
				other.importId,
				other.importId,
				other.importId,
			]);
			// the search asked for the tag field with the id, the page size the finder uses
			const searches = server.log
				.filter((l) => l.path === '/api/v1/export/clients')
				.map((l) => l.query);
			expect(searches[0]).toBe(
				`?filter_field=importId&filter_operator=eq&filter_value=${report.importId}&fields=id%2CimportId&limit=1000`,
			);
		});

		it('pages: deleting shrinks the result, so it asks again until nothing new comes back', async () => {
			server.detailed = false;
			const report = await tagged(5);
			const result = await revert(report, { find: exportFinder(server.url, { limit: 2 }) });
			expect(result.search).toMatchObject({ requests: 4, found: 5 });
			expect(stored()).toEqual([]);
		});

		it('deletes ids the report has and the tagged ones it lacks, each once', async () => {
			server.detailed = true;
			const report = await tagged(3);
			report.createdIds.pop();
			const result = await revert(report);
			expect(result.results.map((r) => [r.id, r.via, r.status])).toEqual([
				['cli-1', undefined, 'deleted'],
				['cli-2', undefined, 'deleted'],
				['cli-3', 'tag', 'deleted'],
			]);
			expect(result.search).toMatchObject({ requests: 2, found: 1 });
		});

		it('never deletes another record when the target ignores the filter', async () => {
			server.detailed = false;
			await tagged(3, 100);
			const before = stored();
			const report = await tagged(2);
			server.faults.exportIgnoresFilter = true;
			const result = await revert(report);
			expect(stored()).toEqual(before);
			expect(result.search).toMatchObject({ found: 2, ignored: 3 });
			expect(result.issues?.map((i) => i.code)).toEqual(['IMPORT_TAG_FILTER_IGNORED']);
			expect(result.status).toBe('Completed with errors');
		});

		it('stops with a clear error, deleting no found record, when the target does not return the tag field', async () => {
			server.detailed = false;
			const report = await tagged(2);
			server.faults.exportOnlyIds = true;
			const result = await revert(report);
			expect(stored()).toHaveLength(2);
			expect(result.status).toBe('Error');
			expect(result.haltReason).toEqual({
				code: 'IMPORT_TAG_NOT_RETURNED',
				message: `The search for records with importId = ${report.importId} returned records without the field importId, so the revert cannot check that they belong to this import, and deleted none of them. Make the target's search return that field, then revert again.`,
			});
			expect(result.notReverted.acceptedWithoutId).toBe(2);
		});

		it('does not loop when the found records cannot be deleted', async () => {
			server.detailed = false;
			const report = await tagged(3);
			const result = await revert(report, {
				remove: async () => Promise.reject(Object.assign(new Error('locked'), { status: 423 })),
			});
			expect(result.search).toMatchObject({ requests: 2, found: 3 });
			expect(result.totals).toMatchObject({ ids: 3, failed: 3 });
		});

		it('never deletes a tagged record the import updated or found as a duplicate of one it had', async () => {
			const report = await importInBatches(
				[
					...people(1),
					{ row: 5, record: { lastName: 'U' }, operation: 'update', id: 'pre-1' },
					{ row: 6, record: { lastName: 'D' } },
				],
				{
					tagField: 'importId',
					importId: 'imp-9',
					send: async (batch, { operation }) => ({
						results: batch.map((b, index) =>
							operation === 'update'
								? { index, status: 'updated' as const }
								: b.row === 6
									? { index, status: 'duplicate' as const, id: 'pre-2' }
									: { index, status: 'accepted' as const },
						),
					}),
				},
			);
			const deleted: string[] = [];
			const result = await revertImport(report, {
				remove: async ({ id }) => (deleted.push(id), 'deleted'),
				// a target that copied the tag onto the records it merged into
				find: async () =>
					deleted.length > 0
						? []
						: [
								{ id: 'new-1', importId: 'imp-9' },
								{ id: 'pre-1', importId: 'imp-9' },
								{ id: 'pre-2', importId: 'imp-9' },
							],
			});
			expect(deleted).toEqual(['new-1']);
			expect(result.issues?.map((i) => i.code)).toEqual(['IMPORT_REVERT_SPARED']);
		});

		it('keeps a secret a search returns as an id out of the revert report, deleting by the id as given', async () => {
			const secret = 'sk-live-0123456789';
			const report = await importInBatches(people(1), {
				tagField: 'importId',
				importId: 'imp-3',
				send: async () => ({ results: [{ index: 0, status: 'accepted' as const }] }),
			});
			const asked: string[] = [];
			const result = await revertImport(report, {
				secrets: [secret],
				remove: async ({ id }) => (asked.push(id), 'deleted'),
				find: async () => (asked.length ? [] : [{ id: secret, importId: 'imp-3' }]),
			});
			expect(asked).toEqual([secret]);
			expect(result.results).toEqual([{ id: '***', via: 'tag', status: 'deleted' }]);
		});

		it('reports a search that keeps failing, after its tries', async () => {
			const report = await importInBatches(people(1), {
				tagField: 'importId',
				send: async () => ({ results: [{ index: 0, status: 'accepted' as const }] }),
			});
			const result = await revertImport(report, {
				remove: async () => 'deleted',
				find: async () => Promise.reject(Object.assign(new Error('down'), { status: 503 })),
				retry: { attempts: 2 },
				...noWait,
			});
			expect(result.status).toBe('Error');
			expect(result.haltReason?.message).toBe(
				`The search for records with importId = ${report.importId} failed: The target answered 503: down. The target had an error; try again later, or ask its administrator.`,
			);
		});
	});

	describe('options', () => {
		it.each([
			[
				{ batchSize: 0 },
				'Invalid option `batchSize`: expected a whole number from 1 to 100000, got 0',
			],
			[{ onError: 'stop' }, 'Invalid option `onError`: expected "halt" or "skip", got "stop"'],
			[
				{ retry: { attempts: 1.5 } },
				'Invalid option `retry.attempts`: expected a whole number from 1 to 100, got 1.5',
			],
			[
				{ concurrency: 100 },
				'Invalid option `concurrency`: expected a whole number from 1 to 64, got 100',
			],
			[
				{ send: 'POST' },
				'Invalid option `send`: expected a function (batch) => Promise<BatchResult>, got "POST"',
			],
		])('refuses %j before sending anything', async (bad, message) => {
			const send = jest.fn();
			const error = await importInBatches(people(1), { send, ...bad } as never).catch(
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(IntakeError);
			expect(error).toMatchObject({ code: 'IMPORT_INVALID_OPTION', message });
			expect(send).not.toHaveBeenCalled();
		});

		it('fails rows that carry no record instead of throwing', async () => {
			const report = await importInBatches(
				[{ row: 2, record: null } as never, { row: 3, record: { lastName: 'Ok' } }],
				{ send: bulkSender(server.url), onError: 'skip' },
			);
			expect(report.results.map((r) => [r.row, r.status, r.code])).toEqual([
				[2, 'failed', 'IMPORT_INVALID_RECORD'],
				[3, 'created', undefined],
			]);
		});
	});
});
