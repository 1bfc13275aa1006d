import { existsSync, readFileSync } from 'node:fs';
import type { ImportReport } from '../../../../lib';
import { reportFromJournal, type ImportJournalEntry } from '../../../../lib/importer';
import { fail } from '../../common';
import { readJournal } from './createJournal';

/** Whether a value is an `intake import --report` file (the import's report is its `import`). */
function isPipelineReport(value: unknown): value is { import?: unknown } {
	return typeof value === 'object' && value !== null && 'totals' in value && 'file' in value;
}

/** Whether a file is a journal: a name ending in .journal, or a first line that is a `start` entry. */
function isJournal(path: string, text: string): boolean {
	if (path.endsWith('.journal')) return true;
	const first = text.slice(0, text.indexOf('\n') >>> 0);
	return /^\s*\{"type":"start"/.test(first);
}

/**
 * The report a `--resume` run starts from. A run killed before it wrote its
 * report left only its journal (`report.json.journal`): the report is
 * rebuilt from it (`reportFromJournal`: settled rows as they settled, a
 * batch sent but never answered as outcome unknown, so the resume sends it
 * again with the same key). A journal beside the report wins over the
 * report (the report is an older run's). Else the report itself.
 *
 * @param path - the report given to --resume (or its journal)
 * @returns the report to resume from; undefined when the run stopped before its import began (nothing was sent: it starts over)
 * @throws CliError (64) when neither can be read, or the file is neither a report nor a journal
 *
 * @example
 * loadResume('report.json').status
 * //=> 'Interrupted'
 */
export function loadResume(path: string): ImportReport | undefined {
	const journal = existsSync(`${path}.journal`) ? `${path}.journal` : undefined;
	const file = journal ?? path;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		fail(`--resume: cannot read ${file}: ${(error as Error).message}`);
	}
	if (journal !== undefined || isJournal(file, text)) {
		let entries: ImportJournalEntry[];
		try {
			entries = readJournal(file) as ImportJournalEntry[];
		} catch (error) {
			fail(`--resume: ${file} is not an import journal: ${(error as Error).message}`);
		}
		// killed before the import began: nothing was sent, the run starts over
		if (entries.length === 0) return undefined;
		if (entries[0].type !== 'start')
			fail(`--resume: ${file} is not an import journal (it does not begin with a start entry)`);
		return reportFromJournal(entries);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		fail(`--resume: ${file} is not JSON: ${(error as Error).message}`);
	}
	// a run stopped before its import began wrote a report without one: nothing was sent
	if (isPipelineReport(value) && value.import === undefined) return undefined;
	const report = isPipelineReport(value) ? value.import : value;
	if (
		typeof report !== 'object' ||
		report === null ||
		!Array.isArray((report as ImportReport).results)
	)
		fail(`--resume: ${file} is not an import report (written by intake import --report)`);
	return report as ImportReport;
}
