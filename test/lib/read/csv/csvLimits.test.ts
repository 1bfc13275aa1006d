import { MIB } from '../../../../lib/bytes/sizes';
import {
	DEFAULT_MAX_RECORD_CHARS,
	recordTooLarge,
	unclosedQuote,
} from '../../../../lib/read/csv/csvLimits';

describe('csvLimits', () => {
	it('allows 32 Mi characters per record by default', () => {
		expect(DEFAULT_MAX_RECORD_CHARS).toBe(33554432);
	});

	describe('unclosedQuote', () => {
		it('returns CSV_UNCLOSED_QUOTE for a quote never closed, with its row and line', () => {
			const e = unclosedQuote(3, 4);
			expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
			expect(e.message).toBe(
				'Row 3 (line 4) opens a quoted field that is never closed. Check that row for a stray or missing " and save the file again.',
			);
			expect(e.details).toEqual({ row: 3, line: 4 });
		});

		it('says the limit in MB when the quote outgrew it', () => {
			expect(unclosedQuote(2, 2, 32 * MIB).message).toBe(
				'Row 2 (line 2) opens a quoted field that is not closed within 32 MB. Check that row for a stray or missing " and save the file again.',
			);
		});
	});

	describe('recordTooLarge', () => {
		it('returns CSV_RECORD_TOO_LARGE with the limit in MB, its row and line', () => {
			const e = recordTooLarge(5, 9, 8 * MIB);
			expect(e.code).toBe('CSV_RECORD_TOO_LARGE');
			expect(e.message).toBe(
				'Row 5 (line 9) runs past 8 MB without a line break. The file may not be a table, or its line breaks may be missing; check the file and the delimiter setting.',
			);
			expect(e.details).toEqual({ row: 5, line: 9 });
		});
	});
});
