import { drawTablePages } from '../../../../lib/export/pdf/drawTablePages';
import { layoutPdfTable } from '../../../../lib/export/pdf/tableLayout';

function draw(headers: string[], rows: string[][], title = 'Clients'): string[] {
	const pages: string[] = [];
	const layout = layoutPdfTable(headers, rows, 'auto');
	drawTablePages({ title, subtitle: ['1 record'], headers, rows }, layout, (p) => pages.push(p));
	return pages;
}

describe('drawTablePages', () => {
	describe('a short table', () => {
		it('returns one page with the title, the header and the row, bold for the header', () => {
			const [page, ...rest] = draw(['Name'], [['Jane']]);
			expect(rest).toEqual([]);
			expect(page).toMatch(/\/F3 15 Tf \(Clients\) Tj/);
			expect(page).toMatch(/\/F3 8 Tf \(Name\) Tj/);
			expect(page).toMatch(/\/F1 8 Tf \(Jane\) Tj/);
			expect(page).not.toContain('No records.');
		});

		it('returns "No records." when there are no rows or no columns', () => {
			expect(draw(['Name'], [])[0]).toContain('(No records.) Tj');
			expect(draw([], [])[0]).toContain('(No records.) Tj');
		});
	});

	describe('a long table', () => {
		it('returns more pages, each after the first starting with the header row', () => {
			const rows = Array.from({ length: 200 }, (_, i) => [`Row ${i}`]);
			const pages = draw(['Name'], rows);
			expect(pages.length).toBe(5);
			for (const page of pages.slice(1))
				expect(page.indexOf('(Name) Tj')).toBeLessThan(page.indexOf('(Row'));
			expect(pages.join('').match(/\(Row \d+\) Tj/g)).toHaveLength(200);
		});

		it('returns a row taller than a page cut between lines over several pages', () => {
			const tall = Array.from({ length: 150 }, (_, i) => `line ${i}`).join('\n');
			const pages = draw(['Notes'], [[tall]]);
			expect(pages.length).toBeGreaterThan(1);
			expect(pages.join('').match(/\(line \d+\) Tj/g)).toHaveLength(150);
		});
	});
});
