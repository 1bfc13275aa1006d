import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournal, readJournal } from '../../../../cli/src/commands/import/createJournal';

describe('createJournal and readJournal', () => {
	let dir: string;
	beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'intake-journal-'))));
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('writes one JSON line per entry, reads them back, and removes the file', () => {
		const path = join(dir, 'report.json.journal');
		const journal = createJournal(path);
		journal.write({ type: 'start' });
		journal.write({ type: 'sent', batch: 1 } as { type: string });
		expect(readFileSync(path, 'utf8')).toBe('{"type":"start"}\n{"type":"sent","batch":1}\n');
		expect(readJournal(path)).toEqual([{ type: 'start' }, { type: 'sent', batch: 1 }]);
		journal.remove();
		expect(existsSync(path)).toBe(false);
	});

	it('leaves out a last line cut short by a kill, but refuses a broken line before it', () => {
		const path = join(dir, 'j.journal');
		appendFileSync(path, '{"type":"start"}\n{"type":"sent","bat');
		expect(readJournal(path)).toEqual([{ type: 'start' }]);
		appendFileSync(path, '\n{"type":"end"}\n');
		expect(() => readJournal(path)).toThrow(SyntaxError);
	});
});
