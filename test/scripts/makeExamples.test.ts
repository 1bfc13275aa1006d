/**
 * What the library makes of the samples that scripts/makeExamples.ts writes
 * for issue 18: the README's first command imports examples/clients-messy.csv,
 * so each of its rows has a known outcome (read, mapped, transformed, deduped
 * with policy merge), and the two sheets of clients-two-sheets.xlsx each map
 * onto their own columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	autoMapHeaders,
	findDuplicates,
	readSpreadsheet,
	resolveDuplicates,
	transformRecords,
	type ReadResult,
	type RowResult,
} from '../../lib';
import { runImport, type PipelineException } from '../../lib/pipeline';

const examples = join(__dirname, '..', '..', 'examples');

async function read(file: string, sheet?: string): Promise<ReadResult> {
	return readSpreadsheet(readFileSync(join(examples, file)), { fileName: file, sheet });
}

/** Reads, maps and transforms one sheet as the import does. */
async function transformed(file: string, schema: string, sheet?: string) {
	const r = await read(file, sheet);
	const mapping = autoMapHeaders(r.headers, schema, { sampleRows: r.rows });
	const rows = r.rows.map((row, i) => ({ ...row, _row: r.rowNumbers[i] }));
	return { read: r, mapping, result: transformRecords(rows, mapping, schema) };
}

/** Source row → the codes of its errors, for the rows that failed. */
function failures(rows: readonly RowResult[]): Record<number, string[]> {
	return Object.fromEntries(
		rows
			.filter((x) => x.status === 'invalid')
			.map((x) => [x.row, x.issues.filter((i) => i.severity === 'error').map((i) => i.code)]),
	);
}

/** Dedupes the valid rows with policy merge: source row → the source row it was merged into. */
function merged(rows: readonly RowResult[]) {
	const valid = rows.filter((x) => x.status === 'valid');
	const records = valid.map((x) => x.record as Record<string, unknown>);
	const found = findDuplicates(records);
	const resolution = resolveDuplicates(records, found, { policy: 'merge' });
	const into: Record<number, number> = {};
	for (const o of resolution.outcomes)
		if (o.action === 'merged' && o.into !== undefined) into[valid[o.row].row] = valid[o.into].row;
	const paired = new Set(
		[...found.pairs, ...found.possiblePairs].flatMap((p) => [valid[p.a].row, valid[p.b].row]),
	);
	return { into, paired, clean: resolution.records.length };
}

describe('examples/clients-messy.csv', () => {
	it('reads as Windows-1252 with the header on row 4, the title, date line and blank row reported', async () => {
		const r = await read('clients-messy.csv');
		expect([r.format, r.encoding, r.delimiter, r.headerRowNumber]).toEqual([
			'csv',
			'windows-1252',
			',',
			4,
		]);
		expect(r.headers).toEqual([
			'Client No.',
			'Full Name',
			'Full Address',
			'Phone',
			'E-mail',
			'Date of Birth',
			'Notes',
		]);
		expect(r.rows).toHaveLength(36);
		expect(r.issues.map((i) => [i.row, i.code])).toEqual([
			[1, 'ROWS_ABOVE_HEADER'],
			[17, 'ROW_BLANK'],
		]);
		expect(r.rows[1]['Full Name']).toBe('GARCÍA, María');
	});

	it('maps the full name and full address columns, leaving the client number unmapped', async () => {
		const { mapping } = await transformed('clients-messy.csv', 'clients');
		expect(mapping.columns.map((c) => [c.header, c.field])).toEqual([
			['Client No.', null],
			['Full Name', 'fullName'],
			['Full Address', 'fullAddress'],
			['Phone', 'phone'],
			['E-mail', 'email'],
			['Date of Birth', 'dateOfBirth'],
			['Notes', 'notes'],
		]);
	});

	it('fails exactly the five rows that cannot be imported, with their codes', async () => {
		const { result } = await transformed('clients-messy.csv', 'clients');
		expect(result.totals).toEqual({ rows: 36, valid: 31, invalid: 5, skipped: 0, warnings: 8 });
		expect(result.dateOrders).toEqual({ dateOfBirth: 'MDY' });
		expect(failures(result.rows)).toEqual({
			14: ['VALUE_REQUIRED', 'VALUE_REQUIRED'],
			15: ['DATE_INVALID'],
			16: ['EMAIL_INVALID'],
			20: ['PHONE_INVALID'],
			38: ['EMAIL_INVALID'],
		});
	});

	it('cleans names, phones of every shape, dates of every shape and addresses', async () => {
		const { result } = await transformed('clients-messy.csv', 'clients');
		const byRow = new Map(result.rows.map((x) => [x.row, x]));
		const pick = (row: number, ...fields: string[]) =>
			fields.map((f) => (byRow.get(row)?.record as Record<string, unknown>)[f]);
		expect(pick(5, 'firstName', 'lastName', 'phone', 'dateOfBirth')).toEqual([
			'Robert',
			'Smith',
			'+15550100142',
			'1975-04-12',
		]);
		expect(pick(6, 'firstName', 'phone', 'dateOfBirth', 'unit', 'zip')).toEqual([
			'María',
			'+15550100123',
			'1982-03-15',
			'Apt 3',
			'90012',
		]);
		expect(byRow.get(6)?.issues.map((i) => i.code)).toEqual(['EMAIL_TYPO_SUGGESTED']);
		expect(pick(7, 'firstName', 'phone', 'dateOfBirth')).toEqual([
			'Renée',
			'+15550100155',
			'1980-03-05',
		]);
		expect(pick(9, 'phone', 'zip', 'country', 'dateOfBirth')).toEqual([
			'+442079460958',
			'SW1A 2AA',
			'GB',
			'1985-07-04',
		]);
		expect(pick(10, 'lastName', 'phone')).toEqual(['Nuñez', '+15550100166']);
		expect(pick(11, 'phone')).toEqual(['+15550100177;ext=12']);
		expect(pick(21, 'firstName', 'lastName', 'dateOfBirth')).toEqual([
			'Maria',
			'de la Cruz',
			'1979-01-02',
		]);
		expect(pick(22, 'firstName', 'lastName', 'dateOfBirth')).toEqual([
			'Seán',
			"O'Brien",
			'1990-12-31',
		]);
		expect(pick(23, 'title', 'firstName', 'lastName')).toEqual(['Dr.', 'Anne', 'Wright']);
		expect(pick(26, 'firstName', 'middleName', 'lastName', 'suffix')).toEqual([
			'John',
			'Q.',
			'Public',
			'Jr.',
		]);
		expect(pick(34, 'dateOfBirth')).toEqual(['1962-09-09']);
		expect(pick(39, 'phone', 'dateOfBirth')).toEqual(['+49892233445', '1990-08-17']);
		// dialled the European way (00), although US callers dial 011 abroad
		expect(pick(8, 'phone')).toEqual(['+4930901820']);
	});

	it('merges the same person written twice and keeps the household as two people', async () => {
		const { result } = await transformed('clients-messy.csv', 'clients');
		const { into, paired, clean } = merged(result.rows);
		// Bob Smith (nickname, phone written with dots) into Robert Smith; Kate Lee (same email) into
		// Katherine Lee; Tom Becker into Thomas Becker
		expect(into).toEqual({ 18: 5, 19: 11, 36: 34 });
		// Thanh and Linh Nguyen share an address and a phone, not a name
		expect(paired.has(12) || paired.has(13)).toBe(false);
		expect(clean).toBe(28);
	});
});

describe("examples/clients-messy.csv through runImport (what the README's first command runs)", () => {
	it('writes 28 clean clients, merges 3 rows and fails the 5 rows, each with its row and code', async () => {
		const exceptions: PipelineException[] = [];
		const written: number[] = [];
		const report = await runImport(readFileSync(join(examples, 'clients-messy.csv')), {
			schema: 'clients',
			read: { fileName: 'clients-messy.csv' },
			dedupe: { policy: 'merge' },
			onException: (e) => {
				exceptions.push(e);
			},
			write: async (records) => {
				for await (const { row } of records) written.push(row);
			},
		});
		expect(report.status).toBe('Completed with errors');
		expect(report.totals).toMatchObject({
			rows: 36,
			valid: 31,
			invalid: 5,
			duplicates: 3,
			possibleDuplicates: 0,
			written: 28,
		});
		expect(report.duplicates.map((d) => [d.row, d.intoRow])).toEqual([
			[18, 5],
			[19, 11],
			[36, 34],
		]);
		expect(exceptions.map((e) => [e.row, e.outcome, e.code])).toEqual([
			[14, 'invalid', 'VALUE_REQUIRED'],
			[15, 'invalid', 'DATE_INVALID'],
			[16, 'invalid', 'EMAIL_INVALID'],
			[20, 'invalid', 'PHONE_INVALID'],
			[38, 'invalid', 'EMAIL_INVALID'],
		]);
		// the household: both written
		expect(written).toEqual(expect.arrayContaining([12, 13]));
		expect(written).toHaveLength(28);
	});
});

describe('examples/clients-two-sheets.xlsx', () => {
	it('holds two sheets with different columns', async () => {
		const clients = await read('clients-two-sheets.xlsx', 'Clients');
		const contacts = await read('clients-two-sheets.xlsx', 'Contacts');
		expect(clients.sheets).toEqual(['Clients', 'Contacts']);
		expect(clients.headers).toEqual([
			'First Name',
			'Last Name',
			'Email',
			'Mobile',
			'Street',
			'City',
			'State',
			'ZIP',
			'Birthday',
		]);
		expect(contacts.headers).toEqual([
			'Contact',
			'Company',
			'Role',
			'Work Phone',
			'E-mail Address',
			'Added',
		]);
	});

	it('imports the Clients sheet: typed numbers as phones and ZIPs, one bad row, one duplicate', async () => {
		const { result } = await transformed('clients-two-sheets.xlsx', 'clients', 'Clients');
		expect(result.totals).toMatchObject({ rows: 6, valid: 5, invalid: 1 });
		expect(failures(result.rows)).toEqual({ 8: ['EMAIL_INVALID', 'DATE_INVALID'] });
		const jane = result.rows[0].record as Record<string, unknown>;
		expect([jane.mobilePhone, jane.zip, jane.dateOfBirth]).toEqual([
			'+15550100201',
			'02108',
			'1980-03-05',
		]);
		expect(result.rows[2].record?.firstName).toBe('María');
		expect(merged(result.rows).into).toEqual({ 7: 3 });
	});

	it('imports the Contacts sheet, names written "Last, First"', async () => {
		const { result } = await transformed('clients-two-sheets.xlsx', 'contacts', 'Contacts');
		expect(result.totals).toMatchObject({ rows: 4, valid: 4, invalid: 0 });
		expect(
			result.rows.map((x) => [x.record?.firstName, x.record?.lastName, x.record?.company]),
		).toEqual([
			['Chioma', 'Okafor', 'Okafor & Reed LLP'],
			['Harold', 'Jones', 'Jones Trucking Inc.'],
			[undefined, undefined, 'Alvarez Holdings LLC'],
			['Jordan', 'Pike', 'Harlow & Pike LLP'],
		]);
	});
});
