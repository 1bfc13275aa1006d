/** A queue between a producer and one async consumer, with backpressure. */
export interface Channel<T> {
	/** Queues an item; returns a promise to await when the queue is full (undefined otherwise). */
	push(item: T): Promise<void> | undefined;
	/** No more items: the consumer ends once it has taken those queued. */
	close(): void;
	/** Stops the producer's waiting for good (the consumer failed or left). */
	release(): void;
	/** Ends the consumer's iteration with this error (the producer failed). */
	fail(error: unknown): void;
	/** The consumer's side: iterate it once. */
	items: AsyncIterable<T>;
}

/**
 * Makes a {@link Channel}: the producer pushes, and waits when `highWater`
 * items are queued until the consumer has taken them down to half; the
 * consumer iterates `items`. When the consumer stops early (breaks out, or
 * the iteration is returned), later pushes are dropped, so the producer is
 * never left waiting.
 *
 * @param highWater - items queued before the producer waits
 * @returns the channel
 * @example
 * const c = createChannel<number>(2)
 * const read = (async () => { const out = []; for await (const n of c.items) out.push(n); return out })()
 * await c.push(1); await c.push(2); c.close()
 * await read
 * //=> [1, 2]
 */
export function createChannel<T>(highWater: number): Channel<T> {
	let queue: T[] = [];
	let head = 0;
	let closed = false;
	let stopped = false;
	let failure: { error: unknown } | undefined;
	let wakeConsumer: (() => void) | undefined;
	let wakeProducer: (() => void) | undefined;
	const size = () => queue.length - head;
	const resume = (): void => {
		const wake = wakeProducer;
		wakeProducer = undefined;
		wake?.();
	};
	async function* consume(): AsyncGenerator<T> {
		try {
			for (;;) {
				if (failure) throw failure.error;
				if (size() > 0) {
					const item = queue[head++];
					if (head >= 1024 && head * 2 >= queue.length) [queue, head] = [queue.slice(head), 0];
					if (size() <= highWater / 2) resume();
					yield item;
				} else if (closed) return;
				else await new Promise<void>((wake) => (wakeConsumer = wake));
			}
		} finally {
			stopped = true;
			resume();
		}
	}
	return {
		push(item) {
			if (stopped) return undefined;
			queue.push(item);
			const wake = wakeConsumer;
			wakeConsumer = undefined;
			wake?.();
			if (size() < highWater) return undefined;
			return new Promise<void>((go) => (wakeProducer = go));
		},
		close() {
			closed = true;
			const wake = wakeConsumer;
			wakeConsumer = undefined;
			wake?.();
		},
		release() {
			stopped = true;
			resume();
		},
		fail(error) {
			failure = { error };
			this.close();
		},
		items: { [Symbol.asyncIterator]: consume },
	};
}
