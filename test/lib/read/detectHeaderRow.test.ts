import { detectHeaderRow } from '../../../lib/read/detectHeaderRow';
import type { RawRow } from '../../../lib/read/rawRow';

/** Rows numbered from 1, from arrays of cells. */
const rows = (...lines: string[][]): RawRow[] => lines.map((cells, i) => ({ row: i + 1, cells }));
const detect = (...lines: string[][]) => detectHeaderRow(rows(...lines)).detection;

describe('detectHeaderRow', () => {
	describe('a header on row 1', () => {
		it('returns row 1 for a plain export', () => {
			expect(
				detect(
					['First Name', 'Last Name', 'Email', 'Phone 1 - Value'],
					['Ann', 'Lee', 'ann@example.com', '+1 555 123 4567'],
				),
			).toEqual({
				row: 1,
				chosen: 'auto',
				reason: 'row 1: the first row whose 4 cells are all labels, above rows of data',
				skipped: [],
			});
		});

		it('returns row 1 when every row is text (a names list): ties go to the top', () => {
			expect(detect(['Name', 'City'], ['Ann Lee', 'Oslo'], ['Bo Li', 'Rome']).row).toBe(1);
			expect(detect(['Name'], ['Ann Lee'], ['Bo Li']).row).toBe(1);
		});

		it('returns row 1 when a header names a year (a bare number)', () => {
			expect(detect(['Client', '2023', '2024'], ['Ann', '100', '200']).row).toBe(1);
		});

		it('returns row 1 when a header is a sign or holds a year', () => {
			expect(detect(['#', 'Name', 'Balance 2023'], ['1', 'Ann', '12.50']).row).toBe(1);
		});

		it('returns row 1 when one header of many looks like a value', () => {
			const d = detect(
				['Name', 'Email', 'Phone', 'City', 'Q1-2024'],
				['Ann', 'a@x.org', '555-1234', 'Oslo', '3'],
			);
			expect([d.row, d.reason]).toEqual([
				1,
				'row 1: no row is all labels; it is the first as wide as the table, and its 5 cells were used as names, above rows of data',
			]);
		});

		it('returns row 1 with a header repeated once (renamed later)', () => {
			expect(detect(['Name', 'Phone', 'Phone', 'Email'], ['A', '1', '2', 'a@x.org']).row).toBe(1);
		});
	});

	describe('rows above the header', () => {
		it('skips a title, a date line and notes over a wide header', () => {
			expect(
				detect(
					['Client list exported 2024-05-01 from OldCRM'],
					['Note: only active clients are listed in this export, others are archived'],
					['Full Name', 'Phone', 'Email', 'Zip', 'Client Since', 'Open Matters'],
					['Jane Doe', '5551234567', 'jane@example.com', '02134', '2019-04-02', '2'],
				),
			).toEqual({
				row: 3,
				chosen: 'auto',
				reason:
					'row 3: the first row whose 6 cells are all labels, above rows of data; rows 1–2 look like a title and a note',
				skipped: [1, 2],
			});
		});

		it('skips a short title over a narrow header (the header is wider)', () => {
			expect(detect(['Clients'], ['Name', 'Email'], ['Ann', 'a@x.org']).row).toBe(2);
		});

		it('skips Key: value lines of a report over a narrow header', () => {
			const d = detect(
				['Report:', 'Clients'],
				['Run on:', '2024-05-01'],
				['User:', 'admin'],
				['Name', 'Email', 'Phone'],
				['Ann', 'a@x.org', '555-1234'],
			);
			expect(d).toEqual({
				row: 4,
				chosen: 'auto',
				reason:
					'row 4: the first row whose 3 cells are all labels, above rows of data; rows 1–3 look like report details',
				skipped: [1, 2, 3],
			});
		});

		it('keeps a header with a blank cell over rows of text one cell wider', () => {
			expect(detect(['First', 'Last', '', 'Notes'], ['Ann', 'Lee', 'X', 'Call back']).row).toBe(1);
		});

		it('skips a group line with few cells over the header', () => {
			const d = detect(
				['Contact', '', '', 'Address', '', ''],
				['Name', 'Email', 'Phone', 'Street', 'City', 'Zip'],
				['Ann', 'a@x.org', '555-1234', '1 Main St', 'Oslo', '0150'],
			);
			expect([d.row, d.skipped]).toEqual([2, [1]]);
		});

		it('skips a title and a date line with a blank row between, naming the rows by number', () => {
			const d = detectHeaderRow([
				{ row: 1, cells: ['Report'] },
				{ row: 2, cells: [''] },
				{ row: 3, cells: ['Exported 01/05/2024'] },
				{ row: 4, cells: ['Name', 'Email'] },
				{ row: 5, cells: ['Ann', 'a@x.org'] },
			]);
			expect(d.index).toBe(3);
			expect(d.detection.skipped).toEqual([1, 3]);
			expect(d.detection.reason).toBe(
				'row 4: the first row whose 2 cells are all labels, above rows of data; rows 1, 3 look like a title and a date line',
			);
		});
	});

	describe('no header', () => {
		it('returns row 0 when the first row holds values like the rows under it', () => {
			const d = detectHeaderRow(
				rows(['Ann', 'ann@example.com', '42'], ['Bo', 'bo@example.com', '7']),
			);
			expect(d.index).toBe(-1);
			expect(d.detection).toEqual({
				row: 0,
				chosen: 'auto',
				reason:
					'no header row: row 1, the first with content, holds values such as "ann@example.com" rather than column names, and no row below looks like labels; the columns were named Column 1, Column 2, … and every row was read as data',
				skipped: [],
			});
		});

		it('returns row 0 for a single row of numbers', () => {
			expect(detect(['1', '2.5', '2024-01-01']).row).toBe(0);
		});

		it('returns the first full-width row when no row is all labels and the first holds no clear value', () => {
			expect(detect(['Name', '2023', ''], ['Ann', '12', '3'])).toEqual({
				row: 1,
				chosen: 'auto',
				reason:
					'row 1: no row is all labels; it is the first as wide as the table, and its 2 cells were used as names, above rows of data',
				skipped: [],
			});
		});
	});

	describe('a single row', () => {
		it('returns row 1 when it is labels (the reader then says there are no data rows)', () => {
			expect(detect(['Name', 'Email'])).toEqual({
				row: 1,
				chosen: 'auto',
				reason: 'row 1: the first row whose 2 cells are all labels',
				skipped: [],
			});
		});
	});
});
