import { DEFAULT_DEDUPE_OPTIONS } from '../../../lib/dedupe/options';
import { prepareRecord } from '../../../lib/dedupe/prepareRecord';
import {
	emptyPrepared,
	PreparedColumns,
	StringTable,
	tableOf,
} from '../../../lib/dedupe/preparedTable';

const records = [
	{ firstName: 'Bob', lastName: 'Lee Jr.', email: 'BOB@x.com', phone: '555-123-4567' },
	{ fullName: 'García-López, María', street: '12 Main St. Apt 4', city: 'Austin', state: 'Texas' },
	{ firstName: 'Ann', zip: '78701-1234', dateOfBirth: '03/07/1985', email2: 'ann@y.org' },
	{},
];
const prepared = records.map((r) => prepareRecord(r, DEFAULT_DEDUPE_OPTIONS));

describe('PreparedColumns', () => {
	it('gives back every prepared record it was given, field for field, the existing ones after', () => {
		const strings = new StringTable();
		const table = new PreparedColumns(strings);
		const existing = new PreparedColumns(strings);
		prepared.slice(0, 3).forEach((p) => table.add(p));
		existing.add(prepared[3]);
		table.append(existing);
		expect(table.length).toBe(4);
		const into = emptyPrepared();
		prepared.forEach((p, i) => expect({ ...table.read(i, into) }).toEqual(p));
		expect([0, 1, 2, 3].map(table.column('last'))).toEqual(['lee', 'garcia lopez', '', '']);
		expect([0, 1, 2, 3].map(table.column('emails'))).toEqual(['bob@x.com', '', 'ann@y.org', '']);
	});

	it('keeps one copy of each distinct value', () => {
		const strings = new StringTable();
		const table = new PreparedColumns(strings);
		for (let i = 0; i < 3000; i++) table.add(prepared[i % 3]);
		// '' and the distinct values of the three records (Bob's formal name is Robert)
		expect(strings.strings.length).toBeLessThan(20);
		expect(table.column('firstFormal')(3000 - 3)).toBe('robert');
	});
});

describe('tableOf', () => {
	it('reads a list of prepared records as a table', () => {
		const table = tableOf(prepared);
		expect(table.length).toBe(4);
		expect(table.column('zip')(2)).toBe('78701');
		expect({ ...table.read(1, emptyPrepared()) }).toEqual(prepared[1]);
	});
});
