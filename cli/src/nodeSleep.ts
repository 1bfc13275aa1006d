import { setTimeout as wait } from 'node:timers/promises';

/**
 * The library's `sleep` in Node: waits `ms`, or less when `signal` aborts
 * (then it resolves, and the importer sees the signal). The library has no
 * timers of its own, since the same code runs inside n8n Cloud; Node callers
 * pass this one.
 *
 * @param ms - milliseconds to wait; 0 yields to the event loop
 * @param signal - ends the wait early
 *
 * @example
 * await importInBatches(records, { send, sleep: nodeSleep })
 */
export async function nodeSleep(ms: number, signal?: AbortSignal): Promise<void> {
	if (signal?.aborted) return;
	try {
		await wait(Math.max(0, ms), undefined, signal ? { signal } : undefined);
	} catch {
		// aborted: resolve, as the contract says
	}
}
