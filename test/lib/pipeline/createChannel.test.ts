import { createChannel } from '../../../lib/pipeline/createChannel';

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of items) out.push(item);
	return out;
}

describe('createChannel', () => {
	it('returns the items in order, then ends when closed', async () => {
		const c = createChannel<number>(10);
		const read = drain(c.items);
		for (let i = 0; i < 5; i++) expect(c.push(i)).toBeUndefined();
		c.close();
		expect(await read).toEqual([0, 1, 2, 3, 4]);
	});

	it('makes the producer wait at the high-water mark until the consumer has taken half', async () => {
		const c = createChannel<number>(4);
		expect([c.push(1), c.push(2), c.push(3)]).toEqual([undefined, undefined, undefined]);
		const wait = c.push(4);
		expect(wait).toBeInstanceOf(Promise);
		let resumed = false;
		void wait?.then(() => (resumed = true));
		const it = c.items[Symbol.asyncIterator]();
		await it.next();
		await Promise.resolve();
		expect(resumed).toBe(false);
		await it.next();
		await it.next();
		await new Promise((r) => setImmediate(r));
		expect(resumed).toBe(true);
	});

	it('lets the producer go when the consumer stops early, and drops what follows', async () => {
		const c = createChannel<number>(2);
		c.push(1);
		const wait = c.push(2) as Promise<void>;
		for await (const n of c.items) if (n === 1) break;
		await wait;
		expect(c.push(3)).toBeUndefined();
	});

	it('ends the consumer with the error it is failed with', async () => {
		const c = createChannel<number>(10);
		c.push(1);
		const read = drain(c.items);
		c.fail(new Error('the file broke off'));
		await expect(read).rejects.toThrow('the file broke off');
	});

	it('lets a producer waiting on a consumer that failed go, on release', async () => {
		const c = createChannel<number>(1);
		const wait = c.push(1) as Promise<void>;
		c.release();
		await wait;
		expect(c.push(2)).toBeUndefined();
	});
});
