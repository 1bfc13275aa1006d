import fc from 'fast-check';
import { autoMapHeaders, transformRecords } from '../../../lib';

describe('mapping and transforming arbitrary input', () => {
	it('autoMapHeaders never throws, keeps one entry per header and never gives a field twice', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (headers) => {
				const result = autoMapHeaders(headers, 'contacts', {
					sampleRows: [Object.fromEntries(headers.map((h) => [h, h]))],
				});
				expect(result.columns.map((c) => c.header)).toEqual(headers);
				const fields = result.columns.map((c) => c.field).filter((f) => f !== null);
				expect(new Set(fields).size).toBe(fields.length);
				for (const c of result.columns) expect(c.confidence).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: 300 },
		);
	});

	it('transformRecords never throws and accounts for every row', () => {
		const headers = ['Name', 'Email', 'Phone', 'DOB', 'Address', 'Notes'];
		const mapping = autoMapHeaders(headers, 'clients');
		const cell = fc.oneof(
			fc.string({ maxLength: 60 }),
			fc.integer(),
			fc.constant(null),
			fc.constantFrom('03/04/1980', '(312) 555-0100', 'a@b.co', '12 Oak St, Springfield, IL 62704'),
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(cell, cell, cell, cell, cell, cell), { maxLength: 20 }),
				(cells) => {
					const rows = cells.map((values) =>
						Object.fromEntries(headers.map((h, i) => [h, values[i]])),
					);
					const result = transformRecords(rows, mapping, 'clients');
					expect(result.rows).toHaveLength(rows.length);
					expect(result.totals.valid + result.totals.invalid + result.totals.skipped).toBe(
						rows.length,
					);
					for (const r of result.rows) {
						if (r.status === 'invalid')
							expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
						if (r.status === 'valid')
							expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
					}
				},
			),
			{ numRuns: 300 },
		);
	});
});
