import { fitColumns, layoutPdfTable } from '../../../../lib/export/pdf/tableLayout';

describe('fitColumns', () => {
	it('returns the wanted widths, spare width going to wrapping columns up to their natural width', () => {
		expect(fitColumns([100, 200], [50, 60], [100, 300], 400)).toEqual([100, 300]);
		expect(fitColumns([100, 200], [50, 60], [100, 600], 400)).toEqual([100, 300]);
		expect(fitColumns([100, 200], [50, 60], [100, 200], 400)).toEqual([100, 200]);
	});

	it('returns widths shrunk above their floors in proportion when they do not fit', () => {
		// 300 wanted, 200 available: 100 taken from 190 of slack (50 above 50, 140 above 60)
		const widths = fitColumns([100, 200], [50, 60], [100, 200], 200);
		expect(widths.map((w) => Math.round(w * 1000) / 1000)).toEqual([73.684, 126.316]);
		expect(widths[0] + widths[1]).toBeCloseTo(200, 9);
	});

	it('returns the floors scaled down when even they do not fit', () => {
		expect(fitColumns([100, 200], [100, 100], [100, 200], 100)).toEqual([50, 50]);
	});
});

describe('layoutPdfTable', () => {
	describe('orientation', () => {
		it('returns portrait Letter for a narrow table, landscape when asked', () => {
			const narrow = layoutPdfTable(['Name'], [['José']], 'auto');
			expect([narrow.pageWidth, narrow.pageHeight, narrow.fontSize]).toEqual([612, 792, 8]);
			const turned = layoutPdfTable(['Name'], [['José']], 'landscape');
			expect([turned.pageWidth, turned.pageHeight]).toEqual([792, 612]);
		});

		it('returns landscape with auto when the columns need more than the portrait width', () => {
			const headers = Array.from({ length: 6 }, (_, i) => `Column ${i}`);
			const rows = [headers.map(() => 'a fairly long text that wants its full column width')];
			expect(layoutPdfTable(headers, rows, 'auto').pageWidth).toBe(792);
			expect(layoutPdfTable(headers, rows, 'portrait').pageWidth).toBe(612);
		});
	});

	describe('columns', () => {
		it('returns columns side by side from the margin, numbers right-aligned', () => {
			const layout = layoutPdfTable(
				['Name', 'Fee'],
				[
					['José', '12.50'],
					['Zoë', ''],
				],
				'auto',
			);
			const [name, fee] = layout.columns;
			expect(name.x).toBe(36);
			expect(fee.x).toBeCloseTo(36 + name.width, 9);
			expect([name.right, fee.right]).toEqual([false, true]);
			expect(layout.tableWidth).toBeCloseTo(name.width + fee.width, 9);
			expect(layout.lineHeight).toBeCloseTo(8 * 1.22, 9);
		});

		it('returns a smaller type, down to 6 pt, when many columns do not fit', () => {
			const headers = Array.from({ length: 30 }, (_, i) => `Header number ${i}`);
			const layout = layoutPdfTable(headers, [], 'auto');
			expect(layout.fontSize).toBe(6);
			expect(layout.tableWidth).toBeCloseTo(792 - 72, 6);
		});
	});
});
