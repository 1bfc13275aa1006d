import { sniffColumn } from '../../../lib';

describe('sniffColumn', () => {
	it.each([
		[['ann@example.com', 'Bob <bob@example.org>', ''], 'email'],
		[['(312) 555-0100', '312.555.0101', '+1 312 555 0102', '3125550103'], 'phone'],
		[['2024-01-15', '03/04/1980', 'Jan 5, 1999'], 'date'],
		[['62704', '02134-1234', '10001'], 'zip'],
		[['IL', 'Massachusetts', 'ny'], 'state'],
		[['12 Oak St, Springfield, IL 62704', '9 Elm Ave, Boston MA 02134'], 'fullAddress'],
		[['12 Oak St', '9 Elm Ave Apt 2', 'PO Box 12'], 'street'],
		[['Ann Lee', 'Dr. Bob Stone Jr.', 'Cy Twombly'], 'fullName'],
		[['yes', 'no', 'Y'], 'boolean'],
		[['1,200', '3.5', '-7'], 'number'],
		[['https://example.com', 'www.example.org'], 'url'],
	])('reads %j as %s', (values, kind) => {
		expect(sniffColumn(values).kind).toBe(kind);
	});

	it("says text when no kind reaches 80%, with every kind's share", () => {
		const sniff = sniffColumn(['ann@example.com', 'hello', 'world', 'bob@example.com', 'abc']);
		expect(sniff).toEqual({ kind: 'text', share: 1, count: 5, shares: { email: 0.4 } });
	});

	it('says empty for blank columns and never throws on odd values', () => {
		expect(sniffColumn(['', '  ', null, undefined]).kind).toBe('empty');
		expect(sniffColumn(['x'.repeat(1_000_000), { a: 1 }, Symbol.iterator as never]).kind).toBe(
			'text',
		);
		expect(sniffColumn('nope' as never).kind).toBe('empty');
	});

	it('does not take company names or places for people', () => {
		expect(sniffColumn(['Acme LLC', 'Smith & Jones Law Firm', 'Example Inc.']).kind).toBe('text');
		expect(sniffColumn(['New York', 'Texas', 'Canada']).kind).not.toBe('fullName');
	});
});
