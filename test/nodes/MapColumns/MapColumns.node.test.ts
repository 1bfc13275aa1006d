import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { MapColumns } from '../../../nodes/MapColumns/MapColumns.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';

const node = new MapColumns();
const items = (rows: IDataObject[]): INodeExecutionData[] => rows.map((json) => ({ json }));
const run = (rows: IDataObject[], parameters: Record<string, unknown>, continueOnFail = false) =>
	node.execute.call(
		fakeExecuteFunctions({
			items: items(rows),
			files: [],
			parameters: { schema: 'clients', ...parameters },
			continueOnFail,
		}),
	);

const people: IDataObject[] = [
	{
		'Full Name': 'Ada Lovelace',
		'E-mail': 'ada@example.com',
		Tel: '(312) 555-0100',
		DOB: '12/25/1980',
		_row: 2,
	},
	{ 'Full Name': 'Bob Stone', 'E-mail': 'bob@', Tel: '555-12', DOB: '13/13/1980', _row: 3 },
	{ 'Full Name': '', 'E-mail': '', Tel: '', DOB: '', _row: 4 },
];

describe('MapColumns', () => {
	it('maps columns automatically and splits rows into Valid and Invalid, each paired with its input', async () => {
		const [valid, invalid] = await run(people, {});
		expect(valid).toEqual([
			{
				json: {
					firstName: 'Ada',
					lastName: 'Lovelace',
					email: 'ada@example.com',
					phone: '+13125550100',
					dateOfBirth: '1980-12-25',
					_row: 2,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(
			invalid.map((i) => [
				i.pairedItem,
				i.json._row,
				i.json._status,
				(i.json._errors as IDataObject[]).map((e) => e.code),
			]),
		).toEqual([
			[{ item: 1 }, 3, 'invalid', ['EMAIL_INVALID', 'PHONE_INVALID', 'DATE_INVALID']],
			[{ item: 2 }, 4, 'skipped', []],
		]);
		// the original row travels with its issues
		expect(invalid[0].json).toMatchObject({
			'Full Name': 'Bob Stone',
			'E-mail': 'bob@',
			Tel: '555-12',
		});
		expect((invalid[0].json._errors as IDataObject[])[0]).toMatchObject({
			row: 3,
			field: 'email',
			column: 'E-mail',
			value: 'bob@',
			severity: 'error',
		});
	});

	it('applies column overrides, value maps, defaults and fixed values', async () => {
		const rows = [{ Matter: 'A v B', Kind: 'PI', Who: 'Ann Lee', Ref: '2024-1', Stage: '' }];
		const [valid, invalid] = await run(rows, {
			schema: 'cases',
			overrides: {
				values: [
					{ column: 'Who', field: 'clientName' },
					{ column: 'Ref', field: 'caseNumber' },
					{ column: 'Kind', field: 'caseType' },
				],
			},
			options: {
				valueMaps: { values: [{ field: 'caseType', from: 'PI', to: 'Personal Injury' }] },
				defaults: { values: [{ field: 'status', value: 'open' }] },
				fixedValues: { values: [{ field: 'assignedTo', value: 'J. Doe' }] },
			},
		});
		expect(invalid).toEqual([]);
		expect(valid[0].json).toEqual({
			caseName: 'A v B',
			caseNumber: '2024-1',
			caseType: 'Personal Injury',
			status: 'open',
			clientName: 'Ann Lee',
			assignedTo: 'J. Doe',
			_row: 2,
		});
	});

	it('reports a value its map lacks on the Invalid output', async () => {
		const [valid, invalid] = await run([{ 'Case Name': 'A', 'Case Type': 'WC', Client: 'Ann' }], {
			schema: 'cases',
			options: {
				valueMaps: { values: [{ field: 'caseType', from: 'PI', to: 'Personal Injury' }] },
			},
		});
		expect(valid).toEqual([]);
		expect((invalid[0].json._errors as IDataObject[]).map((e) => e.code)).toEqual([
			'VALUE_UNMAPPED',
		]);
	});

	it('outputs one mapping report in preview mode, with a profile that maps the next file the same way', async () => {
		const [report, rest] = await run(people, {
			mode: 'preview',
			previewRows: 2,
			overrides: { values: [{ column: 'DOB', field: '__unmapped__' }] },
		});
		expect(rest).toEqual([]);
		expect(report).toHaveLength(1);
		const json = report[0].json as IDataObject & {
			columns: IDataObject[];
			samples: IDataObject[];
			profile: IDataObject;
		};
		expect(report[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(json.columns.map((c) => [c.header, c.field])).toEqual([
			['Full Name', 'fullName'],
			['E-mail', 'email'],
			['Tel', 'phone'],
			['DOB', null],
		]);
		expect(json.columns[3].reason).toBe('Left unmapped by hand');
		expect(json.samples.map((s) => [s.row, s.status])).toEqual([
			[2, 'valid'],
			[3, 'invalid'],
		]);
		expect(json.samples[0].before).toEqual(people[0]);
		expect(json.samples[0].after).toEqual({
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phone: '+13125550100',
		});

		// next month: the saved profile, no overrides, and DOB stays unmapped
		const [valid] = await run(people, { profile: JSON.stringify(json.profile) });
		expect(valid[0].json.dateOfBirth).toBeUndefined();
	});

	it('shows typed columns in the report (typedBy and why) and places each row by its type', async () => {
		const google = [
			{
				Name: 'Ann Lee',
				'Phone 1 - Type': 'Mobile',
				'Phone 1 - Value': '312 555 0100',
				'Phone 2 - Type': 'Work',
				'Phone 2 - Value': '312 555 0101',
				_row: 2,
			},
		];
		const [report] = await run(google, { mode: 'preview' });
		const json = report[0].json as IDataObject & { columns: IDataObject[]; samples: IDataObject[] };
		expect(json.columns.map((c) => [c.header, c.field, c.typedBy ?? null])).toEqual([
			['Name', 'fullName', null],
			['Phone 1 - Type', null, null],
			['Phone 1 - Value', 'phone', 'Phone 1 - Type'],
			['Phone 2 - Type', null, null],
			['Phone 2 - Value', 'phone', 'Phone 2 - Type'],
		]);
		expect(json.columns[2].reason).toMatch(/^typed by column "Phone 1 - Type": /);
		expect(json.samples[0].after).toEqual({
			firstName: 'Ann',
			lastName: 'Lee',
			mobilePhone: '+13125550100',
			workPhone: '+13125550101',
		});
		expect((json.profile as IDataObject & { columns: IDataObject[] }).columns[2]).toEqual({
			header: 'Phone 1 - Value',
			field: 'phone',
			typedBy: 'Phone 1 - Type',
		});
	});

	it('reports the decimal mark and name order of each column beside the date orders', async () => {
		const [report] = await run([{ Name: 'Kowalski Anna', Fee: '1.234,56', _row: 2 }], {
			mode: 'preview',
			schema: 'custom',
			customSchema: JSON.stringify({
				name: 'fees',
				extends: 'clients',
				fields: [{ key: 'fee', type: 'number' }],
			}),
			options: { decimalMark: ',', nameOrder: 'surnameFirst' },
		});
		const json = report[0].json as IDataObject;
		expect([json.decimalMarks, json.nameOrders]).toEqual([
			{ fee: ',' },
			{ fullName: 'surnameFirst' },
		]);
	});

	it('maps each worksheet on its own when the rows carry _sheet, and keeps the sheet on each record', async () => {
		const rows: IDataObject[] = [
			{
				'E-mail': 'ada@example.com',
				Name: 'Ada Lovelace',
				_row: 2,
				_sheet: 'Clients',
				_header: { row: 1 },
			},
			{
				'Last Name': 'Stone',
				'First Name': 'Bob',
				Email: 'bob@example.com',
				_row: 3,
				_sheet: 'Leads',
			},
			{ 'E-mail': 'cy@example.com', Name: 'Cy Young', _row: 3, _sheet: 'Clients' },
		];
		const [reports, none] = await run(rows, { mode: 'preview' });
		expect(none).toEqual([]);
		expect(reports.map((r) => r.json.sheet)).toEqual(['Clients', 'Leads']);
		const fields = (r: INodeExecutionData) =>
			(r.json.columns as IDataObject[]).map((c) => [c.header, c.field]);
		// each sheet's own columns, and no column for the meta fields
		expect(fields(reports[0])).toEqual([
			['E-mail', 'email'],
			['Name', 'fullName'],
		]);
		expect(fields(reports[1])).toEqual([
			['Last Name', 'lastName'],
			['First Name', 'firstName'],
			['Email', 'email'],
		]);
		expect(reports[0].pairedItem).toEqual([{ item: 0 }, { item: 2 }]);
		const [valid] = await run(rows, {});
		expect(valid.map((v) => [v.json.email, v.json._row, v.json._sheet, v.pairedItem])).toEqual([
			['ada@example.com', 2, 'Clients', { item: 0 }],
			['bob@example.com', 3, 'Leads', { item: 1 }],
			['cy@example.com', 3, 'Clients', { item: 2 }],
		]);
	});

	it('adds custom fields to a built-in schema and offers them in the field dropdowns', async () => {
		const parameters = {
			schema: 'clients',
			customFields: {
				fields: [
					{
						key: 'referral',
						type: 'enum',
						values: 'Web, Friend',
						synonyms: 'How Found',
						required: true,
					},
				],
			},
		};
		const [valid, invalid] = await run(
			[
				{ First: 'A', Last: 'B', 'How Found': 'web' },
				{ First: 'C', Last: 'D', 'How Found': 'TV' },
			],
			parameters,
		);
		expect(valid[0].json).toEqual({ firstName: 'A', lastName: 'B', referral: 'Web', _row: 2 });
		expect((invalid[0].json._errors as IDataObject[]).map((e) => e.code)).toEqual([
			'ENUM_UNKNOWN_VALUE',
		]);
		const options = await node.methods.loadOptions.getSchemaFields.call({
			getCurrentNodeParameter: (name: string) => (parameters as Record<string, unknown>)[name],
			getNode: () => ({ name: 'Map Columns' }),
		} as unknown as ILoadOptionsFunctions);
		expect(options[0]).toEqual({ name: '— Leave Unmapped —', value: '__unmapped__' });
		expect(options.at(-1)).toEqual({
			name: 'referral (referral)',
			value: 'referral',
			description: 'enum',
		});
	});

	describe('errors', () => {
		const bad = {
			schema: 'custom',
			customSchema: '{ "name": "x", "fields": [{ "key": "__proto__", "type": "string" }] }',
		};

		it('throws a NodeOperationError with the item index for a bad schema', async () => {
			const error = await run(people, bad).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as NodeOperationError).message).toMatch(/^Invalid field key "__proto__"/);
			expect((error as NodeOperationError).context.itemIndex).toBe(0);
		});

		it('emits an error item per input item on Invalid, never on Valid, when continuing on fail', async () => {
			const [valid, invalid] = await run(people, bad, true);
			expect(valid).toEqual([]);
			expect(invalid.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(invalid[0].json).toMatchObject({
				...people[0],
				_row: 2,
				_status: 'error',
				code: 'SCHEMA_INVALID',
				error: expect.stringMatching(/^Invalid field key "__proto__"/),
			});
		});

		it('names an override column the input lacks', async () => {
			await expect(
				run(people, { overrides: { values: [{ column: 'Nope', field: 'notes' }] } }),
			).rejects.toThrow('Column "Nope" in the overrides is not in the input');
		});

		it('refuses a profile that is not JSON', async () => {
			await expect(run(people, { profile: '{oops' })).rejects.toThrow(
				/^Saved Mapping Profile is not valid JSON/,
			);
		});

		it("refuses a profile the library's parseMappingProfile refuses, naming the entry", async () => {
			const profile = JSON.stringify({ version: 1, columns: [{ header: 'Tel', field: 7 }] });
			const error = await run(people, { profile }).catch((e: NodeOperationError) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as NodeOperationError).message).toBe(
				'Invalid option `profile.columns[0].field`: expected a field key or null, got 7',
			);
			expect((error as NodeOperationError).description).toBe('Error code: MAP_INVALID_OPTION');
			await expect(run(people, { profile: { columns: 'Tel' } })).rejects.toThrow(
				/^Invalid option `profile.columns`/,
			);
		});
	});

	describe('custom field defaults', () => {
		const withField = (type: string, value: string) => ({
			customFields: { fields: [{ key: 'extra', type, default: value }] },
		});
		it.each([
			['number', '42', 42],
			['boolean', 'yes', true],
			['boolean', 'N', false],
			['string', '0042', '0042'],
		])('reads a %s default given as text %j in the field type', async (type, text, expected) => {
			const [valid] = await run([{ First: 'A', Last: 'B' }], withField(type, text));
			expect(valid[0].json.extra).toEqual(expected);
		});

		it('refuses a default the field type cannot read, naming the field', async () => {
			await expect(run([{ First: 'A', Last: 'B' }], withField('number', 'forty'))).rejects.toThrow(
				/default of field `extra`/,
			);
		});
	});

	describe('hostile input', () => {
		it('treats a "__proto__" header as a plain column', async () => {
			const row = JSON.parse('{ "__proto__": "a note", "First": "A", "Last": "B" }') as IDataObject;
			const [valid] = await run([row], {
				overrides: { values: [{ column: '__proto__', field: 'notes' }] },
			});
			expect(valid[0].json).toEqual({ firstName: 'A', lastName: 'B', notes: 'a note', _row: 2 });
			expect(Object.getPrototypeOf(valid[0].json)).toBe(Object.prototype);
			expect(({} as IDataObject).polluted).toBeUndefined();
		});

		it('handles 10,000 columns', async () => {
			const row: IDataObject = { 'First Name': 'A', 'Last Name': 'B' };
			for (let i = 0; i < 10000; i++) row[`Column ${i}`] = `v${i}`;
			const [valid, invalid] = await run([row, row], {});
			expect(invalid).toEqual([]);
			expect(valid.map((i) => i.json)).toEqual([
				{ firstName: 'A', lastName: 'B', _row: 2 },
				{ firstName: 'A', lastName: 'B', _row: 3 },
			]);
		});

		it('reports a 1 MB cell as too long instead of passing it on', async () => {
			const [valid, invalid] = await run(
				[{ First: 'A', Last: 'B', Notes: 'x'.repeat(1024 * 1024) }],
				{},
			);
			expect(valid).toEqual([]);
			expect((invalid[0].json._errors as IDataObject[]).map((e) => [e.code, e.field])).toEqual([
				['VALUE_TOO_LONG', 'notes'],
			]);
		});
	});
});
