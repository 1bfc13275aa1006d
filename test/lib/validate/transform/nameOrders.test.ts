import { decideNameOrders, nameSplitOptions } from '../../../../lib/validate/transform/nameOrders';
import { transformRecords } from '../../../../lib/validate/transformRecords';
import { workOn } from './helpers';

const map = (columns: Record<string, string>) => ({
	columns: Object.entries(columns).map(([header, field]) => ({ header, field })),
});

describe('decideNameOrders', () => {
	it('settles a full-name column from its values with nameOrder auto', () => {
		const { plan } = workOn('clients', { fullName: 'Name' });
		decideNameOrders(plan, [{ Name: 'Kowalski Anna' }, { Name: 'Nowak Jan' }]);
		expect(Object.fromEntries(plan.nameOrders)).toEqual({ fullName: 'surnameFirst' });
		expect(nameSplitOptions(plan, 'fullName')).toEqual({
			order: 'surnameFirst',
			compoundGivenNames: new Set(),
		});
	});
	it('keeps the order the option gives, whatever the values', () => {
		const { plan } = workOn('clients', { fullName: 'Name' }, {}, { nameOrder: 'givenFirst' });
		decideNameOrders(plan, [{ Name: 'Kowalski Anna' }]);
		expect(Object.fromEntries(plan.nameOrders)).toEqual({ fullName: 'givenFirst' });
	});
	it('reports undecided, and reads given name first, for a column nothing settles', () => {
		const { plan } = workOn('clients', { fullName: 'Name' });
		decideNameOrders(plan, [{ Name: 'Lee Kim' }, {}]);
		expect(Object.fromEntries(plan.nameOrders)).toEqual({ fullName: 'undecided' });
		expect(nameSplitOptions(plan, 'fullName').order).toBe('givenFirst');
	});
	it("collects the column's hyphenated given names", () => {
		const { plan } = workOn('clients', { fullName: 'Name' });
		decideNameOrders(plan, [{ Name: 'Anna-Lena Schmidt' }, { Name: 'Anna Lena Weber' }]);
		expect(nameSplitOptions(plan, 'fullName').compoundGivenNames).toEqual(new Set(['anna lena']));
	});
	it('gives defaults for a field it did not decide', () => {
		const { plan } = workOn('clients', {});
		expect(nameSplitOptions(plan, 'fullName')).toEqual({});
	});
});

describe('transformRecords with full names', () => {
	const rows = [{ Name: 'Kowalski Anna' }, { Name: 'Nowak Jan Piotr' }, { Name: 'Lee Kim' }];

	it('splits a surname-first column surname first, and says so', () => {
		const result = transformRecords(rows, map({ Name: 'fullName' }), 'clients');
		expect(result.nameOrders).toEqual({ fullName: 'surnameFirst' });
		expect(
			result.rows.map((r) => [r.record?.firstName, r.record?.middleName, r.record?.lastName]),
		).toEqual([
			['Anna', undefined, 'Kowalski'],
			['Jan', 'Piotr', 'Nowak'],
			['Kim', undefined, 'Lee'],
		]);
		expect(result.totals.warnings).toBe(0);
	});
	it('reads an undecided column in the written order, with a warning on each row where order matters', () => {
		const result = transformRecords(
			[{ Name: 'Lee Kim' }, { Name: 'Kim' }],
			map({ Name: 'fullName' }),
			'contacts',
		);
		expect(result.nameOrders).toEqual({ fullName: 'undecided' });
		expect(result.rows[0].record).toMatchObject({ firstName: 'Lee', lastName: 'Kim' });
		expect(result.rows.map((r) => r.issues.map((i) => `${i.code}:${i.severity}`))).toEqual([
			['NAME_ORDER_UNDECIDED:warning'],
			expect.not.arrayContaining(['NAME_ORDER_UNDECIDED:warning']),
		]);
		expect(result.rows[0].issues[0]).toMatchObject({
			row: 2,
			field: 'fullName',
			column: 'Name',
			value: 'Lee Kim',
			message:
				'Column "Name": could not tell whether "Lee Kim" is written first name first or last name first, as no name in the column settles it; read as first name "Lee", last name "Kim". Check it, or set Name Order.',
		});
	});
	it('splits surname first when the option says so', () => {
		const result = transformRecords([{ Name: 'Lee Kim' }], map({ Name: 'fullName' }), 'clients', {
			nameOrder: 'surnameFirst',
		});
		expect(result.nameOrders).toEqual({ fullName: 'surnameFirst' });
		expect(result.rows[0].record).toMatchObject({ firstName: 'Kim', lastName: 'Lee' });
		expect(result.rows[0].issues).toEqual([]);
	});
});
