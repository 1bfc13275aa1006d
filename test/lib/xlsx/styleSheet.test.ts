import { createStyleSheet } from '../../../lib/xlsx/styleSheet';

describe('createStyleSheet', () => {
	describe('indexes', () => {
		it('returns 0 for no style and one index per distinct style, whatever its key order', () => {
			const styles = createStyleSheet();
			expect([
				styles.index(undefined),
				styles.index({ bold: true, size: 12 }),
				styles.index({ size: 12, bold: true }),
				styles.index({ fill: '00ff00' }),
			]).toEqual([0, 1, 1, 2]);
		});
	});

	describe('styles.xml', () => {
		it('returns shared fonts, fills, built-in and custom number formats, and alignment', () => {
			const styles = createStyleSheet();
			styles.index({ bold: true, color: 'ff0000' });
			styles.index({ bold: true, color: 'ff0000', numberFormat: '0.00' });
			styles.index({ fill: '00ff00', numberFormat: 'yyyy-mm-dd' });
			styles.index({ wrap: true, verticalAlign: 'top' });
			const xml = styles.xml();
			expect(xml).toContain(
				'<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>',
			);
			expect(xml).toContain(
				'<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFF0000"/><name val="Calibri"/><family val="2"/></font></fonts>',
			);
			expect(xml).toContain(
				'<fill><patternFill patternType="solid"><fgColor rgb="FF00FF00"/><bgColor indexed="64"/></patternFill></fill>',
			);
			expect(xml).toContain(
				'<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
					'<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
					'<xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
					'<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>' +
					'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>',
			);
		});
	});

	describe('bad styles', () => {
		it('returns XLSX_INVALID_OPTION naming the style option', () => {
			const styles = createStyleSheet();
			expect(() => styles.index({ color: 'red' })).toThrow(
				expect.objectContaining({
					code: 'XLSX_INVALID_OPTION',
					message: 'Invalid option `style.color`: expected six hex digits (RRGGBB), got "red"',
				}),
			);
			expect(() => styles.index({ size: 0 })).toThrow(
				'Invalid option `style.size`: expected a font size from 1 to 409 points, got 0',
			);
		});
	});
});
