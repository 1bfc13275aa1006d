import { closeSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** A journal being written: one JSON line per entry. */
export interface Journal {
	readonly path: string;
	/** Entries written so far. */
	readonly entries: number;
	/** Appends an entry; `durable` entries are flushed to disk (fsync) before this returns. */
	write(entry: { type: string }): void;
	/** Closes the file and deletes it (the run's report now holds everything). */
	remove(): void;
	close(): void;
}

/**
 * Opens an import's journal: each entry the importer hands `onJournal` is
 * written as one JSON line with a synchronous write, and a `sent` entry is
 * flushed to disk (fsync) before it returns, that is before its batch goes
 * out: if the process is killed, the journal holds every batch that may
 * have reached the target, and `reportFromJournal` rebuilds the run from it.
 * Other entries are flushed by the next `sent` one (or at the end).
 *
 * @param path - the journal's path (the report's path + `.journal`); truncated
 * @returns the journal
 *
 * @example
 * const journal = createJournal('report.json.journal')
 * await importInBatches(records, { send, onJournal: (e) => journal.write(e) })
 * journal.remove()
 */
export function createJournal(path: string): Journal {
	let fd: number | undefined = openSync(path, 'w');
	let entries = 0;
	return {
		path,
		get entries() {
			return entries;
		},
		write(entry) {
			if (fd === undefined) return;
			writeSync(fd, `${JSON.stringify(entry)}\n`);
			entries++;
			if (entry.type === 'sent' || entry.type === 'start' || entry.type === 'end') fsyncSync(fd);
		},
		close() {
			if (fd === undefined) return;
			fsyncSync(fd);
			closeSync(fd);
			fd = undefined;
		},
		remove() {
			this.close();
			rmSync(path, { force: true });
		},
	};
}

/**
 * Reads a journal's entries. A last line cut short by a kill mid-write is
 * left out; any other line that is not JSON makes the file not a journal.
 *
 * @param path - the journal's path
 * @returns its entries, in order
 * @throws Error when the file cannot be read or a line before the last is not JSON
 *
 * @example
 * readJournal('report.json.journal')[0].type
 * //=> 'start'
 */
export function readJournal(path: string): Array<{ type: string }> {
	const lines = readFileSync(path, 'utf8').split('\n');
	const entries: Array<{ type: string }> = [];
	for (const [i, line] of lines.entries()) {
		if (line.trim() === '') continue;
		try {
			entries.push(JSON.parse(line) as { type: string });
		} catch (error) {
			if (i >= lines.length - 2) break;
			throw error;
		}
	}
	return entries;
}
