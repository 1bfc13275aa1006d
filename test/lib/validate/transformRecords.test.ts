import { defineSchema, transformRecords, type MappingLike, type RecordIssue } from '../../../lib';

const map = (pairs: Record<string, string | null>): MappingLike => ({
	columns: Object.entries(pairs).map(([header, field]) => ({ header, field })),
});
const codes = (issues: RecordIssue[]) => issues.map((i) => `${i.field}:${i.code}:${i.severity}`);

describe('transformRecords', () => {
	describe('clean records', () => {
		it('splits a full name and a full address, normalizes phone, email and date', () => {
			const result = transformRecords(
				[
					{
						Name: 'Dr. Ada K. Lovelace',
						Email: 'Ada@Example.COM',
						Phone: '(312) 555-0100',
						DOB: '12/25/1980',
						Address: '12 Oak St Apt 4, Springfield, IL 62704',
					},
				],
				map({
					Name: 'fullName',
					Email: 'email',
					Phone: 'phone',
					DOB: 'dateOfBirth',
					Address: 'fullAddress',
				}),
				'clients',
			);
			expect(result.rows[0]).toEqual({
				row: 2,
				index: 0,
				status: 'valid',
				issues: [],
				record: {
					title: 'Dr.',
					firstName: 'Ada',
					middleName: 'K.',
					lastName: 'Lovelace',
					email: 'Ada@example.com',
					phone: '+13125550100',
					street: '12 Oak St',
					unit: 'Apt 4',
					city: 'Springfield',
					state: 'IL',
					zip: '62704',
					dateOfBirth: '1980-12-25',
				},
			});
		});

		it('fills only the parts the row lacks from a full name', () => {
			const result = transformRecords(
				[{ Name: 'Ada Lovelace', First: 'Augusta' }],
				map({ Name: 'fullName', First: 'firstName' }),
				'clients',
			);
			expect(result.rows[0].record).toEqual({ firstName: 'Augusta', lastName: 'Lovelace' });
		});

		it('moves a title written in the first-name column to Title', () => {
			const m = map({ First: 'firstName', Last: 'lastName', Title: 'title' });
			const rows = transformRecords(
				[
					{ First: 'Dr. Sam', Last: 'Lee', Title: '' },
					{ First: 'Dr Mary Ann', Last: 'Fox', Title: 'Dr.' },
					{ First: 'Mrs. Jo', Last: 'Ng', Title: 'Prof.' },
					{ First: 'Sister', Last: 'Mary', Title: '' },
					{ First: 'Dr.', Last: 'Who', Title: '' },
				],
				m,
				'clients',
			).rows.map((r) => r.record);
			expect(rows).toEqual([
				{ title: 'Dr.', firstName: 'Sam', lastName: 'Lee' },
				{ title: 'Dr.', firstName: 'Mary Ann', lastName: 'Fox' },
				{ title: 'Prof.', firstName: 'Mrs. Jo', lastName: 'Ng' },
				{ firstName: 'Sister', lastName: 'Mary' },
				{ firstName: 'Dr.', lastName: 'Who' },
			]);
		});

		it('reads a positional address when asked', () => {
			const result = transformRecords(
				[{ First: 'A', Last: 'B', Address: '1 Main St,,CO,80202' }],
				map({ First: 'firstName', Last: 'lastName', Address: 'fullAddress' }),
				'clients',
				{ addressLayout: 'positional' },
			);
			expect(result.rows[0].record).toMatchObject({
				street: '1 Main St',
				state: 'CO',
				zip: '80202',
			});
		});

		it('collapses whitespace, but keeps the line breaks of notes', () => {
			const result = transformRecords(
				[
					{
						First: '  Ann\t\tMarie ',
						Last: 'B',
						Notes: ' Met at the \r\n  spring   fair\r\n\r\n\r\n\r\nCall back ',
					},
				],
				map({ First: 'firstName', Last: 'lastName', Notes: 'notes' }),
				'clients',
			);
			expect(result.rows[0].record).toEqual({
				firstName: 'Ann Marie',
				lastName: 'B',
				notes: 'Met at the\nspring fair\n\nCall back',
			});
		});

		it('uses the row number a row carries, else counts from the first data row', () => {
			const result = transformRecords(
				[
					{ _row: 17, First: 'A', Last: 'B' },
					{ First: 'C', Last: 'D' },
				],
				map({ First: 'firstName', Last: 'lastName' }),
				'clients',
			);
			expect(result.rows.map((r) => r.row)).toEqual([17, 3]);
		});
	});

	describe('dates', () => {
		const mapping = map({ First: 'firstName', Last: 'lastName', DOB: 'dateOfBirth' });
		const row = (dob: string) => ({ First: 'A', Last: 'B', DOB: dob });

		it('decides the day-month order per column from the values that settle it', () => {
			const result = transformRecords([row('03/04/1980'), row('25/12/1975')], mapping, 'clients');
			expect(result.dateOrders).toEqual({ dateOfBirth: 'DMY' });
			expect(result.rows.map((r) => r.record?.dateOfBirth)).toEqual(['1980-04-03', '1975-12-25']);
		});

		it('reports DATE_AMBIGUOUS rather than guess when nothing settles it', () => {
			const result = transformRecords([row('03/04/1980'), row('1975-12-25')], mapping, 'clients');
			expect(result.rows[0].status).toBe('invalid');
			expect(codes(result.rows[0].issues)).toEqual(['dateOfBirth:DATE_AMBIGUOUS:error']);
			expect(result.rows[0].issues[0]).toMatchObject({
				row: 2,
				column: 'DOB',
				value: '03/04/1980',
			});
			expect(result.rows[1].record?.dateOfBirth).toBe('1975-12-25');
		});

		it('follows a fixed order, and reports impossible dates', () => {
			const result = transformRecords([row('03/04/1980'), row('02/30/1980')], mapping, 'clients', {
				dateOrder: 'MDY',
			});
			expect(result.rows[0].record?.dateOfBirth).toBe('1980-03-04');
			expect(codes(result.rows[1].issues)).toEqual(['dateOfBirth:DATE_INVALID:error']);
		});
	});

	describe('issues', () => {
		it('gives each problem a code, the source row, the column, the value and a fix', () => {
			const result = transformRecords(
				[{ _row: 9, First: 'Ann', Email: 'ann@', Phone: '555-12' }],
				map({ First: 'firstName', Email: 'email', Phone: 'phone' }),
				'clients',
			);
			expect(result.rows[0].status).toBe('invalid');
			expect(result.rows[0].issues).toEqual([
				expect.objectContaining({
					row: 9,
					field: 'email',
					code: 'EMAIL_INVALID',
					column: 'Email',
					value: 'ann@',
					severity: 'error',
				}),
				expect.objectContaining({
					row: 9,
					field: 'phone',
					code: 'PHONE_INVALID',
					column: 'Phone',
					value: '555-12',
					severity: 'error',
				}),
				{
					row: 9,
					field: 'lastName',
					code: 'VALUE_REQUIRED',
					severity: 'error',
					message:
						'Last name is required (or give Full name), but no column is mapped to it. Fill it in, or set a default value.',
				},
			]);
			expect(result.rows[0].issues[1].message).toMatch(/^Column "Phone": "555-12" is too short/);
		});

		it('keeps a suggested email fix as a warning, and the row valid', () => {
			const result = transformRecords(
				[{ First: 'A', Last: 'B', Email: 'ann@gmial.com' }],
				map({ First: 'firstName', Last: 'lastName', Email: 'email' }),
				'clients',
			);
			expect(result.rows[0].status).toBe('valid');
			expect(result.rows[0].record?.email).toBe('ann@gmial.com');
			expect(codes(result.rows[0].issues)).toEqual(['email:EMAIL_TYPO_SUGGESTED:warning']);
			expect(result.totals).toEqual({ rows: 1, valid: 1, invalid: 0, skipped: 0, warnings: 1 });
		});

		it('sends a second email in one cell to Email 2', () => {
			const result = transformRecords(
				[{ First: 'A', Last: 'B', Email: 'a@example.com; b@example.org' }],
				map({ First: 'firstName', Last: 'lastName', Email: 'email' }),
				'clients',
			);
			expect(result.rows[0].record).toMatchObject({
				email: 'a@example.com',
				email2: 'b@example.org',
			});
			// whatever the schema's field order; a custom schema says where a second address goes by the overflowTo flag
			const reversed = defineSchema({
				name: 'r',
				fields: [
					{ key: 'email2', type: 'email' },
					{ key: 'email', type: 'email', required: true, overflowTo: 'email2' },
				],
			});
			expect(
				transformRecords(
					[{ Email: 'a@example.com; b@example.org' }],
					map({ Email: 'email' }),
					reversed,
				).rows[0].record,
			).toEqual({ email: 'a@example.com', email2: 'b@example.org' });
		});

		it('reports a name it cannot split, and the missing parts', () => {
			const result = transformRecords([{ Name: '12345' }], map({ Name: 'fullName' }), 'clients');
			expect(codes(result.rows[0].issues)).toEqual([
				'fullName:NAME_NOT_SPLIT:error',
				'firstName:VALUE_REQUIRED:error',
				'lastName:VALUE_REQUIRED:error',
			]);
		});

		it('keeps an address it cannot split as the street, with a warning', () => {
			const result = transformRecords(
				[{ First: 'A', Last: 'B', Address: 'somewhere nice' }],
				map({ First: 'firstName', Last: 'lastName', Address: 'fullAddress' }),
				'clients',
			);
			expect(result.rows[0].record?.street).toBe('somewhere nice');
			expect(codes(result.rows[0].issues)).toEqual(['fullAddress:ADDRESS_NOT_SPLIT:warning']);
		});

		it('reads decimal commas once the column settles them, and a JSON number as it is', () => {
			const schema = defineSchema({
				name: 'fees',
				extends: 'clients',
				fields: [{ key: 'fee', type: 'number' }],
			});
			const mapping = map({ Last: 'lastName', Fee: 'fee' });
			const rows = [
				{ Last: 'A', Fee: '9,99' },
				{ Last: 'B', Fee: '1.234,56' },
				{ Last: 'C', Fee: 1234.567 },
				{ Last: 'D', Fee: '€ 1 234,50' },
			];
			const result = transformRecords(rows, mapping, schema);
			expect(result.decimalMarks).toEqual({ fee: ',' });
			expect(result.rows.map((r) => r.record?.fee)).toEqual([9.99, 1234.56, 1234.567, 1234.5]);
			expect(result.rows.flatMap((r) => r.issues).filter((i) => i.field === 'fee')).toEqual([]);
		});

		it('reports a number that reads two ways in a column nothing settles, never a guess', () => {
			const schema = defineSchema({
				name: 'fees',
				extends: 'clients',
				fields: [{ key: 'fee', type: 'number' }],
			});
			const result = transformRecords(
				[
					{ Last: 'A', Fee: '1,234' },
					{ Last: 'B', Fee: '12' },
				],
				map({ Last: 'lastName', Fee: 'fee' }),
				schema,
			);
			expect(result.decimalMarks).toEqual({ fee: 'ambiguous' });
			expect(codes(result.rows[0].issues).filter((c) => c.startsWith('fee:'))).toEqual([
				'fee:NUMBER_AMBIGUOUS:error',
			]);
			expect(result.rows[1].record?.fee).toBe(12);
		});

		it('checks lengths, numbers, yes/no and enums of custom fields', () => {
			const schema = defineSchema({
				name: 'intake',
				extends: 'clients',
				fields: [
					{ key: 'fee', type: 'number' },
					{ key: 'vip', type: 'boolean' },
					{ key: 'tier', type: 'enum', values: ['Gold', 'Silver'] },
					{ key: 'code', type: 'string', maxLength: 3 },
				],
			});
			const mapping = map({
				First: 'firstName',
				Last: 'lastName',
				Fee: 'fee',
				VIP: 'vip',
				Tier: 'tier',
				Code: 'code',
			});
			const good = transformRecords(
				[{ First: 'A', Last: 'B', Fee: '$1,200.50', VIP: 'Yes', Tier: 'gold', Code: 'abc' }],
				mapping,
				schema,
			);
			expect(good.rows[0].record).toEqual({
				firstName: 'A',
				lastName: 'B',
				fee: 1200.5,
				vip: true,
				tier: 'Gold',
				code: 'abc',
			});
			const bad = transformRecords(
				[{ First: 'A', Last: 'B', Fee: 'lots', VIP: 'maybe', Tier: 'Bronze', Code: 'abcd' }],
				mapping,
				schema,
			);
			expect(codes(bad.rows[0].issues)).toEqual([
				'fee:NUMBER_INVALID:error',
				'vip:BOOLEAN_INVALID:error',
				'tier:ENUM_UNKNOWN_VALUE:error',
				'code:VALUE_TOO_LONG:error',
			]);
			expect(bad.rows[0].issues[2].message).toBe(
				'Column "Tier": "Bronze" is not an allowed tier. Use one of: Gold, Silver; or map it with a value map.',
			);
		});
	});

	describe('value maps, defaults and fixed values', () => {
		const mapping = map({
			Case: 'caseName',
			Type: 'caseType',
			Client: 'clientName',
			Status: 'status',
		});

		it('maps source values onto ours, ignoring case and punctuation', () => {
			const result = transformRecords(
				[{ Case: 'A v B', Type: 'pi', Client: 'Ann', Status: 'OPEN-active' }],
				mapping,
				'cases',
				{
					valueMaps: { caseType: { PI: 'Personal Injury' }, status: { 'Open - Active': 'open' } },
				},
			);
			expect(result.rows[0].record).toEqual({
				caseName: 'A v B',
				caseType: 'Personal Injury',
				clientName: 'Ann',
				status: 'open',
			});
		});

		it('passes values already in our terms: a map target or an allowed enum value', () => {
			const schema = defineSchema({
				name: 'c',
				extends: 'cases',
				fields: [{ key: 'tier', type: 'enum', values: ['Gold', 'Silver'] }],
			});
			const result = transformRecords(
				[{ Case: 'A', Type: 'personal injury', Client: 'Ann', Tier: 'silver' }],
				{ columns: [...mapping.columns, { header: 'Tier', field: 'tier' }] },
				schema,
				{
					valueMaps: { caseType: { PI: 'Personal Injury' }, tier: { G: 'Gold' } },
				},
			);
			expect(result.rows[0]).toMatchObject({
				status: 'valid',
				record: { caseType: 'Personal Injury', tier: 'Silver' },
			});
		});

		it('reports a value the map lacks instead of guessing, or keeps it with a warning when asked', () => {
			const options = { valueMaps: { caseType: { PI: 'Personal Injury' } } };
			const strict = transformRecords(
				[{ Case: 'A', Type: 'WC', Client: 'Ann' }],
				mapping,
				'cases',
				options,
			);
			expect(codes(strict.rows[0].issues)).toEqual(['caseType:VALUE_UNMAPPED:error']);
			expect(strict.rows[0].issues[0].message).toBe(
				'Column "Type": "WC" is not in the value map for Case type (it maps "PI"). Add it to the map, or fix the value.',
			);
			const lenient = transformRecords(
				[{ Case: 'A', Type: 'WC', Client: 'Ann' }],
				mapping,
				'cases',
				{ ...options, unmappedValues: 'keep' },
			);
			expect(lenient.rows[0]).toMatchObject({ status: 'valid', record: { caseType: 'WC' } });
		});

		it('fills blanks with defaults, and sets fixed values for the whole import', () => {
			const result = transformRecords(
				[
					{ Case: 'A', Type: '', Client: 'Ann', Status: '' },
					{ Case: 'B', Type: 'Family', Client: 'Bob', Status: 'closed' },
				],
				mapping,
				'cases',
				{ defaults: { status: 'open' }, fixedValues: { caseType: 'Personal Injury' } },
			);
			expect(result.rows.map((r) => [r.record?.caseType, r.record?.status])).toEqual([
				['Personal Injury', 'open'],
				['Personal Injury', 'closed'],
			]);
			expect(codes(result.rows[1].issues)).toEqual(['caseType:VALUE_REPLACED:warning']);
		});

		it('refuses options naming unknown fields, once, before any row', () => {
			expect(() => transformRecords([], mapping, 'cases', { defaults: { nope: 'x' } })).toThrow(
				expect.objectContaining({ code: 'TRANSFORM_INVALID_OPTION' }),
			);
			expect(() => transformRecords([], mapping, 'cases', { dateOrder: 'DYM' as never })).toThrow(
				'Invalid option `dateOrder`',
			);
			expect(() => transformRecords([], map({ A: 'caseName', B: 'caseName' }), 'cases')).toThrow(
				'one column per field',
			);
		});

		it('refuses a phone country without a numbering plan before any row, as its own option', () => {
			// it used to pass the check and throw PHONE_INVALID_OPTION about `defaultCountry` at the first phone
			expect(() => transformRecords([], mapping, 'cases', { phoneCountry: 'XX' })).toThrow(
				expect.objectContaining({
					code: 'TRANSFORM_INVALID_OPTION',
					message:
						'Invalid option `phoneCountry`: expected a two-letter country code that has a phone numbering plan, such as "US", got "XX"',
				}),
			);
		});
	});

	describe('every row accounted for', () => {
		it('skips empty rows by default, or reports them', () => {
			const rows = [
				{ _row: 2, A: '' },
				{ _row: 3, A: ' ' },
			];
			expect(
				transformRecords(rows, map({ A: 'firstName' }), 'clients').rows.map((r) => [
					r.row,
					r.status,
					r.skipReason,
				]),
			).toEqual([
				[2, 'skipped', 'the row is empty'],
				[3, 'skipped', 'the row is empty'],
			]);
			expect(
				transformRecords(rows, map({ A: 'firstName' }), 'clients', { emptyRows: 'error' }).rows.map(
					(r) => codes(r.issues),
				),
			).toEqual([['*:ROW_EMPTY:error'], ['*:ROW_EMPTY:error']]);
		});

		it('returns one result per input row, whatever the input', () => {
			const hostile = JSON.parse('{"__proto__": "a note", "First": "C", "Last": "D"}');
			const rows = [
				{ First: 'A', Last: 'B' },
				null,
				'junk',
				{ First: 'x'.repeat(1_000_000), Last: 'B' },
				hostile,
			] as never[];
			const result = transformRecords(
				rows,
				{
					columns: [
						{ header: 'First', field: 'firstName' },
						{ header: 'Last', field: 'lastName' },
						{ header: '__proto__', field: 'notes' },
					],
				},
				'clients',
			);
			expect(result.rows[4].record).toEqual({ firstName: 'C', lastName: 'D', notes: 'a note' });
			expect(result.rows.map((r) => r.status)).toEqual([
				'valid',
				'skipped',
				'skipped',
				'invalid',
				'valid',
			]);
			expect(result.totals.valid + result.totals.invalid + result.totals.skipped).toBe(rows.length);
			expect(codes(result.rows[3].issues)).toEqual(['firstName:VALUE_TOO_LONG:error']);
			expect(({} as Record<string, unknown>).x).toBeUndefined();
		});
	});
});
