import { IntakeError } from '../../../lib/errors';
import { nameHeaders, widenHeaders } from '../../../lib/read/nameHeaders';
import { MAX_COLUMNS } from '../../../lib/xlsx/excelLimits';

describe('nameHeaders', () => {
	describe('trailing empty cells', () => {
		it('drops a workbook row’s empty cells past its last header', () => {
			expect(nameHeaders({ row: 1, cells: ['Name', '', 'City', ' ', ''] }, false).headers).toEqual([
				'Name',
				'Column 2',
				'City',
			]);
		});

		it('keeps every field of a text file’s header row, naming the empty ones', () => {
			expect(nameHeaders({ row: 1, cells: ['Name', 'City', ''] }, true).headers).toEqual([
				'Name',
				'City',
				'Column 3',
			]);
		});
	});

	describe('renaming issues', () => {
		it('returns a HEADER_RENAMED issue on the header row for each blank and repeated header', () => {
			expect(nameHeaders({ row: 3, cells: ['Email', '', ' email '] }, true)).toEqual({
				headers: ['Email', 'Column 2', 'email (2)'],
				issues: [
					{
						row: 3,
						code: 'HEADER_RENAMED',
						column: 'Column 2',
						message: 'Column 2 has no header; it was named "Column 2".',
					},
					{
						row: 3,
						code: 'HEADER_RENAMED',
						column: 'email (2)',
						message: 'The header "email" appears more than once; column 3 was named "email (2)".',
					},
				],
			});
		});

		it('returns no issues for clean headers', () => {
			expect(nameHeaders({ row: 1, cells: ['a', 'b'] }, true).issues).toEqual([]);
		});
	});

	describe('limits', () => {
		it(`throws TOO_MANY_COLUMNS past ${MAX_COLUMNS} columns`, () => {
			const cells = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `h${i}`);
			expect(() => nameHeaders({ row: 2, cells }, true)).toThrow(
				expect.objectContaining({ code: 'TOO_MANY_COLUMNS' }),
			);
		});

		it(`accepts exactly ${MAX_COLUMNS} columns`, () => {
			const cells = Array.from({ length: MAX_COLUMNS }, (_, i) => `h${i}`);
			expect(nameHeaders({ row: 1, cells }, true).headers).toHaveLength(MAX_COLUMNS);
		});
	});
});

describe('widenHeaders', () => {
	it('returns no names, and leaves the headers alone, when the row fits or only empty cells overflow', () => {
		const headers = ['a', 'b'];
		expect(widenHeaders(['1'], headers)).toEqual([]);
		expect(widenHeaders(['1', '2', '', ''], headers)).toEqual([]);
		expect(headers).toEqual(['a', 'b']);
	});

	it('adds Column N for each value past the end, by 1-based position', () => {
		const headers = ['a', 'b'];
		expect(widenHeaders(['1', '2', '', 'x'], headers)).toEqual(['Column 3', 'Column 4']);
		expect(headers).toEqual(['a', 'b', 'Column 3', 'Column 4']);
	});

	it('adds a suffix when Column N is already a header, ignoring case', () => {
		const headers = ['Name', 'column 3'];
		expect(widenHeaders(['Ann', 'x', 'y'], headers)).toEqual(['Column 3 (2)']);
	});

	it(`throws TOO_MANY_COLUMNS for a row of more than ${MAX_COLUMNS} values`, () => {
		const cells = new Array<string>(MAX_COLUMNS + 1).fill('x');
		expect(() => widenHeaders(cells, ['a'])).toThrow(IntakeError);
	});
});
