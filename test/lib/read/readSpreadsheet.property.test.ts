import fc from 'fast-check';
import { isIntakeError, readSpreadsheet } from '../../../index';
import { fixture } from '../../helpers/fixtures';

/** Reads and returns nothing, or the IntakeError thrown; any other throw fails the property. */
async function readOrIntakeError(bytes: Uint8Array): Promise<void> {
	try {
		await readSpreadsheet(bytes);
	} catch (e) {
		if (!isIntakeError(e)) throw e;
	}
}

const csvAlphabet = fc.constantFrom(
	'a',
	'b',
	'1',
	',',
	';',
	'\t',
	'|',
	'"',
	'\n',
	'\r',
	' ',
	'é',
	'\u0000',
	'\ufeff',
);

describe('readSpreadsheet (properties)', () => {
	it('throws nothing but IntakeError on arbitrary bytes', async () => {
		await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), readOrIntakeError), {
			numRuns: 400,
		});
	});

	it('throws nothing but IntakeError on CSV-like text full of quotes and delimiters', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(csvAlphabet, { maxLength: 400 }), async (chars) => {
				await readOrIntakeError(new TextEncoder().encode(chars.join('')));
			}),
			{ numRuns: 400 },
		);
	});

	it.each([
		['XLSX', 'contacts.xlsx', 150],
		['XLS', 'people.xls', 150],
	])(
		'throws nothing but IntakeError, and logs nothing, on damaged %s files',
		async (_kind, file, numRuns) => {
			const original = fixture(file);
			const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
			await fc.assert(
				fc.asyncProperty(
					fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
						minLength: 1,
						maxLength: 8,
					}),
					async (flips) => {
						const bytes = Buffer.from(original);
						for (const [at, value] of flips) bytes[at % bytes.length] = value;
						await readOrIntakeError(bytes);
					},
				),
				{ numRuns },
			);
			expect(logged).not.toHaveBeenCalled();
			logged.mockRestore();
		},
	);

	it('returns every non-blank record of well-formed CSV with its values intact', async () => {
		const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }),
				async (records) => {
					const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
					const text = ['A,B', ...records.map(([a, b]) => `${quote(a)},${quote(b)}`)].join('\n');
					const expected = records.filter(([a, b]) => a.trim() !== '' || b.trim() !== '');
					if (expected.length === 0) return;
					const r = await readSpreadsheet(new TextEncoder().encode(text), {
						delimiter: ',',
						encoding: 'utf-8',
					});
					expect(r.rows).toEqual(expected.map(([a, b]) => ({ A: a, B: b })));
				},
			),
			{ numRuns: 200 },
		);
	});
});
