import { makePlan } from '../../../../lib/validate/transform/plan';
import { RowWork } from '../../../../lib/validate/transform/RowWork';
import { readCells } from '../../../../lib/validate/transform/rowTexts';
import { placeTypedValues } from '../../../../lib/validate/transform/typedColumns';
import type { MappingLike } from '../../../../lib/validate/types';

const GOOGLE: MappingLike = {
	columns: [
		{ header: 'Phone 1 - Type', field: null },
		{ header: 'Phone 1 - Value', field: 'phone', typedBy: 'Phone 1 - Type' },
		{ header: 'Phone 2 - Type', field: null },
		{ header: 'Phone 2 - Value', field: 'phone', typedBy: 'Phone 2 - Type' },
		{ header: 'E-mail 1 - Type', field: null },
		{ header: 'E-mail 1 - Value', field: 'email', typedBy: 'E-mail 1 - Type' },
		{ header: 'E-mail 2 - Type', field: null },
		{ header: 'E-mail 2 - Value', field: 'email2', typedBy: 'E-mail 2 - Type' },
		{ header: 'Address 1 - Type', field: null },
		{ header: 'Address 1 - Street', field: 'street', typedBy: 'Address 1 - Type' },
		{ header: 'Address 1 - PO Box', field: 'street', typedBy: 'Address 1 - Type' },
		{ header: 'Address 1 - City', field: 'city', typedBy: 'Address 1 - Type' },
		{ header: 'Address 1 - Formatted', field: 'fullAddress', typedBy: 'Address 1 - Type' },
		{ header: 'Address 2 - Type', field: null },
		{ header: 'Address 2 - Street', field: 'street', typedBy: 'Address 2 - Type' },
		{ header: 'Address 2 - City', field: 'city', typedBy: 'Address 2 - Type' },
	],
};

/** The field texts and issues a row's typed values make. */
function place(source: Record<string, unknown>, extra: MappingLike['columns'] = []) {
	const plan = makePlan({ columns: [...GOOGLE.columns, ...extra] }, 'contacts', undefined);
	const work = new RowWork(5, plan);
	readCells(work, plan, source);
	return {
		texts: Object.fromEntries([...work.text].filter(([, t]) => t !== '')),
		issues: work.issues.map((i) => [i.field, i.code, i.severity, i.column, i.value]),
		messages: work.issues.map((i) => i.message),
	};
}

describe('placeTypedValues', () => {
	describe('phones', () => {
		it('sends each number where its type says: Mobile, Home, Work, Fax; Main and unknown types to Phone', () => {
			expect(
				place({
					'Phone 1 - Type': 'Mobile',
					'Phone 1 - Value': '312 555 0100',
					'Phone 2 - Type': 'Work Fax',
					'Phone 2 - Value': '312 555 0101',
				}).texts,
			).toEqual({ mobilePhone: '312 555 0100', fax: '312 555 0101' });
			expect(
				place({
					'Phone 1 - Type': 'Main',
					'Phone 1 - Value': '312 555 0100',
					'Phone 2 - Type': 'Google Voice',
					'Phone 2 - Value': '312 555 0101',
				}),
			).toEqual({
				texts: { phone: '312 555 0100' },
				issues: [['phone', 'VALUE_EXTRA', 'warning', 'Phone 2 - Value', '312 555 0101']],
				messages: [
					'Column "Phone 2 - Value": the Google Voice number "312 555 0101" has no free field (Phone is taken in this row). It is kept only in this message: add a field for it, or move it by hand.',
				],
			});
		});

		it('splits several numbers in one cell (" ::: "), a second of a taken type going to Phone', () => {
			expect(
				place({
					'Phone 1 - Type': '* Home',
					'Phone 1 - Value': '+1 555 0100 ::: +1 555 0101',
				}).texts,
			).toEqual({ homePhone: '+1 555 0100', phone: '+1 555 0101' });
		});

		it('gives Phone to a Main number before the overflow of a named type', () => {
			expect(
				place({
					'Phone 1 - Type': 'Mobile',
					'Phone 1 - Value': '1 ::: 2',
					'Phone 2 - Type': 'Main',
					'Phone 2 - Value': '3',
				}),
			).toMatchObject({
				texts: { mobilePhone: '1', phone: '3' },
				issues: [['mobilePhone', 'VALUE_EXTRA', 'warning', 'Phone 1 - Value', '2']],
			});
		});

		it('never overwrites a field a plain column filled', () => {
			expect(
				place({ Mobile: '999', 'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '1' }, [
					{ header: 'Mobile', field: 'mobilePhone' },
				]).texts,
			).toEqual({ mobilePhone: '999', phone: '1' });
		});
	});

	describe('emails', () => {
		it('fills Email then Email 2, the one marked primary first, and reports a third', () => {
			expect(
				place({
					'E-mail 1 - Type': 'Home',
					'E-mail 1 - Value': 'a@home.example ::: c@home.example',
					'E-mail 2 - Type': '* Work',
					'E-mail 2 - Value': 'b@work.example',
				}).issues,
			).toEqual([['email', 'VALUE_EXTRA', 'warning', 'E-mail 1 - Value', 'c@home.example']]);
			expect(
				place({
					'E-mail 1 - Type': 'Home',
					'E-mail 1 - Value': 'a@home.example',
					'E-mail 2 - Type': '* Work',
					'E-mail 2 - Value': 'b@work.example',
				}).texts,
			).toEqual({ email: 'b@work.example', email2: 'a@home.example' });
		});
	});

	describe('addresses', () => {
		it('fills the address fields from the Home block, reporting the Work one with its text', () => {
			expect(
				place({
					'Address 1 - Type': 'Work',
					'Address 1 - Street': '1 Main St',
					'Address 1 - City': 'Springfield',
					'Address 2 - Type': 'Home',
					'Address 2 - Street': '9 Elm Ave',
					'Address 2 - City': 'Austin',
				}),
			).toEqual({
				texts: { street: '9 Elm Ave', city: 'Austin' },
				issues: [
					['street', 'VALUE_EXTRA', 'warning', 'Address 1 - Street', '1 Main St, Springfield'],
				],
				messages: [
					'Columns typed by "Address 1 - Type": the Work address, "1 Main St, Springfield", has no field of its own (the Home address filled the address fields). It is kept only in this message: add it by hand if you need it.',
				],
			});
		});

		it('prefers the primary block, joins a PO Box to the street, and uses the formatted text only alone', () => {
			expect(
				place({
					'Address 1 - Type': 'Home',
					'Address 1 - Formatted': '5 Oak St, Boston, MA 02110',
					'Address 2 - Type': '* Work',
					'Address 2 - Street': '1 Main St',
				}).texts,
			).toEqual({ street: '1 Main St' });
			expect(
				place({
					'Address 1 - Street': '5 Oak St',
					'Address 1 - PO Box': 'PO Box 12',
					'Address 1 - Formatted': '5 Oak St, PO Box 12, Boston',
				}).texts,
			).toEqual({ street: '5 Oak St, PO Box 12' });
			expect(place({ 'Address 1 - Formatted': '5 Oak St, Boston, MA 02110' }).texts).toEqual({
				fullAddress: '5 Oak St, Boston, MA 02110',
			});
		});

		it('reports the main block too when plain columns already filled its fields', () => {
			expect(
				place({ City: 'Denver', 'Address 1 - Street': '5 Oak St', 'Address 1 - City': 'Austin' }, [
					{ header: 'City', field: 'city' },
				]).issues,
			).toEqual([['street', 'VALUE_EXTRA', 'warning', 'Address 1 - Street', '5 Oak St, Austin']]);
		});
	});

	it('does nothing without typed columns', () => {
		const plan = makePlan({ columns: [{ header: 'Tel', field: 'phone' }] }, 'clients', undefined);
		const work = new RowWork(2, plan);
		placeTypedValues(work, plan, { Tel: '1' });
		expect([work.text.size, work.issues]).toEqual([0, []]);
	});
});
