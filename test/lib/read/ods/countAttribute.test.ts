import { countAttribute } from '../../../../lib/read/ods/countAttribute';

describe('countAttribute', () => {
	it.each([
		[undefined, 1],
		['3', 3],
		['0', 1],
		['-2', 1],
		['1.5', 1],
		['x', 1],
		['99999999', 16384],
	])('returns for %j the count %j', (value, expected) => {
		expect(countAttribute(value, 16384)).toBe(expected);
	});
});
