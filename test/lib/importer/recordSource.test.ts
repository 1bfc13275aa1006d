import { readRecordsFrom } from '../../../lib/importer/recordSource';

describe('readRecordsFrom', () => {
	it('reads a list by position', () => {
		const reader = readRecordsFrom([{ row: 2, record: { a: 1 } }]);
		expect([reader.length, reader.at(0)?.row, reader.at(1)]).toEqual([1, 2, undefined]);
	});

	it('reads a source through its at(), called with its own this', () => {
		const source = {
			rows: ['x', 'y'],
			get length() {
				return this.rows.length;
			},
			at(i: number) {
				return { row: i + 10, record: { v: this.rows[i] } };
			},
		};
		const reader = readRecordsFrom(source);
		expect([reader.length, reader.at(1)]).toEqual([2, { row: 11, record: { v: 'y' } }]);
	});

	it('gives undefined for a row the source throws on', () => {
		const reader = readRecordsFrom({
			length: 1,
			at: () => {
				throw new Error('cannot parse line 2');
			},
		});
		expect(reader.at(0)).toBeUndefined();
	});

	it.each([
		null,
		'rows',
		{ at: () => undefined },
		{ length: -1, at: () => undefined },
		{ length: 2 },
	])('throws IMPORT_INVALID_OPTION for %p', (records) => {
		expect(() => readRecordsFrom(records)).toThrow(
			expect.objectContaining({ code: 'IMPORT_INVALID_OPTION', details: { option: 'records' } }),
		);
	});
});
