import { tokenize } from '../../../../lib/normalize/address/tokens';
import { unitAt } from '../../../../lib/normalize/address/units';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

/** The unit unitAt finds at the word `at` of `text`, as written, or '' for none. */
function unitIn(text: string, at: number, end?: number): string {
	const tokens = tokenize(text);
	const length = unitAt(tokens, at, end);
	return tokens
		.slice(at, at + length)
		.map((t) => t.text)
		.join(' ');
}

describe('unitAt', () => {
	describe('designators and identifiers', () => {
		it('keeps "Apt 4B" as the unit of "12 Main St Apt 4B"', () => {
			expect(unitIn('12 Main St Apt 4B', 3)).toBe('Apt 4B');
			expect(splitAddress('12 Main St Apt 4B')).toEqual({ street: '12 Main St', unit: 'Apt 4B' });
		});
		it('reads "Suite 200", "Unit C" and "Ste #5"', () => {
			expect(unitIn('Suite 200', 0)).toBe('Suite 200');
			expect(unitIn('Unit C', 0)).toBe('Unit C');
			expect(unitIn('Ste #5', 0)).toBe('Ste #5');
		});
		it('reads "# 6" and "#5"', () => {
			expect(unitIn('Ave # 6', 1)).toBe('# 6');
			expect(unitIn('Ave #5', 1)).toBe('#5');
			expect(unitIn('Ave #, 5', 1)).toBe('');
		});
		it('reads "STE # 2" and "ref no. 24385309": a designator, a number sign and an identifier', () => {
			expect(unitIn('STE # 2', 0)).toBe('STE # 2');
			expect(unitIn('ref no. 24385309', 0)).toBe('ref no. 24385309');
		});
		it('reads "mail code 55083" and "client code 28502"', () => {
			expect(unitIn('mail code 55083', 0)).toBe('mail code 55083');
			expect(unitIn('client code 28502', 0)).toBe('client code 28502');
			expect(unitIn('mail code room', 0)).toBe('');
		});
		it('reads "dept la 21702" (a short word and a number) and "dept 472 806009965" (a department and its account)', () => {
			expect(unitIn('dept la 21702', 0)).toBe('dept la 21702');
			expect(unitIn('dept 472 806009965', 0)).toBe('dept 472 806009965');
		});
		it('reads "st 1400" after a street type as a suite: "ave st 1400"', () => {
			expect(unitIn('ave st 1400', 1)).toBe('st 1400');
			expect(unitIn('Main st 1400', 1)).toBe('');
		});
		it('takes "Unit", "Apt" with no identifier at the end of the street line', () => {
			expect(unitIn('12 Main St Unit', 3)).toBe('Unit');
			expect(unitIn('12 Main St Apt', 3)).toBe('Apt');
			expect(unitIn('Unit', 0)).toBe('');
		});
	});

	describe('floors and words that stand alone', () => {
		it('reads "37th Flr", "40th Floor" and "Second Floor"', () => {
			expect(unitIn('37th Flr', 0)).toBe('37th Flr');
			expect(unitIn('40th Floor', 0)).toBe('40th Floor');
			expect(unitIn('Second Floor', 0)).toBe('Second Floor');
		});
		it('starts no unit at another word with a digit', () => {
			expect(unitIn('40 Floor', 0)).toBe('');
			expect(unitIn('4B', 0)).toBe('');
		});
		it('reads "Rear" and "Penthouse" alone only at the end of a line: "Front St" is a street', () => {
			expect(unitIn('12 Main St Rear', 3)).toBe('Rear');
			expect(unitIn('12 Main St Penthouse', 3)).toBe('Penthouse');
			expect(unitIn('12 Front St', 1)).toBe('');
			expect(splitAddress('12 Front St Springfield IL 62704')).toEqual({
				street: '12 Front St',
				city: 'Springfield',
				state: 'IL',
				zip: '62704',
			});
		});
	});

	describe('route numbers are no units', () => {
		it.each([
			['Highway No 202', 1],
			['Route # A', 1],
			['Old Number 6 Highway', 1],
			['State Highway #50', 2],
		])('"%s" has a route number, not a unit', (text, at) => {
			expect(unitIn(text, at)).toBe('');
		});
		it('"Dixie Hwy # 312" is a private road with a unit', () => {
			expect(unitIn('Dixie Hwy # 312', 2)).toBe('# 312');
			expect(splitAddress('100 Dixie Hwy # 312 Springfield IL 62704')).toMatchObject({
				street: '100 Dixie Hwy',
				unit: '# 312',
			});
			expect(splitAddress('100 State Highway #50 Springfield IL 62704')).toMatchObject({
				street: '100 State Highway #50',
			});
		});
	});

	it('is 0 past the end and at a word that starts no unit', () => {
		expect(unitIn('Apt 4B', 2)).toBe('');
		expect(unitIn('Main St', 0)).toBe('');
		expect(unitIn('Apt 4B', 0, 1)).toBe('');
	});
});
