import * as XLSX from '@e965/xlsx';
import { readMergeRanges } from '../../../../lib/read/xlsx/readMergeRanges';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import { DEFAULT_XLSX_LIMITS } from '../../../../lib/read/xlsx/xlsxLimits';
import { zipParts } from '../../../helpers/zipBuilder';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The merged ranges of a sheet part holding `xml`, stored or deflated. */
function merges(xml: string, store = false) {
	const bytes = zipParts({ 'xl/worksheets/sheet1.xml': xml }, { store });
	const entry = readZipDirectory(bytes)[0];
	return readMergeRanges(bytes, entry, DEFAULT_XLSX_LIMITS);
}

describe('readMergeRanges', () => {
	it('returns the ranges after sheetData and the last column of the dimension', () => {
		const xml = `<worksheet xmlns="${MAIN}"><dimension ref="A1:D9"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="$B$1:$D$1"/></mergeCells></worksheet>`;
		for (const store of [false, true]) {
			expect(merges(xml, store)).toEqual({
				ranges: [
					{ top: 2, left: 0, bottom: 4, right: 0 },
					{ top: 1, left: 1, bottom: 1, right: 3 },
				],
				lastColumn: 3,
			});
		}
	});

	it('returns no ranges for a sheet without merges, and no column for a one-cell dimension', () => {
		expect(
			merges(`<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData/></worksheet>`),
		).toEqual({
			ranges: [],
			lastColumn: undefined,
		});
	});

	it('returns the ranges of a prefixed part whose merges lie past the first inflated chunks', () => {
		const rows: string[] = [];
		for (let r = 1; r <= 20000; r++)
			rows.push(
				`<x:row r="${r}"><x:c r="A${r}" t="inlineStr"><x:is><x:t>Cé ${r * 7919}</x:t></x:is></x:c></x:row>`,
			);
		const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows.join('')}</x:sheetData><x:mergeCells><x:mergeCell ref="AB7:XFD8"/></x:mergeCells></x:worksheet>`;
		expect(merges(xml).ranges).toEqual([{ top: 7, left: 27, bottom: 8, right: 16383 }]);
	});

	it('returns the ranges when the word mergeCell straddles two slices of a stored part', () => {
		const start = `<worksheet xmlns="${MAIN}"><sheetData/>`;
		for (const cut of [1, 5, 8]) {
			// Stored parts are handed out in 1 MiB slices: put the cut inside "mergeCells".
			const pad = ' '.repeat(1024 * 1024 - start.length - 1 - cut);
			const xml = `${start}${pad}<mergeCells><mergeCell ref="B2:C2"/></mergeCells></worksheet>`;
			expect(merges(xml, true).ranges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
		}
	});

	it('returns the ranges SheetJS writes for !merges', () => {
		const ws = XLSX.utils.aoa_to_sheet([
			['Client', 'Matter'],
			['Smith', 'A-1'],
			[null, 'A-2'],
		]);
		ws['!merges'] = [XLSX.utils.decode_range('A2:A3')];
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, ws, 'S');
		const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array' }));
		const entry = readZipDirectory(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml');
		expect(readMergeRanges(bytes, entry!, DEFAULT_XLSX_LIMITS)).toEqual({
			ranges: [{ top: 2, left: 0, bottom: 3, right: 0 }],
			lastColumn: 1,
		});
	});
});
