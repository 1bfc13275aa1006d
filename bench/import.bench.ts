/* npm run bench:import [records]: sends 100,000 records to the local import
 * server (in a child process) in batches of 50, at concurrency 1 and 4, once
 * through importInBatches and once through a bare loop making the same
 * requests with the same HTTP client, and prints records per second and the
 * library's overhead per batch. Also times the library alone, with a send
 * that answers at once. Median of five rounds; the rounds alternate.
 * Then 1,000,000 records (MILLION=0 skips it) from a lazy source, the send
 * answering at once: time, CPU, peak heap and the report's heap, with and
 * without a journal (each entry made into a JSON line, as the CLI writes). */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { nodeSleep } from '../cli/src';
import {
	importInBatches,
	type ImportRecord,
	type ImportRecordSource,
	type BatchResult,
	type ImportBatchItem,
	type SendContext,
} from '../lib/importer';

const N = Number(process.argv[2] ?? 100_000);
const BATCH = 50;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const person = (i: number): ImportRecord => ({
	row: i + 2,
	record: {
		firstName: `First${i}`,
		lastName: `Last${i}`,
		email: `person${i}@example.com`,
		phone: `+1555${String(i).padStart(7, '0')}`,
		city: 'Springfield',
		state: 'IL',
		zip: '62704',
	},
});
const records = Array.from({ length: N }, (_, i) => person(i));

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(
		process.execPath,
		[
			'-r',
			'ts-node/register/transpile-only',
			path.join(__dirname, 'helpers/importServerProcess.ts'),
		],
		{ stdio: ['pipe', 'pipe', 'inherit'] },
	);
	const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
	return { url: chunk.toString().trim(), child };
}

async function stopServer(child: ChildProcess): Promise<void> {
	child.stdin!.end();
	await once(child, 'exit');
}

/** One POST with node:http and a keep-alive agent: the client both loops use. */
function post(
	url: URL,
	agent: Agent,
	body: string,
	headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{
				method: 'POST',
				agent,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					authorization: 'Bearer admin-token',
					...headers,
				},
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
				);
			},
		);
		req.on('error', reject);
		req.end(body);
	});
}

async function bare(base: string, concurrency: number): Promise<number> {
	const url = new URL('/api/v1/import/clients', base);
	const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
	let next = 0;
	let created = 0;
	const worker = async (): Promise<void> => {
		while (next < N) {
			const at = next;
			next += BATCH;
			const res = await post(
				url,
				agent,
				JSON.stringify({ records: records.slice(at, at + BATCH).map((r) => r.record) }),
				{ 'idempotency-key': `bare-${at}` },
			);
			created += (JSON.parse(res.text) as { created: number }).created;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	agent.destroy();
	return created;
}

async function withLibrary(base: string, concurrency: number): Promise<number> {
	const url = new URL('/api/v1/import/clients', base);
	const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
	const send = async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const res = await post(url, agent, JSON.stringify({ records: batch.map((b) => b.record) }), {
			'idempotency-key': context.batchKey,
		});
		if (res.status >= 300) throw Object.assign(new Error(res.text), { status: res.status });
		return { results: (JSON.parse(res.text) as BatchResult).results };
	};
	const report = await importInBatches(records, {
		send,
		concurrency,
		batchSize: BATCH,
		sleep: nodeSleep,
	});
	agent.destroy();
	return report.totals.created;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeRun(run: (url: string) => Promise<number>): Promise<number> {
	const { url, child } = await startServer();
	const t = process.hrtime.bigint();
	const created = await run(url);
	const s = Number(process.hrtime.bigint() - t) / 1e9;
	await stopServer(child);
	if (created !== N) throw new Error(`created ${created} of ${N}`);
	return s;
}

async function main(): Promise<void> {
	console.log(
		`bench:import: ${N.toLocaleString('en-US')} records, batches of ${BATCH}, ${ROUNDS} rounds, Node ${process.version}`,
	);
	// the library alone: a send that answers at once
	const alone: number[] = [];
	for (let r = 0; r < ROUNDS; r++) {
		const t = process.hrtime.bigint();
		await importInBatches(records, {
			send: async (batch) => ({
				results: batch.map((_, index) => ({
					index,
					status: 'created' as const,
					id: String(index),
				})),
			}),
			batchSize: BATCH,
			sleep: nodeSleep,
		});
		alone.push(Number(process.hrtime.bigint() - t) / 1e9);
	}
	const batches = Math.ceil(N / BATCH);
	console.log(
		`library alone (no HTTP): ${median(alone).toFixed(2)} s, ${((median(alone) / batches) * 1000).toFixed(3)} ms per batch`,
	);
	for (const concurrency of [1, 4]) {
		const times = { bare: [] as number[], lib: [] as number[] };
		for (let r = 0; r < ROUNDS; r++) {
			times.bare.push(await timeRun((url) => bare(url, concurrency)));
			times.lib.push(await timeRun((url) => withLibrary(url, concurrency)));
		}
		const b = median(times.bare);
		const l = median(times.lib);
		// this machine is noisy: the rounds alternate, and the overhead is given three ways
		const paired = median(times.lib.map((t, r) => t / times.bare[r] - 1)) * 100;
		const best = (Math.min(...times.lib) / Math.min(...times.bare) - 1) * 100;
		console.log(
			`concurrency ${concurrency}: bare loop ${b.toFixed(2)} s (${Math.round(N / b).toLocaleString('en-US')} records/s); importInBatches ${l.toFixed(2)} s (${Math.round(N / l).toLocaleString('en-US')} records/s); ` +
				`overhead ${(((l - b) / batches) * 1000).toFixed(3)} ms per batch: ${(((l - b) / b) * 100).toFixed(1)}% of medians, ${paired.toFixed(1)}% median of paired rounds, ${best.toFixed(1)}% best against best (goal < 10%)`,
		);
	}
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

/** One import of `n` records from a lazy source (made as read), the send answering at once: the importer's own time and heap. */
async function million(n: number, journal: boolean) {
	const source: ImportRecordSource = { length: n, at: person };
	gc();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	let calls = 0;
	let lines = 0;
	const cpu = process.cpuUsage();
	const t = process.hrtime.bigint();
	const report = await importInBatches(source, {
		send: async (batch) => {
			if (++calls % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
			return {
				results: batch.map((_, index) => ({
					index,
					status: 'created' as const,
					id: `c-${calls}-${index}`,
				})),
			};
		},
		batchSize: BATCH,
		retry: { attempts: 1 },
		...(journal ? { onJournal: (e: unknown) => void (lines += JSON.stringify(e).length) } : {}),
	});
	const s = Number(process.hrtime.bigint() - t) / 1e9;
	const used = process.cpuUsage(cpu);
	peak = Math.max(peak, process.memoryUsage().heapUsed);
	gc();
	const kept = process.memoryUsage().heapUsed - base;
	if (report.totals.created !== n) throw new Error(`created ${report.totals.created} of ${n}`);
	return { s, cpu: (used.user + used.system) / 1e6, peak: peak - base, kept, lines };
}

async function main1M(): Promise<void> {
	const n = 1_000_000;
	for (const journal of [false, true]) {
		const runs: Array<Awaited<ReturnType<typeof million>>> = [];
		for (let r = 0; r < Math.min(ROUNDS, 3); r++) runs.push(await million(n, journal));
		const m = <K extends keyof (typeof runs)[0]>(k: K) => median(runs.map((x) => x[k]));
		console.log(
			`library alone, ${n.toLocaleString('en-US')} records from a lazy source${journal ? `, with a journal (${mb(m('lines'))} of JSON lines)` : ''}: ` +
				`${m('s').toFixed(2)} s (${m('cpu').toFixed(2)} s CPU, ${Math.round(n / m('cpu')).toLocaleString('en-US')} records per CPU second), peak heap ${mb(m('peak'))}, report ${mb(m('kept'))} (medians of ${runs.length})`,
		);
	}
}

void main().then(() => (process.env.MILLION === '0' ? undefined : main1M()));
