import { findDoubleDecodedColumns } from '../../../../lib/read/doubleDecoded/findDoubleDecodedColumns';

describe('findDoubleDecodedColumns', () => {
	it('finds a column every non-ASCII cell of which repairs', () => {
		const rows = [
			['First', 'Last', 'City'],
			['JosÃ©', 'MÃ¼ller', 'Köln'],
			['Ann', 'Oâ€™Brien', 'Zürich'],
			['Zoe', 'Lee', 'Paris'],
		];
		expect(findDoubleDecodedColumns(rows)).toEqual([0, 1]);
	});
	it('leaves a column that mixes a real é with Ã©', () => {
		expect(findDoubleDecodedColumns([['JosÃ©'], ['José']])).toEqual([]);
		expect(findDoubleDecodedColumns([['José'], ['JosÃ©']])).toEqual([]);
	});
	it('leaves a column whose one odd cell is real text', () => {
		expect(findDoubleDecodedColumns([['Pipe Ø½"'], ['Tap']])).toEqual([]);
		expect(findDoubleDecodedColumns([['MARQUÉ…'], ['JosÃ©']])).toEqual([]);
	});
	it('finds nothing in ASCII, skips cells that are not text, and never throws', () => {
		expect(findDoubleDecodedColumns([['a', 'b'], ['c']])).toEqual([]);
		expect(
			findDoubleDecodedColumns([[null, 'MÃ¼ller'], 'row' as unknown as string[]] as string[][]),
		).toEqual([1]);
		expect(findDoubleDecodedColumns(undefined as unknown as string[][])).toEqual([]);
	});
});
