import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADER, writeMessyContacts } from '../../../bench/helpers/makeMessyContacts';
import { readSpreadsheet } from '../../../lib';

describe('writeMessyContacts', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'messy-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('writes the same bytes and truth for the same seed', async () => {
		const a = await writeMessyContacts(join(dir, 'a.csv'), 2_000, 7);
		const b = await writeMessyContacts(join(dir, 'b.csv'), 2_000, 7);
		expect(readFileSync(join(dir, 'a.csv')).equals(readFileSync(join(dir, 'b.csv')))).toBe(true);
		expect(b).toEqual(a);
		expect(a.bytes).toBe(readFileSync(join(dir, 'a.csv')).length);
	});

	it('writes a title row above the header, every data row, and the person of each row', async () => {
		const truth = await writeMessyContacts(join(dir, 'c.csv'), 2_000, 7);
		const r = await readSpreadsheet(readFileSync(join(dir, 'c.csv')));
		expect(r.headerRowNumber).toBe(truth.headerRow);
		expect(r.headers).toEqual(HEADER);
		expect(r.rows).toHaveLength(2_000);
		const person = new Int32Array(readFileSync(join(dir, 'c.csv.person.bin')).buffer.slice(0));
		// no person on the title or the header row; one on every data row
		expect([person[1], person[2]]).toEqual([-1, -1]);
		expect(r.rowNumbers.every((n) => person[n] >= 0)).toBe(true);
		// each injected near-duplicate shares its person with one earlier generated row
		const rowsOfPerson = new Map<number, number>();
		for (const n of r.rowNumbers)
			rowsOfPerson.set(person[n], (rowsOfPerson.get(person[n]) ?? 0) + 1);
		const extra = [...rowsOfPerson.values()].reduce((sum, k) => sum + k - 1, 0);
		expect(extra).toBe(truth.injected);
		const broken = truth.broken.noNameOrContact + truth.broken.badDate + truth.broken.badEmail;
		expect(broken).toBeGreaterThan(0);
		expect(broken).toBeLessThan(40);
	});
});
