import { concatBytes } from '../../../lib/bytes/concatBytes';

describe('concatBytes', () => {
	it('joins arrays in order, hands back a lone array as it is, and gives an empty array for none', () => {
		expect(concatBytes([new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])])).toEqual(
			new Uint8Array([1, 2, 3]),
		);
		const one = new Uint8Array([9]);
		expect(concatBytes([one])).toBe(one);
		expect(concatBytes([])).toEqual(new Uint8Array(0));
	});
});
