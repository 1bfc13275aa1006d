import { decideNameOrders } from '../../../../lib/validate/transform/nameOrders';
import { splitFullName } from '../../../../lib/validate/transform/splitFullName';
import { codesOf, workOn } from './helpers';

function split(full: string, column: Record<string, unknown>[] = [{ Name: full }]) {
	const { plan, work } = workOn('clients', { fullName: 'Name' });
	decideNameOrders(plan, column);
	const compound = plan.compounds.find((c) => c.kind === 'name');
	if (!compound) throw new Error('clients has a full name');
	splitFullName(work, plan, compound, full);
	return { text: Object.fromEntries(work.text), codes: codesOf(work), issues: work.issues };
}

describe('splitFullName', () => {
	it('fills the name parts in the order the column settled', () => {
		expect(split('Kowalski Anna Maria').text).toEqual({
			firstName: 'Anna Maria',
			lastName: 'Kowalski',
		});
		expect(split('Anna Maria Kowalski').text).toEqual({
			firstName: 'Anna Maria',
			lastName: 'Kowalski',
		});
	});
	it('fills the nickname', () => {
		expect(split('Robert "Bob" Smith').text).toEqual({
			firstName: 'Robert',
			lastName: 'Smith',
			nickname: 'Bob',
		});
	});
	it("reports text that is not a person's name as NAME_NOT_SPLIT, an error", () => {
		expect(split('Acme LLC').codes).toEqual(['fullName:NAME_NOT_SPLIT:error']);
		expect(split('Dr.').codes).toEqual(['fullName:NAME_NOT_SPLIT:error']);
	});
	it('warns NAME_PARTLY_SPLIT about words left out beside a name', () => {
		const { text, issues } = split('John Smith & Jane Doe');
		expect(text).toEqual({ firstName: 'John', lastName: 'Smith' });
		expect(issues).toEqual([
			{
				row: 7,
				field: 'fullName',
				column: 'Name',
				code: 'NAME_PARTLY_SPLIT',
				severity: 'warning',
				value: 'John Smith & Jane Doe',
				message:
					'Column "Name": "& Jane Doe" in "John Smith & Jane Doe" is not part of one person\'s name and was left out. Check the name parts, or put the rest in Notes.',
			},
		]);
	});
	it('warns NAME_ORDER_UNDECIDED only where the order matters in an undecided column', () => {
		expect(split('Lee Kim').codes).toEqual(['fullName:NAME_ORDER_UNDECIDED:warning']);
		expect(split('Lee, Kim', [{ Name: 'Lee Kim' }]).codes).toEqual([]);
		expect(split('LEE Kim', [{ Name: 'Lee Kim' }]).codes).toEqual([]);
	});
});
