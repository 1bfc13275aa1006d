/**
 * Excel's worksheet limits, named once: the XLSX writer refuses what Excel
 * could not open, and the readers use the same numbers to tell a damaged file.
 *
 * Source: Microsoft, "Excel specifications and limits" (Excel 2007 and later),
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */

/** Rows on a worksheet: 1,048,576 (2^20). */
export const MAX_ROWS = 1_048_576;

/** Columns on a worksheet: 16,384 (2^14, column XFD). */
export const MAX_COLUMNS = 16_384;

/** Characters a cell holds: 32,767. */
export const MAX_CELL_TEXT = 32_767;

/** Characters in a sheet name: 31. */
export const MAX_SHEET_NAME = 31;

/** Characters in a data-validation list formula, and in its error message: 255. */
export const MAX_VALIDATION_TEXT = 255;

/** Font sizes Excel accepts, in points: 1 to 409. */
export const MIN_FONT_SIZE = 1;
export const MAX_FONT_SIZE = 409;
