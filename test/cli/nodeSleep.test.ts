import { nodeSleep } from '../../cli/src/nodeSleep';

describe('nodeSleep', () => {
	it('waits about the time asked, and 0 yields to the event loop after pending I/O callbacks are queued', async () => {
		const started = performance.now();
		await nodeSleep(30);
		expect(performance.now() - started).toBeGreaterThanOrEqual(25);
		const order: string[] = [];
		const yielded = nodeSleep(0).then(() => order.push('sleep(0)'));
		void Promise.resolve().then(() => order.push('microtask'));
		await yielded;
		expect(order).toEqual(['microtask', 'sleep(0)']);
	});

	it('resolves (never rejects) when the signal aborts, early or already', async () => {
		// ten minutes: a wait the abort did not end would outlast the test's time limit
		const controller = new AbortController();
		const waiting = nodeSleep(600_000, controller.signal);
		controller.abort();
		await expect(waiting).resolves.toBeUndefined();
		await expect(nodeSleep(600_000, controller.signal)).resolves.toBeUndefined();
	});
});
