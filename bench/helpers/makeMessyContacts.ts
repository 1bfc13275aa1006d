/**
 * The messy contacts file of `npm run bench:pipeline`: the people of
 * bench/helpers/contacts.ts (seeded; Zipf-like names so that blocks of common
 * names share ZIPs; ~5% near-duplicates with typos, nicknames, reformatted
 * phones, dropped fields, dates written the other way round), written as an
 * export from an old system would write them, in shuffled order: a title row
 * above the header, one Full Name column (partly "Last, First", some
 * surnames in capitals), one Full Address column, dates in four shapes,
 * accents, notes with commas and quotes, blank lines, and a small share of
 * rows that must fail (no name or contact, an impossible date, a broken
 * email).
 *
 * The ground truth is written beside the file: the person of each source row
 * (by row number, as the spreadsheet shows it), so that the pairs a run finds
 * can be scored.
 */
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { seeded } from '../../test/helpers/seeded';
import { generateContacts } from './contacts';
import { MONTH_NAMES } from '../../lib/normalize/data/dateWords';

/** What the generator wrote, beside the file as `<file>.truth.json` (and `<file>.person.bin`). */
export interface MessyContactsTruth {
	rows: number;
	seed: number;
	bytes: number;
	/** the row numbers of the header and of the first data row */
	headerRow: number;
	/** injected near-duplicates (each one pair of rows of one person) */
	injected: number;
	/** rows written so that they must fail, by kind */
	broken: { noNameOrContact: number; badDate: number; badEmail: number };
	blankLines: number;
}

export const HEADER = [
	'Client No.',
	'Full Name',
	'Full Address',
	'Phone',
	'E-mail',
	'Date of Birth',
	'Company',
	'Job Title',
	'Client Since',
	'Notes',
];

const COMPANIES = ['Acme Legal LLP', 'Northwind Traders', 'Globex Corporation', 'Initech, Inc.'];
const JOB_TITLES = ['Office Manager', 'Chief Financial Officer', 'Paralegal', 'Owner'];
const NOTES = [
	'Referred by a former client',
	'Prefers "email", not phone',
	'Called twice, left a message',
	'Spanish speaker; needs an interpreter',
];
/** A blank line every so many rows, as exports glued together from several runs have. */
const BLANK_EVERY = 50_000;

function quote(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A date of birth as ISO, US, written out, or ISO with a midnight time. */
function dateIn(iso: string, r: number): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso; // already rewritten by the duplicate maker (US)
	const [, y, mo, d] = m;
	if (r < 0.6) return iso;
	if (r < 0.85) return `${mo}/${d}/${y}`;
	if (r < 0.95) return `${MONTH_NAMES[Number(mo) - 1]} ${Number(d)}, ${y}`;
	return `${iso} 00:00:00`;
}

function nameIn(first: string, last: string, r: number): string {
	if (r < 0.75) return `${first} ${last}`;
	if (r < 0.95) return `${last}, ${first}`;
	return `${last.toUpperCase()}, ${first}`;
}

/** Accents on a few surnames (the same person keeps them): é for e, ü for u. */
function accented(last: string, person: number): string {
	if (person % 37 !== 0) return last;
	return last.replace('e', 'é').replace('u', 'ü');
}

/** The row, made to fail in one of three ways, or as it is. */
function breakRow(
	cells: string[],
	r: number,
	broken: MessyContactsTruth['broken'],
	share: number,
): void {
	if (r >= share) return;
	const kind = Math.floor((r / share) * 3);
	if (kind === 0) {
		// an address left over with nothing to reach anyone by
		cells[1] = cells[3] = cells[4] = cells[6] = cells[7] = '';
		broken.noNameOrContact++;
	} else if (kind === 1) {
		cells[5] = `02/30/${1940 + (Math.floor((r / share) * 997) % 60)}`;
		broken.badDate++;
	} else {
		cells[4] = cells[4] ? cells[4].replace('@', '@@') : 'no email on file@';
		broken.badEmail++;
	}
}

/**
 * Writes the messy contacts file and its ground truth.
 *
 * @param path - the CSV to write; the truth goes to `<path>.truth.json` and `<path>.person.bin`
 * @param count - data rows
 * @param seed - the generator's seed (the same seed writes the same bytes)
 * @param brokenShare - share of rows written so that they must fail
 * @returns what was written
 */
export async function writeMessyContacts(
	path: string,
	count: number,
	seed = 42,
	brokenShare = 0.006,
): Promise<MessyContactsTruth> {
	const { records, injected } = generateContacts(count, 0.05, seed);
	const rnd = seeded(seed + 1);
	// one person per original record; a duplicate is its source's person
	const personOf = new Int32Array(records.length).map((_, i) => i);
	for (const [a, b] of injected) personOf[b] = personOf[a];
	// shuffled, so that duplicates are spread through the file as in life
	const order = new Int32Array(records.length).map((_, i) => i);
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	// as Excel saves a title typed in A1 above a table: one cell, then the empty rest of the row
	const title = `Contacts export for the pipeline bench (seed ${seed}; ${count} rows)${','.repeat(HEADER.length - 1)}`;
	const headerRow = 2;
	const blankLines = Math.floor((count - 1) / BLANK_EVERY);
	// row number → person (-1: the title, the header, a blank line)
	const personByRow = new Int32Array(headerRow + count + blankLines + 1).fill(-1);
	const broken = { noNameOrContact: 0, badDate: 0, badEmail: 0 };
	const out = createWriteStream(path);
	let buffer = `${title}\r\n${HEADER.join(',')}\r\n`;
	let row = headerRow;
	let bytes = 0;
	for (let k = 0; k < order.length; k++) {
		if (k > 0 && k % BLANK_EVERY === 0) {
			buffer += '\r\n';
			row++;
		}
		const c = records[order[k]];
		const person = personOf[order[k]];
		const last = accented(c.lastName, person);
		const cells = [
			`C-${100000 + k}`,
			nameIn(c.firstName, last, rnd()),
			`${c.street}, ${c.city}, ${c.state} ${c.zip}`,
			c.phone,
			rnd() < 0.01 ? c.email.replace(/@.*$/, '@gmial.com') : c.email,
			dateIn(c.dateOfBirth, rnd()),
			rnd() < 0.15 ? COMPANIES[person % COMPANIES.length] : '',
			rnd() < 0.3 ? JOB_TITLES[person % JOB_TITLES.length] : '',
			// a column no schema field takes: read, and left unmapped
			`${1 + (person % 12)}/${1 + (person % 28)}/${2000 + (person % 24)}`,
			rnd() < 0.2 ? NOTES[Math.floor(rnd() * NOTES.length)] : '',
		];
		breakRow(cells, rnd(), broken, brokenShare);
		buffer += cells.map(quote).join(',') + '\r\n';
		personByRow[++row] = person;
		if (buffer.length > 1 << 20) {
			bytes += Buffer.byteLength(buffer);
			if (!out.write(buffer)) await once(out, 'drain');
			buffer = '';
		}
	}
	bytes += Buffer.byteLength(buffer);
	out.end(buffer);
	await once(out, 'finish');
	const truth: MessyContactsTruth = {
		rows: count,
		seed,
		bytes,
		headerRow,
		injected: injected.length,
		broken,
		blankLines,
	};
	writeFileSync(`${path}.person.bin`, Buffer.from(personByRow.buffer));
	writeFileSync(`${path}.truth.json`, JSON.stringify(truth, null, '\t'));
	return truth;
}
