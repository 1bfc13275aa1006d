import { IntakeError } from '../../../../lib/errors';
import { readBiffSheet } from '../../../../lib/read/xls/readBiffSheet';
import { readBiffWorkbook } from '../../../../lib/read/xls/readBiffWorkbook';
import {
	blank,
	boolerr,
	datemode,
	format,
	formula,
	label,
	labelSst,
	mulblank,
	mulrk,
	number,
	rec,
	rk,
	rkFloat,
	rkInt,
	rstring,
	sst,
	stringRec,
	workbookStream,
	xf,
	type Rec,
} from './biffFixtures';

/** The first sheet's cells as rows of text, with the columns of error cells. */
function read(records: Rec[], globals: Rec[] = []): { rows: string[][]; errors: string[] } {
	const stream = workbookStream(
		[
			format(164, 'yyyy-mm-dd'),
			format(165, '00000'),
			xf(0),
			xf(164),
			xf(14),
			xf(165),
			xf(2),
			...globals,
		],
		[{ name: 'S', records }],
	);
	const book = readBiffWorkbook(stream);
	const grid = readBiffSheet(stream, book, book.sheets[0].offset);
	const rows: string[][] = [];
	const errors: string[] = [];
	grid.rows.forEach((r, i) => {
		if (!r) return;
		const cells: string[] = [];
		r.cols.forEach((c, k) => (cells[c] = r.texts[k]));
		rows[i] = Array.from(cells, (t) => t ?? '');
		for (const c of r.errors ?? []) errors.push(`${i}:${c}`);
	});
	return { rows, errors };
}

describe('readBiffSheet', () => {
	describe('numbers', () => {
		it('returns NUMBER, RK and MULRK values as the sheet shows them, dates as ISO 8601', () => {
			const { rows } = read([
				number(0, 0, 5551234567),
				number(0, 1, 45306, 1),
				number(0, 2, 45306.5, 2),
				number(0, 3, 1234.5, 4),
				number(0, 4, 501, 3),
				rk(1, 0, rkInt(-42)),
				rk(1, 1, rkInt(12345, true)),
				rk(1, 2, rkFloat(0.5)),
				rk(1, 3, rkFloat(1.5, true)),
				mulrk(2, 1, [rkInt(1), rkInt(2), rkFloat(45306)], 1),
			]);
			expect(rows).toEqual([
				['5551234567', '2024-01-15', '2024-01-15T12:00:00', '1234.50', '00501'],
				['-42', '123.45', '0.5', '0.015'],
				['', '1900-01-01', '1900-01-02', '2024-01-15'],
			]);
		});

		it('returns dates in the 1904 system when DATEMODE says so', () => {
			expect(read([number(0, 0, 0, 1)], [datemode(true)]).rows).toEqual([['1904-01-01']]);
		});
	});

	describe('text, booleans and errors', () => {
		it('returns LABELSST, LABEL and RSTRING text, booleans, and marks error values', () => {
			const { rows, errors } = read(
				[
					labelSst(0, 0, 1),
					labelSst(0, 1, 0),
					labelSst(0, 2, 99),
					label(1, 0, 'café ✓'),
					rstring(1, 1, 'rich'),
					boolerr(2, 0, 1, false),
					boolerr(2, 1, 0, false),
					boolerr(2, 2, 0x17, true),
					blank(3, 0),
					mulblank(3, 1, 4),
				],
				sst(['zero', 'one']),
			);
			expect(rows).toEqual([
				['one', 'zero'],
				['café ✓', 'rich'],
				['TRUE', 'FALSE', '#REF!'],
			]);
			expect(errors).toEqual(['2:2']);
		});

		it('returns formula results: a number in its format, text from the STRING record after it, a boolean, an error, and nothing for empty text', () => {
			const { rows, errors } = read([
				formula(0, 0, 45306, 1),
				formula(0, 1, [0, 0]),
				rec(0x04bc, [0, 0, 0, 0, 0, 0, 0, 0]), // SHRFMLA between the formula and its STRING
				stringRec('computed ✓'),
				formula(0, 2, [1, 1]),
				formula(0, 3, [2, 0x24]),
				formula(0, 4, [3, 0]),
				formula(0, 5, [0, 0]),
				number(0, 6, 7), // a STRING must follow at once: this one is lost, not put in the wrong cell
				stringRec('stray'),
			]);
			expect(rows).toEqual([['2024-01-15', 'computed ✓', 'TRUE', '#NUM!', '', '', '7']]);
			expect(errors).toEqual(['0:3']);
		});
	});

	describe('limits', () => {
		it('throws FILE_CORRUPT for a cell beyond 16,384 columns', () => {
			try {
				read([label(0, 20000, 'far')]);
				throw new Error('no error');
			} catch (e) {
				expect(e).toBeInstanceOf(IntakeError);
				expect((e as IntakeError).code).toBe('FILE_CORRUPT');
				expect((e as IntakeError).message).toContain('column 20001');
			}
		});

		it('returns the cells read so far when the last record is cut short', () => {
			const stream = workbookStream(
				[],
				[{ name: 'S', records: [label(0, 0, 'kept'), label(1, 0, 'cut off')] }],
			);
			const book = readBiffWorkbook(stream);
			const grid = readBiffSheet(
				stream.subarray(0, stream.length - 12),
				book,
				book.sheets[0].offset,
			);
			expect(grid.rows.map((r) => r?.texts)).toEqual([['kept']]);
		});
	});

	describe('merged cells', () => {
		it('notes each range of MERGEDCELLS records on the grid, and reads on past one cut short', () => {
			const stream = workbookStream(
				[xf(0)],
				[
					{
						name: 'S',
						records: [
							rec(0x00e5, [2, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0]),
							rec(0x00e5, [5, 0, 9, 0, 9, 0, 0, 0]),
							label(0, 0, 'x'),
						],
					},
				],
			);
			const book = readBiffWorkbook(stream);
			const grid = readBiffSheet(stream, book, book.sheets[0].offset);
			expect(grid.merges).toEqual([
				{ top: 2, left: 0, bottom: 4, right: 0 },
				{ top: 1, left: 1, bottom: 1, right: 2 },
			]);
			expect(grid.rows[0]).toEqual({ cols: [0], texts: ['x'] });
		});
	});
});
