import { isPlainRecord } from '../../lib/isPlainRecord';

describe('isPlainRecord', () => {
	it('is true only for objects that are not null and not lists', () => {
		expect(
			[{}, { id: 1 }, Object.create(null), [], [1], null, undefined, 'a', 1, true].map(
				isPlainRecord,
			),
		).toEqual([true, true, true, false, false, false, false, false, false, false]);
	});
});
