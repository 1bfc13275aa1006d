import { parentPort, workerData } from 'node:worker_threads';
import { createRecordTransformer } from '../../../lib/validate';

type RecordTransformer = ReturnType<typeof createRecordTransformer>;
import { schemaOf } from '../common/schemaOf';
import {
	unpackRows,
	type TransformAnswer,
	type TransformJob,
	type TransformWorkerData,
} from './createTransformPool';

/**
 * A transform worker's loop: rebuilds the library's transformer for each
 * mapping and set of decisions it is sent (kept while they stay the same:
 * one per table of the file), and answers each batch with its results, or
 * with the error's message.
 *
 * @example
 * // the bundle's entry runs it when it is loaded as a worker
 * if (!isMainThread) runTransformWorker()
 */
export function runTransformWorker(): void {
	const data = workerData as TransformWorkerData | undefined;
	if (!parentPort || !data?.intakeTransformWorker) return;
	const port = parentPort;
	const schema = schemaOf(data.schema);
	let key = '';
	let transformer: RecordTransformer | undefined;
	port.on('message', (job: TransformJob) => {
		let answer: TransformAnswer;
		try {
			const jobKey = JSON.stringify([job.mapping.columns, job.decisions]);
			if (!transformer || jobKey !== key) {
				transformer = createRecordTransformer(job.mapping, schema, {
					...data.options,
					decided: job.decisions,
				});
				key = jobKey;
			}
			const results = transformer.transform(unpackRows(job), job.firstIndex);
			answer = { id: job.id, json: JSON.stringify(results) };
		} catch (error) {
			answer = { id: job.id, error: error instanceof Error ? error.message : String(error) };
		}
		port.postMessage(answer);
	});
}
