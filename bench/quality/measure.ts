/** What every quality section uses: the cost of a normalizer and a percentage. */

/** Steady-state cost: a warm-up the JIT needs, then the median of three timed runs over `total` values. */
export function cost(
	values: readonly string[],
	fn: (v: string) => unknown,
	total = 200000,
): string {
	for (let i = 0; i < 20000; i++) fn(values[i % values.length]);
	const runs = [0, 1, 2].map(() => {
		const start = process.hrtime.bigint();
		for (let i = 0; i < total; i++) fn(values[i % values.length]);
		return Number(process.hrtime.bigint() - start) / 1e6;
	});
	const ms = runs.sort((a, b) => a - b)[1];
	return `${((ms * 100000) / total).toFixed(0)} ms per 100k (${Math.round(total / (ms / 1000)).toLocaleString('en-US')}/s)`;
}
export const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
