import * as limits from '../../../lib/xlsx/excelLimits';

describe('excelLimits', () => {
	it('returns Excel 2007+ worksheet limits as published by Microsoft', () => {
		expect(limits).toEqual({
			MAX_ROWS: 1_048_576,
			MAX_COLUMNS: 16_384,
			MAX_CELL_TEXT: 32_767,
			MAX_SHEET_NAME: 31,
			MAX_VALIDATION_TEXT: 255,
			MIN_FONT_SIZE: 1,
			MAX_FONT_SIZE: 409,
		});
	});
});
