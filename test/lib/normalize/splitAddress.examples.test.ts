import { splitAddress } from '../../../lib/normalize/splitAddress';

/** The examples written in splitAddress's TSDoc and in the comments of AddressParts. */
describe('splitAddress, as documented', () => {
	it('splits "123 Main St Apt 4B, Springfield, Illinois 62704-1234"', () => {
		expect(splitAddress('123 Main St Apt 4B, Springfield, Illinois 62704-1234')).toEqual({
			street: '123 Main St',
			unit: 'Apt 4B',
			city: 'Springfield',
			state: 'IL',
			zip: '62704-1234',
		});
	});
	it('reads ",Denver,CO,80202" positionally', () => {
		expect(splitAddress(',Denver,CO,80202')).toEqual({
			city: 'Denver',
			state: 'CO',
			zip: '80202',
		});
	});
	it('splits "Unter den Linden 77 / 10117 Berlin / DE" in the German layout', () => {
		expect(splitAddress('Unter den Linden 77 / 10117 Berlin / DE')).toEqual({
			street: 'Unter den Linden 77',
			city: 'Berlin',
			zip: '10117',
			country: 'DE',
		});
	});
	it('keeps "PO Box 42" as the street, and the leading zero of "02134"', () => {
		expect(splitAddress('PO Box 42, Boston, MA 02134')).toEqual({
			street: 'PO Box 42',
			city: 'Boston',
			state: 'MA',
			zip: '02134',
		});
	});
	it('puts "Apt 4B", "Suite 200", "#5", "Unit C" and "3rd Floor" in unit', () => {
		const unitOf = (unit: string) =>
			splitAddress(`12 Main St ${unit}, Springfield, IL 62704`)?.unit;
		expect(['Apt 4B', 'Suite 200', '#5', 'Unit C', '3rd Floor'].map(unitOf)).toEqual([
			'Apt 4B',
			'Suite 200',
			'#5',
			'Unit C',
			'3rd Floor',
		]);
	});
	it('keeps "Street" as written, not rewritten "St"', () => {
		expect(splitAddress('1 Main Street, Boston, MA 02110')?.street).toBe('1 Main Street');
	});
	it('keeps "Attn: Legal Dept" and "Acme Inc" apart as the recipient', () => {
		expect(splitAddress('Attn: Legal Dept, 12 Main St, Springfield, IL 62704')?.recipient).toBe(
			'Attn: Legal Dept',
		);
		expect(splitAddress('Acme Inc 12 Main St Springfield IL 62704')?.recipient).toBe('Acme Inc');
	});
});
