import { iterateOnce } from '../../../lib/read/iterateOnce';

describe('iterateOnce', () => {
	it('yields the rows once, and refuses a second iteration with READ_ALREADY_ITERATED', async () => {
		const rows = iterateOnce(async function* () {
			yield 1;
			yield 2;
		});
		const out: number[] = [];
		for await (const r of rows()) out.push(r);
		expect(out).toEqual([1, 2]);
		await expect(rows().next()).rejects.toMatchObject({ code: 'READ_ALREADY_ITERATED' });
	});
});
