import { parseCellFormats } from '../../../../lib/read/xlsx/parseCellFormats';
import { stylesXml } from '../../../helpers/zipBuilder';

describe('parseCellFormats', () => {
	it("returns each cell format's number format, custom and built-in, General as undefined", () => {
		expect(
			parseCellFormats(
				'<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>',
			),
		).toEqual([undefined, 'yyyy-mm-dd', '#,##0.00']);
	});

	it('reads the styles the test builder writes, with quotes in a code', () => {
		expect(parseCellFormats(stylesXml([14, '"ID "00000', 49]))).toEqual([
			'm/d/yy',
			'"ID "00000',
			'@',
		]);
	});

	it('ignores the cell style formats (cellStyleXfs) and a prefixed sheet reads the same', () => {
		expect(
			parseCellFormats(
				'<x:styleSheet><x:cellStyleXfs><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs><x:xf numFmtId="10"/></x:cellXfs></x:styleSheet>',
			),
		).toEqual(['0.00%']);
	});

	it('returns no formats for styles without cellXfs, or with an empty one', () => {
		expect(parseCellFormats('<styleSheet/>')).toEqual([]);
		expect(parseCellFormats('<styleSheet><cellXfs/></styleSheet>')).toEqual([]);
	});

	it('reads at most 65,536 cell formats', () => {
		const xfs = '<xf numFmtId="1"/>'.repeat(70000);
		expect(parseCellFormats(`<styleSheet><cellXfs>${xfs}</cellXfs></styleSheet>`).length).toBe(
			65536,
		);
	});
});
