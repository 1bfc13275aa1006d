import {
	createRecordTransformer,
	defineSchema,
	transformRecords,
	type MappingLike,
	type RowResult,
	type TransformDecisions,
} from '../../../lib';

const map = (pairs: Record<string, string | null>): MappingLike => ({
	columns: Object.entries(pairs).map(([header, field]) => ({ header, field })),
});

const contactsMap = map({
	Name: 'fullName',
	Email: 'email',
	Phone: 'phone',
	Mobile: 'mobilePhone',
	DOB: 'dateOfBirth',
	Address: 'fullAddress',
	City: 'city',
	Notes: 'notes',
});

const NAMES = [
	'Anna-Maria Nowak',
	'Anna Maria Kowalski',
	'Dr. Ada K. Lovelace',
	'Lee, Bob',
	'Zoë Müller',
	'',
	'ACME LLC',
	"Seán O'Brien Jr.",
];
const EMAILS = [
	'Ann@Example.COM',
	'bob@gmial.com',
	'broken@',
	'a@x.com; b@y.com',
	'',
	' cy@example.org ',
];
const PHONES = [
	'(312) 555-0100',
	'312.555.0101',
	'+1 312 555 0102',
	'3125550103',
	'555-12',
	'312-555-0104 x12',
	'',
	'+44 20 7946 0958',
];
const DATES = [
	'25/12/1980',
	'03/04/1981',
	'1975-06-30',
	'12 March 1990',
	'31/02/1980',
	'',
	'4/7',
	'45000',
];
const ADDRESSES = [
	'12 Oak St Apt 4, Springfield, IL 62704',
	'PO Box 5, Austin TX 78701',
	'',
	'Flat 2, 10 Downing Street, London SW1A 2AA, UK',
];

/** Messy rows in a fixed order: every shape of every column, blanks, a blank row, a row number of its own now and then. */
function messyRows(count: number): Array<Record<string, unknown>> {
	return Array.from({ length: count }, (_, i) => {
		if (i % 97 === 5) return {};
		const row: Record<string, unknown> = {
			Name: NAMES[i % NAMES.length],
			Email: EMAILS[i % EMAILS.length],
			Phone: PHONES[i % PHONES.length],
			Mobile: PHONES[(i * 3) % PHONES.length],
			DOB: DATES[(i * 5) % DATES.length],
			Address: ADDRESSES[i % ADDRESSES.length],
			City: i % 4 === 0 ? 'Chicago' : '',
			Notes: i % 9 === 0 ? 'line one\n\n\n  line two' : undefined,
		};
		if (i % 13 === 0) row._row = 1000 + i;
		return row;
	});
}

/** The rows transformed batch by batch, `size` rows at a time. */
function inBatches(
	rows: ReadonlyArray<Record<string, unknown>>,
	size: number,
	transform: (batch: ReadonlyArray<Record<string, unknown>>, first: number) => RowResult[],
): RowResult[] {
	const out: RowResult[] = [];
	for (let i = 0; i < rows.length; i += size) out.push(...transform(rows.slice(i, i + size), i));
	return out;
}

describe('createRecordTransformer', () => {
	const rows = messyRows(2100);
	const whole = transformRecords(rows, contactsMap, 'contacts');

	describe('batches', () => {
		it.each([1, 7, 1000])('gives what transformRecords gives, in batches of %i rows', (size) => {
			const t = createRecordTransformer(contactsMap, 'contacts');
			t.decide(rows);
			expect(inBatches(rows, size, (b, i) => t.transform(b, i))).toEqual(whole.rows);
		});

		it('decides as transformRecords does, leaving out what no value settles', () => {
			const t = createRecordTransformer(contactsMap, 'contacts');
			expect(t.decide(rows)).toEqual({
				dateOrders: { dateOfBirth: 'DMY' },
				decimalMarks: {},
				nameOrders: { fullName: 'givenFirst' },
				compoundGivenNames: { fullName: ['anna maria'] },
			});
			expect(whole.dateOrders).toEqual({ dateOfBirth: 'DMY' });
			expect(t.decisions).toBe(t.decide([]));
		});

		it('decides from the first batch when transform comes before decide', () => {
			const t = createRecordTransformer(contactsMap, 'contacts');
			expect(t.transform(rows.slice(0, 50), 0)).toEqual(
				transformRecords(rows.slice(0, 50), contactsMap, 'contacts').rows,
			);
		});

		it('counts indexes and row numbers from firstIndex', () => {
			const t = createRecordTransformer(map({ Name: 'fullName' }), 'clients');
			t.decide([]);
			const out = t.transform([{ Name: 'Ada Lovelace' }, { Name: 'Alan Turing', _row: 90 }], 40);
			expect(out.map((r) => [r.index, r.row])).toEqual([
				[40, 42],
				[41, 90],
			]);
		});
	});

	describe('decided', () => {
		it('rebuilds from decisions through JSON and gives identical results', () => {
			const first = createRecordTransformer(contactsMap, 'contacts');
			const decisions = first.decide(rows.slice(0, 300));
			const decided = JSON.parse(JSON.stringify(decisions)) as TransformDecisions;
			const worker = createRecordTransformer(contactsMap, 'contacts', { decided });
			expect(worker.decisions).toEqual(decisions);
			expect(worker.decide(rows)).toEqual(decisions);
			expect(inBatches(rows, 333, (b, i) => worker.transform(b, i))).toEqual(
				inBatches(rows, 500, (b, i) => first.transform(b, i)),
			);
		});

		it('reads a column the decisions leave out as undecided (ambiguous dates and name order reported)', () => {
			const t = createRecordTransformer(map({ Name: 'fullName', DOB: 'dateOfBirth' }), 'clients', {
				decided: { dateOrders: {}, decimalMarks: {}, nameOrders: {} },
			});
			const [row] = t.transform([{ Name: 'Jordan Taylor', DOB: '03/04/1981' }], 0);
			expect(row.issues.map((i) => `${i.field}:${i.code}:${i.severity}`)).toEqual([
				'fullName:NAME_ORDER_UNDECIDED:warning',
				'dateOfBirth:DATE_AMBIGUOUS:error',
			]);
		});

		it('keeps the decimal mark decided for a number column', () => {
			const schema = defineSchema({
				name: 'fees',
				fields: [{ key: 'fee', label: 'Fee', type: 'number', required: true }],
			});
			const t = createRecordTransformer(map({ Fee: 'fee' }), schema, {
				decided: { dateOrders: {}, decimalMarks: { fee: ',' }, nameOrders: {} },
			});
			expect(t.transform([{ Fee: '1.234,5' }, { Fee: '9,99' }], 0).map((r) => r.record)).toEqual([
				{ fee: 1234.5 },
				{ fee: 9.99 },
			]);
		});

		it.each([
			[
				{ dateOrders: { dateOfBirth: 'DM' }, decimalMarks: {}, nameOrders: {} },
				'decided.dateOrders.dateOfBirth',
			],
			[{ dateOrders: { email: 'DMY' }, decimalMarks: {}, nameOrders: {} }, 'decided.dateOrders'],
			[{ dateOrders: {}, nameOrders: {} }, 'decided.decimalMarks'],
			[
				{ dateOrders: {}, decimalMarks: {}, nameOrders: { fullName: 'last' } },
				'decided.nameOrders.fullName',
			],
			[
				{ dateOrders: {}, decimalMarks: {}, nameOrders: {}, compoundGivenNames: { fullName: 'x' } },
				'decided.compoundGivenNames.fullName',
			],
			['DMY', 'decided'],
		])('refuses decisions that are not of this schema: %j', (decided, option) => {
			expect(() =>
				createRecordTransformer(contactsMap, 'contacts', {
					decided: decided as unknown as TransformDecisions,
				}),
			).toThrow(expect.objectContaining({ code: 'TRANSFORM_INVALID_OPTION', details: { option } }));
		});
	});

	describe('options', () => {
		it('checks the options once, when created', () => {
			expect(() =>
				createRecordTransformer(contactsMap, 'contacts', { dateOrder: 'XYZ' as 'MDY' }),
			).toThrow(expect.objectContaining({ code: 'TRANSFORM_INVALID_OPTION' }));
			expect(() => createRecordTransformer(map({ X: 'nope' }), 'contacts')).toThrow(
				expect.objectContaining({ code: 'TRANSFORM_INVALID_OPTION' }),
			);
		});

		it('refuses rows that are not a list and a firstIndex that is not a whole number', () => {
			const t = createRecordTransformer(contactsMap, 'contacts');
			expect(() => t.transform('rows' as unknown as [], 0)).toThrow(
				expect.objectContaining({ code: 'TRANSFORM_INVALID_OPTION' }),
			);
			expect(() => t.transform([], -1)).toThrow(
				expect.objectContaining({ code: 'TRANSFORM_INVALID_OPTION' }),
			);
		});
	});

	describe('a date written the other way round', () => {
		const dobMap = map({ Name: 'fullName', DOB: 'dateOfBirth' });

		it('reports a day-first date in a column decided month first from the sample, never reads it day first', () => {
			const t = createRecordTransformer(dobMap, 'clients');
			expect(t.decide([{ Name: 'Ada Lovelace', DOB: '12/25/1980' }]).dateOrders).toEqual({
				dateOfBirth: 'MDY',
			});
			const [ok, wrong] = t.transform(
				[
					{ Name: 'Alan Turing', DOB: '03/04/1981' },
					{ Name: 'Grace Hopper', DOB: '25/03/1980' },
				],
				1,
			);
			expect(ok.record).toEqual({
				firstName: 'Alan',
				lastName: 'Turing',
				dateOfBirth: '1981-03-04',
			});
			expect(wrong).toEqual({
				row: 4,
				index: 2,
				status: 'invalid',
				record: { firstName: 'Grace', lastName: 'Hopper' },
				issues: [
					{
						row: 4,
						field: 'dateOfBirth',
						column: 'DOB',
						code: 'DATE_INVALID',
						severity: 'error',
						value: '25/03/1980',
						message:
							'Column "DOB": "25/03/1980" is not a date read month first (MDY), as the column\'s other dates are written; read day first (DMY) it would be 1980-03-25. Check this date; if the column mixes both orders, fix the dates or set the Date Order option.',
					},
				],
			});
		});

		it('says when the order is the Date Order option, and reports a month-first date in a day-first column', () => {
			const t = createRecordTransformer(dobMap, 'clients', { dateOrder: 'DMY' });
			const [row] = t.transform([{ Name: 'Ada Lovelace', DOB: '12/25/1980 10:30' }], 0);
			expect(row.issues.map((i) => i.message)).toEqual([
				'Column "DOB": "12/25/1980 10:30" is not a date read day first (DMY), as the Date Order option says; read month first (MDY) it would be 1980-12-25. Check this date; if the column mixes both orders, fix the dates or set the Date Order option.',
			]);
		});

		it('keeps the plain message for a date that is no date either way', () => {
			const t = createRecordTransformer(dobMap, 'clients', { dateOrder: 'MDY' });
			const [row] = t.transform([{ Name: 'Ada Lovelace', DOB: '31/31/1980' }], 0);
			expect(row.issues.map((i) => i.code)).toEqual(['DATE_INVALID']);
			expect(row.issues[0].message).toContain('Use a date such as 2024-01-31 or 01/31/2024.');
		});
	});
});
