import { scanJsonRecords } from '../../../../cli/src/commands/export/scanJsonRecords';

async function scan(chunks: string[]): Promise<unknown[]> {
	const out: unknown[] = [];
	for await (const record of scanJsonRecords(chunks, 'records.json')) out.push(record);
	return out;
}

const ENVELOPE =
	'{"format":"json","records":[{"a":1,"s":"x}\\"]{"},{"b":{"c":[1,{"d":"é"}]}}],"total":2}';
const RECORDS = [{ a: 1, s: 'x}"]{' }, { b: { c: [1, { d: 'é' }] } }];

describe('scanJsonRecords', () => {
	describe('when the records come in any chunks', () => {
		it('returns the records of an envelope whatever the split point', async () => {
			for (let cut = 0; cut <= ENVELOPE.length; cut++)
				expect(await scan([ENVELOPE.slice(0, cut), ENVELOPE.slice(cut)])).toEqual(RECORDS);
		});

		it('returns the records of an envelope read one character at a time', async () => {
			expect(await scan(ENVELOPE.split(''))).toEqual(RECORDS);
		});

		it('returns the records of a top-level list, and none of an empty one', async () => {
			expect(await scan(['[ {"a":1} ,\n', ' {"a":2} ]'])).toEqual([{ a: 1 }, { a: 2 }]);
			expect(await scan(['[]'])).toEqual([]);
		});

		it('takes the "records" key only, not another list before it', async () => {
			expect(await scan(['{"notrecords":[{"a":1}],"records":[{"b":2}]}'])).toEqual([{ b: 2 }]);
		});
	});

	describe('when the text is not a list of records', () => {
		it.each([
			['[1,2]', 'records.json: record 1 is not an object ("1"…)'],
			[
				'{"x":1}',
				'records.json: expected a JSON list of records, or an object with a "records" list',
			],
			['"hi"', 'records.json: expected a JSON list of records, or an object with a "records" list'],
			[
				'[{"a":1},{"a":',
				'records.json: the file ends inside the list of records (record 2 or the closing ])',
			],
		])('throws a one-line CliError (64) for %s', async (text, message) => {
			await expect(scan([text])).rejects.toMatchObject({ exitCode: 64, message });
		});

		it('names the record that is not valid JSON', async () => {
			await expect(scan(['[{"a":1},{"a":1,}]'])).rejects.toMatchObject({
				exitCode: 64,
				message: expect.stringMatching(/^records\.json: record 2 is not valid JSON \(/),
			});
		});
	});
});
