import { getSchema } from '../../../lib';
import { findTypedColumns } from '../../../lib/map/findTypedColumns';

const typed = (headers: string[], schema = 'contacts') =>
	findTypedColumns(headers, getSchema(schema as 'contacts')).map(
		(t) => `${headers[t.column]} <- ${headers[t.typeColumn]}: ${t.kind} ${t.field}`,
	);

describe('findTypedColumns', () => {
	describe('Google Contacts layouts', () => {
		it('pairs each numbered value column with its type column, "Type" or "Label"', () => {
			expect(
				typed([
					'Phone 1 - Type',
					'Phone 1 - Value',
					'Phone 2 - Label',
					'Phone 2 - Value',
					'E-mail 1 - Type',
					'E-mail 1 - Value',
					'E-mail 2 - Type',
					'E-mail 2 - Value',
				]),
			).toEqual([
				'Phone 1 - Value <- Phone 1 - Type: phone phone',
				'Phone 2 - Value <- Phone 2 - Label: phone phone',
				'E-mail 1 - Value <- E-mail 1 - Type: email email',
				'E-mail 2 - Value <- E-mail 2 - Type: email email2',
			]);
		});

		it('reads an address block part by part, PO Box and Extended Address included', () => {
			expect(
				typed([
					'Address 1 - Type',
					'Address 1 - Formatted',
					'Address 1 - Street',
					'Address 1 - City',
					'Address 1 - PO Box',
					'Address 1 - Region',
					'Address 1 - Postal Code',
					'Address 1 - Country',
					'Address 1 - Extended Address',
					'Address 2 - Type',
					'Address 2 - Street',
				]),
			).toEqual([
				'Address 1 - Formatted <- Address 1 - Type: address fullAddress',
				'Address 1 - Street <- Address 1 - Type: address street',
				'Address 1 - City <- Address 1 - Type: address city',
				'Address 1 - PO Box <- Address 1 - Type: address street',
				'Address 1 - Region <- Address 1 - Type: address state',
				'Address 1 - Postal Code <- Address 1 - Type: address zip',
				'Address 1 - Country <- Address 1 - Type: address country',
				'Address 1 - Extended Address <- Address 1 - Type: address unit',
				'Address 2 - Street <- Address 2 - Type: address street',
			]);
		});
	});

	describe('what is not typed', () => {
		it('keeps number 1 apart from number 10, and kinds apart', () => {
			expect(typed(['Phone 1 - Type', 'Phone 10 - Value', 'E-mail 1 - Value'])).toEqual([]);
		});

		it("leaves Outlook's E-mail Type (SMTP) beside E-mail Address, and an organisation block, alone", () => {
			expect(
				typed([
					'E-mail Address',
					'E-mail Type',
					'E-mail Display Name',
					'Organization 1 - Type',
					'Organization 1 - Name',
				]),
			).toEqual([]);
		});

		it('finds nothing for a kind the schema has no field of', () => {
			expect(typed(['Address 1 - Type', 'Address 1 - Street'], 'cases')).toEqual([]);
			expect(typed(['Phone Type', 'Phone Number'], 'cases')).toEqual([
				'Phone Number <- Phone Type: phone clientPhone',
			]);
		});
	});
});
