import { createTextWindow, MAX_PENDING_CHARS } from '../../../../lib/read/xlsx/createTextWindow';

/** A window whose scan reads whole <si>…</si> items, recording what each scan saw. */
function itemWindow() {
	const seen: string[] = [];
	const items: string[] = [];
	const window = createTextWindow('xl/sharedStrings.xml', (s, final) => {
		seen.push(s);
		let used = 0;
		for (;;) {
			const start = s.indexOf('<si>', used);
			const end = start < 0 ? -1 : s.indexOf('</si>', start);
			if (end < 0) return final ? s.length : start < 0 ? s.length : start;
			items.push(s.slice(start + 4, end));
			used = end + 5;
		}
	});
	return { window, seen, items };
}

describe('createTextWindow', () => {
	it('keeps an element the text cuts short for the next scan', () => {
		const { window, seen, items } = itemWindow();
		window.push('<sst><si>a</si><si>b', false);
		window.push('c</si></sst>', true);
		expect(items).toEqual(['a', 'bc']);
		expect(seen).toEqual(['<sst><si>a</si><si>b', '<si>bc</si></sst>']);
	});

	it('waits until the pending text has doubled before scanning a cut element again', () => {
		const { window, seen } = itemWindow();
		window.push('<si>' + 'x'.repeat(96), false);
		window.push('y'.repeat(10), false);
		expect(seen.length).toBe(1);
		window.push('z'.repeat(100), false);
		expect(seen.length).toBe(2);
	});

	it('scans everything on the final push, however short', () => {
		const { window, items } = itemWindow();
		window.push('<si>' + 'x'.repeat(96), false);
		window.push('</si>', true);
		expect(items).toEqual(['x'.repeat(96)]);
	});

	it('throws FILE_CORRUPT for one element longer than the cap', () => {
		const window = createTextWindow('xl/worksheets/sheet1.xml', () => 0);
		expect(() => window.push('x'.repeat(MAX_PENDING_CHARS + 1), false)).toThrow(
			'the part xl/worksheets/sheet1.xml holds an element of more than 64M characters',
		);
	});
});
