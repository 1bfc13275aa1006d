import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadResume } from '../../../../cli/src/commands/import/loadResume';

describe('loadResume', () => {
	let dir: string;
	beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'intake-resume-'))));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	const file = (name: string, text: string): string => {
		writeFileSync(join(dir, name), text);
		return join(dir, name);
	};
	const imported = { importId: 'i-1', status: 'Halted (time limit)', results: [], batches: [] };

	it("takes the import's report out of an intake import --report file, or a bare import report", () => {
		const path = file('r.json', JSON.stringify({ totals: {}, file: {}, import: imported }));
		expect(loadResume(path)).toEqual(imported);
		expect(loadResume(file('bare.json', JSON.stringify(imported)))).toEqual(imported);
	});

	it('starts over (undefined) when the run stopped before its import began', () => {
		expect(loadResume(file('r.json', JSON.stringify({ totals: {}, file: {} })))).toBeUndefined();
		file('k.json.journal', '');
		expect(loadResume(join(dir, 'k.json'))).toBeUndefined();
	});

	it('refuses a file that is neither a report nor a journal, in one line', () => {
		expect(() => loadResume(file('x.json', '{"hello":1}'))).toThrow(
			/^--resume: .*x\.json is not an import report \(written by intake import --report\)$/,
		);
		expect(() => loadResume(file('y.json', 'not json'))).toThrow(
			/^--resume: .*y\.json is not JSON: /,
		);
		expect(() => loadResume(file('z.journal', '{"type":"sent"}\n'))).toThrow(
			/is not an import journal \(it does not begin with a start entry\)$/,
		);
	});
});
