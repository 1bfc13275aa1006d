import { memoize } from '../../../../lib/validate/transform/memo';

/** A function that counts its calls. */
function counted(): { fn: (t: string) => { t: string }; calls: () => number } {
	let calls = 0;
	return {
		fn: (t) => {
			calls++;
			return { t };
		},
		calls: () => calls,
	};
}

describe('memoize', () => {
	it('works a repeated text out once and returns the same result', () => {
		const { fn, calls } = counted();
		const split = memoize(fn);
		const first = split('Ann Lee');
		expect(split('Ann Lee')).toBe(first);
		expect(split('Bob Stone')).toEqual({ t: 'Bob Stone' });
		expect(calls()).toBe(2);
	});

	it('remembers a result that is undefined', () => {
		let calls = 0;
		const none = memoize(() => {
			calls++;
			return undefined;
		});
		expect([none(''), none('')]).toEqual([undefined, undefined]);
		expect(calls).toBe(1);
	});

	it('keeps the values a column repeats across generations', () => {
		const { fn, calls } = counted();
		const f = memoize(fn, 4);
		// every value repeats: remembering stays on
		for (let round = 0; round < 3; round++) for (const t of ['a', 'b', 'c']) f(t);
		expect(calls()).toBe(3);
		// a fourth and a fifth value start a new generation; the old one still answers
		f('d');
		f('e');
		for (const t of ['a', 'b', 'c', 'd', 'e']) f(t);
		expect(calls()).toBe(5);
	});

	it('pauses over one-off values, keeping what it had, then tries again', () => {
		const { fn, calls } = counted();
		const f = memoize(fn, 4);
		// four one-off values fill a generation with no repeat: the next 128 values (32 generations) are not remembered
		for (const t of ['a', 'b', 'c', 'd', 'e']) f(t);
		for (let i = 0; i < 128; i++) f('x');
		expect(calls()).toBe(5 + 128);
		f('x');
		f('x');
		f('a');
		expect(calls()).toBe(5 + 129);
	});
});
