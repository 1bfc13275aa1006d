import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonChunks, writeJsonFile } from '../../../cli/src/common/writeJson';

describe('jsonChunks and writeJsonFile', () => {
	it('indents the two outer levels and puts each entry of a list on its own line', () => {
		const value = {
			status: 'Complete',
			totals: { rows: 2 },
			results: [{ row: 2, id: undefined }, { row: 3 }],
			none: undefined,
		};
		expect([...jsonChunks(value)].join('')).toBe(
			'{\n  "status": "Complete",\n  "totals": {\n    "rows": 2\n  },\n  "results": [\n    {"row":2},\n    {"row":3}\n  ]\n}\n',
		);
	});

	it('reads back as the same value, in chunks of about 64 KiB for a long list', () => {
		const value = {
			results: Array.from({ length: 20_000 }, (_, i) => ({
				row: i + 2,
				status: 'created',
				key: `k${i}`,
			})),
		};
		const chunks = [...jsonChunks(value)];
		expect(chunks.length).toBeGreaterThan(5);
		expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
		expect(JSON.parse(chunks.join(''))).toEqual(value);
	});

	it('writes the file whole, leaving no temporary file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'intake-json-'));
		try {
			writeJsonFile(join(dir, 'report.json'), { a: [1] });
			expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
			expect(readdirSync(dir)).toEqual(['report.json']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
