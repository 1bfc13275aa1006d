import { sniffDelimiter } from '../../../lib/read/sniffDelimiter';

describe('sniffDelimiter', () => {
	describe('common delimiters', () => {
		it.each([
			[',', 'a,b,c\n1,2,3\n4,5,6\n'],
			[';', 'name;city\n"Doe, Jane";Köln\n'],
			['\t', 'a\tb\n1,5\t2\n'],
			['|', 'id|name|city\n1|Ann|Rome\n2|Bo|Oslo\n'],
		])('returns %j', (expected, sample) => {
			expect(sniffDelimiter(sample)).toBe(expected);
		});

		it('returns "," when no candidate splits the text (one column)', () => {
			expect(sniffDelimiter('name\nAnn\nBo\n')).toBe(',');
		});

		it('prefers the delimiter that splits more rows alike, then more fields, then , ; tab |', () => {
			expect(sniffDelimiter('a;b,c\n1;2,3\n4;5\n')).toBe(';');
			expect(sniffDelimiter('a,b;c;d\n1,2;3;4\n')).toBe(';');
			expect(sniffDelimiter('a,b;c\n1,2;3\n')).toBe(',');
		});
	});

	describe('quotes and line breaks', () => {
		it('ignores delimiters inside quoted fields, across lines too', () => {
			expect(sniffDelimiter('a;b\n"x,y,\nz,w";1\n"p,q";2\n')).toBe(';');
		});

		it('reads lone-CR text when told the line break', () => {
			expect(sniffDelimiter('a|b\r1|2\r', '\r')).toBe('|');
		});
	});

	describe('the last line', () => {
		it('counts a single line without a line break (a header-only file)', () => {
			expect(sniffDelimiter('"Field1,1,1";Field2;"Field3";Field4')).toBe(';');
		});

		it('counts a last line without a break when the sample is the whole text', () => {
			expect(sniffDelimiter('a;b\n1;2\n3,4,5,6;x', '\n', true)).toBe(';');
		});

		it('leaves out a quoted field still open at the end of the sample', () => {
			expect(sniffDelimiter('a|b\n1|2\n3|"open,', '\n', true)).toBe('|');
		});
	});
});

describe('sniffDelimiter on real exports', () => {
	it('returns ";" for a European export whose numbers have decimal commas', () => {
		expect(sniffDelimiter('Artikel;Preis;Menge\nÄpfel;1,50;3\nBirnen;2,25;10\n')).toBe(';');
	});

	it('returns a tab for a TSV whose values hold commas and semicolons', () => {
		expect(
			sniffDelimiter('Name\tAddress\nDoe, Jane\t1 Main St; Apt 2\nRoe, Rick\t5 Oak Ave\n'),
		).toBe('\t');
	});

	it('returns "|" when the pipes are the only delimiter outside quotes', () => {
		expect(sniffDelimiter('id|note\n1|"a, b; c"\n2|"d, e; f"\n')).toBe('|');
	});

	it('reads CRLF text when told the line break is CRLF', () => {
		expect(sniffDelimiter('a;b\r\n1;2\r\n3;4\r\n', '\r\n')).toBe(';');
	});

	it('judges on the first 50 rows only', () => {
		const sample = 'a;b\n' + '1;2\n'.repeat(49) + '1,2,3\n'.repeat(200);
		expect(sniffDelimiter(sample)).toBe(';');
	});
});
