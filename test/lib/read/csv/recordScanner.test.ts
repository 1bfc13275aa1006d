import type { RawRow } from '../../../../lib/read/rawRow';
import { RecordScanner } from '../../../../lib/read/csv/recordScanner';

const scannerOf = (over: { delimiter?: string; newline?: '\n' | '\r'; firstLine?: number } = {}) =>
	new RecordScanner({ delimiter: ',', newline: '\n', ...over });

/** Scans `text` once; returns the characters used and the records. */
function scan(scanner: RecordScanner, text: string, final = false): [number, RawRow[]] {
	const out: RawRow[] = [];
	const used = scanner.scan(text, final, out);
	return [used, out];
}

describe('RecordScanner', () => {
	describe('record assembly', () => {
		it('returns whole records, and how many characters they used, leaving an open record', () => {
			const scanner = scannerOf();
			expect(scan(scanner, 'a,b\n1,2\n3,')).toEqual([
				8,
				[
					{ row: 1, cells: ['a', 'b'], line: 1 },
					{ row: 2, cells: ['1', '2'], line: 2 },
				],
			]);
			expect([scanner.row, scanner.line, scanner.inQuote]).toEqual([2, 3, false]);
		});

		it('numbers records on from one scan to the next, counting line breaks inside quotes', () => {
			const scanner = scannerOf({ firstLine: 2 });
			scan(scanner, '"a\nb",c\n');
			expect(scan(scanner, 'd\n')).toEqual([2, [{ row: 2, cells: ['d'], line: 4 }]]);
		});

		it('returns the last record without a line break when the text is final', () => {
			expect(scan(scannerOf(), 'a\nb,c', true)).toEqual([
				5,
				[
					{ row: 1, cells: ['a'], line: 1 },
					{ row: 2, cells: ['b', 'c'], line: 2 },
				],
			]);
		});

		it('drops the CR of a CRLF, and reads lone-CR files when told', () => {
			expect(scan(scannerOf(), 'a,b\r\n', true)[1][0].cells).toEqual(['a', 'b']);
			expect(scan(scannerOf({ newline: '\r' }), 'a;b\rc;d\r', true)[1].map((r) => r.cells)).toEqual(
				[['a;b'], ['c;d']],
			);
		});
	});

	describe('the quote state machine', () => {
		it('returns a quoted field’s value with doubled quotes made single', () => {
			expect(scan(scannerOf(), '"say ""hi""",x\n')[1][0].cells).toEqual(['say "hi"', 'x']);
		});

		it('stops inside an open quoted field and says so with inQuote', () => {
			const scanner = scannerOf();
			expect(scan(scanner, 'a\n"b\nc')).toEqual([2, [{ row: 1, cells: ['a'], line: 1 }]]);
			expect(scanner.inQuote).toBe(true);
		});

		it('stops at a quote ending the text: it may be the first of a doubled pair', () => {
			const scanner = scannerOf();
			expect(scan(scanner, '"a"')).toEqual([0, []]);
			expect(scanner.inQuote).toBe(true);
			expect(scan(scanner, '"a""b"\n')[1][0].cells).toEqual(['a"b']);
		});

		it('stops after a closing quote when what follows is not yet known (end of text, or a CR)', () => {
			const scanner = scannerOf();
			expect(scan(scanner, '"a"\r')).toEqual([0, []]);
			expect(scanner.inQuote).toBe(false);
		});

		it('keeps text after a closing quote, up to the next delimiter', () => {
			expect(scan(scannerOf(), '"a"b"c,d\n')[1][0].cells).toEqual(['ab"c', 'd']);
		});

		it('throws CSV_UNCLOSED_QUOTE with the record’s row and line when final text leaves a quote open', () => {
			const scanner = scannerOf();
			expect(() => scan(scanner, 'a\n"b\nc', true)).toThrow(
				expect.objectContaining({ code: 'CSV_UNCLOSED_QUOTE', details: { row: 2, line: 2 } }),
			);
		});
	});
});
