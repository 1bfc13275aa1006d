/* npm run bench:import [records]: sends 100,000 records to the local import
 * server (in a child process) in batches of 50, at concurrency 1 and 4, once
 * through importInBatches and once through a bare loop making the same
 * requests with the same HTTP client, and prints records per second and the
 * library's overhead per batch. Also times the library alone, with a send
 * that answers at once. Median of five rounds; the rounds alternate. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { Agent, request } from 'node:http';
import { nodeSleep } from '../cli/src';
import {
	importInBatches,
	type BatchResult,
	type ImportBatchItem,
	type SendContext,
} from '../lib/importer';

const N = Number(process.argv[2] ?? 100_000);
const BATCH = 50;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

const records = Array.from({ length: N }, (_, i) => ({
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
}));

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

void main();
