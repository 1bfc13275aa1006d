import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countPdfReplacements, writePdfTable, type PdfTable } from '../../../../lib/export/pdf';
import { IntakeError } from '../../../../lib/errors';
import { readPdf } from './readPdf';

const CREATED = new Date('2025-01-05T09:30:00Z');
const SUBTITLE = ['Generated 2025-01-05 09:30 UTC', 'Filter: status is open', '3 records'];
const NAMES = [
	'José Álvarez',
	'Zoë Müller',
	'Łukasz Żółć',
	'Antonín Dvořák',
	'Ayşe Şahin',
	'Martin Ødegaard',
	'Žofie Nováková',
	'Ştefan Ţurcanu',
	'Őrsi Győző',
];
const NOTE =
	'The client called about the settlement offer (see attached) and asked whether the deposition could be moved to next week; ' +
	'opposing counsel agreed in principle but wants written confirmation.';

function table(rows: string[][], headers = ['Name', 'Email', 'Notes']): PdfTable {
	return { title: 'Clients', subtitle: SUBTITLE, headers, rows };
}

function allText(bytes: Uint8Array): string {
	return readPdf(bytes)
		.pages.map((p) => p.join('\n'))
		.join('\n');
}

function hasPdftotext(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function pdftotext(bytes: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
	try {
		writeFileSync(join(dir, 'a.pdf'), bytes);
		return execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('writePdfTable', () => {
	describe('the file', () => {
		it('returns a PDF 1.7 whose xref offsets, stream lengths and page tree are right', () => {
			const pdf = readPdf(
				writePdfTable(table([['José', 'jose@example.com', 'x']]), { creationDate: CREATED }),
			);
			expect(pdf.version).toBe('1.7');
			expect(pdf.pageCount).toBe(1);
			expect(pdf.info).toContain('/CreationDate (D:20250105093000Z)');
			expect(pdf.info).toContain('/Title (Clients)');
		});

		it('returns the same bytes for the same input and creationDate', () => {
			const rows = NAMES.map((n) => [n, 'a@b.c', NOTE]);
			const a = writePdfTable(table(rows), { creationDate: CREATED });
			const b = writePdfTable(table(rows), { creationDate: CREATED });
			expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		});

		it('writes no CreationDate when none is given (the library reads no clock)', () => {
			expect(readPdf(writePdfTable(table([]))).info).not.toContain('CreationDate');
		});

		it('writes a non-ASCII title as a UTF-16 text string', () => {
			const pdf = readPdf(writePdfTable({ ...table([]), title: 'Zoë' }));
			expect(pdf.info).toContain('/Title <FEFF005A006F00EB>');
		});
	});

	describe('the report', () => {
		it('returns the title, subtitle lines, header and rows as text', () => {
			const lines = readPdf(writePdfTable(table([['José Álvarez', 'jose@example.com', 'Called']])))
				.pages[0];
			expect(lines).toEqual([
				'Clients',
				'Generated 2025-01-05 09:30 UTC',
				'Filter: status is open',
				'3 records',
				'Name | Email | Notes',
				'José Álvarez | jose@example.com | Called',
				'Page 1 of 1',
			]);
		});

		it('returns "No records." under the header for an empty table', () => {
			const lines = readPdf(writePdfTable(table([]))).pages[0];
			expect(lines).toEqual([
				'Clients',
				...SUBTITLE,
				'Name | Email | Notes',
				'No records.',
				'Page 1 of 1',
			]);
		});

		it('returns one page with only the title for no headers and no rows', () => {
			const pdf = readPdf(writePdfTable({ title: '', subtitle: [], headers: [], rows: [] }));
			expect(pdf.pages).toEqual([['No records.', 'Page 1 of 1']]);
		});

		it('repeats the header row and numbers every page when rows run over pages', () => {
			const rows = Array.from({ length: 200 }, (_, i) => [
				`Client ${i}`,
				`c${i}@example.com`,
				'Short',
			]);
			const pdf = readPdf(writePdfTable(table(rows)));
			// 200 one-line rows at 14.76 pt under a 720 pt body: 45 on the first page (title), 47 on the next ones.
			expect(pdf.pageCount).toBe(5);
			pdf.pages.forEach((lines, p) => {
				expect(lines).toContain('Name | Email | Notes');
				expect(lines[lines.length - 1]).toBe(`Page ${p + 1} of 5`);
			});
			const shown = pdf.pages.flat().filter((l) => l.startsWith('Client '));
			expect(shown).toEqual(rows.map((r) => r.join(' | ')));
		});

		it('returns every word of a long cell, wrapped onto several lines in its column', () => {
			const pdf = readPdf(
				writePdfTable(table([['José', 'jose@example.com', `${NOTE} ${NOTE} ${NOTE}`]])),
			);
			const lines = pdf.pages[0].slice(5, -1);
			expect(lines.length).toBeGreaterThan(2);
			const words = lines.map((l) => l.replace(/^José \| jose@example\.com \| /, '')).join(' ');
			expect(words).toBe(`${NOTE} ${NOTE} ${NOTE}`);
		});

		it('keeps line breaks inside a cell', () => {
			const lines = readPdf(writePdfTable(table([['A', 'B', 'first\r\nsecond\nthird']]))).pages[0];
			expect(lines.slice(5, 8)).toEqual(['A | B | first', 'second', 'third']);
		});
	});

	describe('orientation', () => {
		it('returns a portrait Letter page when the columns fit', () => {
			expect(readPdf(writePdfTable(table([['a', 'b', 'c']]))).pageSizes).toEqual([[612, 792]]);
		});

		it('returns landscape pages when the columns need the width', () => {
			const headers = Array.from({ length: 10 }, (_, i) => `Column number ${i}`);
			const rows = [headers.map((_, i) => `v${i}`)];
			const pdf = readPdf(writePdfTable(table(rows, headers)));
			expect(pdf.pageSizes).toEqual([[792, 612]]);
			expect(pdf.pages[0]).toContain(rows[0].join(' | '));
		});

		it('follows an explicit orientation', () => {
			expect(
				readPdf(writePdfTable(table([['a', 'b', 'c']]), { orientation: 'landscape' })).pageSizes,
			).toEqual([[792, 612]]);
			const headers = Array.from({ length: 10 }, (_, i) => `Column number ${i}`);
			expect(
				readPdf(writePdfTable(table([], headers), { orientation: 'portrait' })).pageSizes,
			).toEqual([[612, 792]]);
		});

		it('throws EXPORT_INVALID_OPTION for an unknown orientation or an invalid date', () => {
			expect(() => writePdfTable(table([]), { orientation: 'sideways' as 'auto' })).toThrow(
				IntakeError,
			);
			expect(() => writePdfTable(table([]), { orientation: 'sideways' as 'auto' })).toThrow(
				/`orientation`.*got "sideways"/,
			);
			expect(() => writePdfTable(table([]), { creationDate: new Date('nope') })).toThrow(
				/`creationDate`/,
			);
		});
	});

	describe('characters', () => {
		it('returns accented Latin names exactly after extraction', () => {
			const text = allText(writePdfTable(table(NAMES.map((n) => [n, '', '']))));
			for (const name of NAMES) expect(text).toContain(name);
		});

		it('composes decomposed accents (NFD input prints as é)', () => {
			expect(allText(writePdfTable(table([['Jose\u0301', '', '']])))).toContain('José');
		});

		it('shows Greek, Cyrillic, CJK and emoji as ? that still extract as themselves', () => {
			const names = ['Γιάννης', 'Иван Петров', '山田太郎', 'Fan 😀'];
			const bytes = writePdfTable(table(names.map((n) => [n, '', ''])));
			const text = allText(bytes);
			for (const name of names) expect(text).toContain(name);
			expect(countPdfReplacements(table(names.map((n) => [n, '', ''])))).toBe(7 + 10 + 4 + 1);
		});

		it('counts no replacements for Latin names, typographic quotes, € and ™', () => {
			expect(countPdfReplacements(table([[...NAMES.slice(0, 2), '“Quoted” – 5 € ™ ½']]))).toBe(0);
			// a line break in a cell is a new line, not a character shown as ?
			expect(countPdfReplacements(table([['line one\nline two', 'a\r\nb', '']]))).toBe(0);
		});
	});

	describe('hostile text', () => {
		it('never breaks the file with parentheses, backslashes, control characters or PDF keywords', () => {
			const nasty = ') ( \\ \\\\ (( )) \u0000\u0007\u001b[31m endstream endobj %%EOF \ud800 \u202e';
			const bytes = writePdfTable({
				title: nasty,
				subtitle: [nasty],
				headers: [nasty, 'B'],
				rows: [[nasty, nasty]],
			});
			const text = allText(bytes);
			expect(text).toContain(') ( \\ \\\\ (( ))');
			expect(text).toContain('endstream endobj %%EOF');
		});

		it('returns all 10,000 characters of a huge cell across pages', () => {
			const big = 'x'.repeat(10000);
			const pdf = readPdf(writePdfTable(table([[big, 'y', 'z']])));
			expect(pdf.pageCount).toBeGreaterThan(1);
			const xs = pdf.pages.flat().join('').replace(/[^x]/g, '');
			expect(xs.length).toBe(10000);
		});

		it('accepts rows wider or narrower than the headers and non-string cells', () => {
			const rows = [['a'], ['b', 'c', 'd', 'e'], [null, 42, undefined]] as unknown as string[][];
			const lines = readPdf(writePdfTable(table(rows))).pages[0];
			expect(lines).toContain('b | c | d | e');
			expect(lines).toContain('42');
		});
	});

	describe('size', () => {
		// speed is measured by npm run bench:export, not asserted here (these machines are noisy)
		it('writes 10,000 rows, every one of them, with page numbers to the last page', () => {
			const rows = Array.from({ length: 10000 }, (_, i) => [
				NAMES[i % NAMES.length],
				`user${i}@example.com`,
				i % 5 ? 'Left voicemail' : NOTE,
			]);
			const bytes = writePdfTable(table(rows), { creationDate: CREATED });
			const pdf = readPdf(bytes);
			expect(pdf.pages[pdf.pageCount - 1]).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
			expect(pdf.pages.flat().filter((l) => l.includes('@example.com')).length).toBe(10000);
		});
	});

	describe('options', () => {
		it('returns EXPORT_INVALID_OPTION naming an unknown orientation or an invalid creationDate', () => {
			expect(() => writePdfTable(table([]), { orientation: 'up' as 'auto' })).toThrow(
				expect.objectContaining({
					code: 'EXPORT_INVALID_OPTION',
					message:
						"Invalid option `orientation`: expected 'auto', 'portrait' or 'landscape', got \"up\"",
				}),
			);
			expect(() => writePdfTable(table([]), { creationDate: new Date('soon') })).toThrow(
				expect.objectContaining({
					code: 'EXPORT_INVALID_OPTION',
					message: 'Invalid option `creationDate`: expected a valid Date, got "Invalid Date"',
				}),
			);
		});
	});

	const poppler = hasPdftotext();
	(poppler ? describe : describe.skip)('pdftotext (poppler-utils)', () => {
		it('extracts the names exactly, Latin and non-Latin', () => {
			const names = [...NAMES, 'Γιάννης', 'Иван', '山田太郎'];
			const text = pdftotext(writePdfTable(table(names.map((n) => [n, 'x@example.com', 'Note']))));
			for (const name of names) expect(text).toContain(name);
			expect(text).toContain('Page 1 of 1');
		});
	});
	if (!poppler)
		it.skip('pdftotext is not installed: the poppler-utils checks are skipped', () => undefined);
});
