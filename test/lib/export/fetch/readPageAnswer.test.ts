import { readPageAnswer } from '../../../../lib/export/fetch/readPageAnswer';

describe('readPageAnswer', () => {
	describe('answers of the export API', () => {
		it('returns the records and total of an object or of its JSON text', () => {
			expect(readPageAnswer({ format: 'json', records: [{ id: 1 }], total: 1 })).toEqual({
				records: [{ id: 1 }],
				total: 1,
			});
			expect(readPageAnswer('{"format":"json","records":[{"id":1}],"total":1}')).toEqual({
				records: [{ id: 1 }],
				total: 1,
			});
		});

		it('returns no total when it is not a whole number of at least 0', () => {
			expect(readPageAnswer({ records: [], total: -1 })).toEqual({ records: [] });
			expect(readPageAnswer({ records: [], total: '3' })).toEqual({ records: [] });
		});

		it('returns a bare list as the records', () => {
			expect(readPageAnswer([{ id: 1 }, 2])).toEqual({ records: [{ id: 1 }, 2] });
		});
	});

	describe('other answers', () => {
		it('returns what came instead of the export API answer', () => {
			expect(readPageAnswer({ data: [], meta: {} })).toEqual({
				bad: 'expected { format, records, total }, got an object with data, meta',
			});
			expect(readPageAnswer('<html>')).toEqual({
				bad: 'expected { format, records, total }, got string',
			});
			expect(readPageAnswer(null)).toEqual({
				bad: 'expected { format, records, total }, got null',
			});
			expect(readPageAnswer({})).toEqual({
				bad: 'expected { format, records, total }, got an object with no keys',
			});
		});
	});
});
