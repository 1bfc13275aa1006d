import { Worker } from 'node:worker_threads';
import type { MappingLike, RowResult, TransformOptions } from '../../../lib';

/** The decisions a transform's batches share (contract A's TransformDecisions). */
export interface Decisions {
	dateOrders: Record<string, 'MDY' | 'DMY' | 'YMD'>;
	decimalMarks: Record<string, '.' | ','>;
	nameOrders: Record<string, 'givenFirst' | 'surnameFirst'>;
}

/** What each worker rebuilds its transformer from: the schema (a built-in name or a schema file) and the options. */
export interface TransformWorkerData {
	intakeTransformWorker: true;
	schema: string;
	options: TransformOptions;
}

/**
 * One batch to transform, as posted to a worker. Rows that share their keys
 * (as a reader's rows do) go as one flat list of cells under the keys, which
 * copies to the thread in a fraction of the time the objects take; others
 * go as they are.
 */
export interface TransformJob {
	id: number;
	rows?: ReadonlyArray<Record<string, unknown>>;
	keys?: string[];
	cells?: unknown[];
	firstIndex: number;
	decisions: Decisions;
	mapping: MappingLike;
}

/** A worker's answer: the results as JSON text (parsed faster than the objects are copied), or the error's message. */
export type TransformAnswer = { id: number; json: string } | { id: number; error: string };

/** Packs rows that all have the first row's keys into flat cells; undefined when one differs. */
export function packRows(
	rows: ReadonlyArray<Record<string, unknown>>,
): { keys: string[]; cells: unknown[] } | undefined {
	if (rows.length === 0) return { keys: [], cells: [] };
	const keys = Object.keys(rows[0]);
	const width = keys.length;
	const cells = new Array<unknown>(rows.length * width);
	let at = 0;
	for (const row of rows) {
		let own = 0;
		for (const k in row) if (Object.hasOwn(row, k)) own++;
		if (own !== width) return undefined;
		for (const k of keys) {
			if (!Object.hasOwn(row, k)) return undefined;
			cells[at++] = row[k];
		}
	}
	return { keys, cells };
}

/** The rows of a job, as objects again. */
export function unpackRows(job: TransformJob): Array<Record<string, unknown>> {
	if (job.rows) return job.rows as Array<Record<string, unknown>>;
	const keys = job.keys ?? [];
	const cells = job.cells ?? [];
	const width = keys.length;
	const rows: Array<Record<string, unknown>> = [];
	for (let at = 0; at < cells.length; at += width) {
		const row: Record<string, unknown> = {};
		for (let i = 0; i < width; i++) row[keys[i]] = cells[at + i];
		rows.push(row);
	}
	return rows;
}

/** A pool of transform workers. */
export interface TransformPool {
	/** The pipeline's `transformBatch`: the batch goes to the next idle worker; results come back for that batch. */
	transformBatch(
		rows: ReadonlyArray<Record<string, unknown>>,
		firstIndex: number,
		decisions: Decisions,
		mapping: MappingLike,
	): Promise<RowResult[]>;
	/** Ends the workers. */
	close(): Promise<void>;
}

interface Pending {
	job: TransformJob;
	resolve: (results: RowResult[]) => void;
	reject: (error: Error) => void;
}

/**
 * Runs the transform of an import on worker threads: each worker rebuilds
 * the library's transformer from the schema, the options and the main
 * thread's decisions (`createRecordTransformer(mapping, schema, { ...options,
 * decided })`), so every batch gets the results the main thread would give.
 * Batches go to idle workers in turn, the rest wait in a queue; each call
 * resolves with its own batch's results, so the pipeline keeps row order.
 *
 * @param script - the worker's script (the bundle itself)
 * @param size - worker threads
 * @param data - the schema and transform options each worker rebuilds from
 * @returns the pool
 *
 * @example
 * const pool = createTransformPool(__filename, 2, { intakeTransformWorker: true, schema: 'clients', options: {} })
 * await runImport(input, { schema: 'clients', transformBatch: pool.transformBatch })
 * await pool.close()
 */
export function createTransformPool(
	script: string,
	size: number,
	data: TransformWorkerData,
): TransformPool {
	const idle: Worker[] = [];
	const queue: Pending[] = [];
	const running = new Map<number, Pending>();
	const workers: Worker[] = [];
	let nextId = 1;
	let broken: Error | undefined;
	const dispatch = (): void => {
		while (idle.length > 0 && queue.length > 0) {
			const pending = queue.shift() as Pending;
			running.set(pending.job.id, pending);
			(idle.pop() as Worker).postMessage(pending.job);
		}
	};
	for (let i = 0; i < size; i++) {
		const worker = new Worker(script, { workerData: data });
		worker.on('message', (answer: TransformAnswer) => {
			const pending = running.get(answer.id);
			running.delete(answer.id);
			idle.push(worker);
			if (pending)
				if ('error' in answer) pending.reject(new Error(answer.error));
				else pending.resolve(JSON.parse(answer.json) as RowResult[]);
			dispatch();
		});
		worker.on('error', (error) => {
			broken = error;
			for (const p of [...running.values(), ...queue.splice(0)]) p.reject(error);
			running.clear();
		});
		workers.push(worker);
		idle.push(worker);
	}
	return {
		transformBatch(rows, firstIndex, decisions, mapping) {
			if (broken) return Promise.reject(broken);
			return new Promise((resolve, reject) => {
				const packed = packRows(rows);
				queue.push({
					job: { id: nextId++, ...(packed ?? { rows }), firstIndex, decisions, mapping },
					resolve,
					reject,
				});
				dispatch();
			});
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}
