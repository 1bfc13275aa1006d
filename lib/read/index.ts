export { readSpreadsheet, type ReadResult } from './readSpreadsheet';
export {
	openSpreadsheet,
	type SpreadsheetReader,
	type SpreadsheetRow,
	type SheetTable,
	type HeaderDetection,
} from './openSpreadsheet';
export { DEFAULT_READ_OPTIONS, type ReadOptions } from './options';
export { sniffEncoding, type EncodingGuess } from './sniffEncoding';
export { sniffDelimiter } from './sniffDelimiter';
export { detectFormat, type FormatGuess } from './detectFormat';
export { normalizeHeaders, type NormalizedHeaders } from './normalizeHeaders';
export { createRowBuilder } from './createRowBuilder';
export { undoDoubleDecoding } from './doubleDecoded/undoDoubleDecoding';
export { findDoubleDecodedColumns } from './doubleDecoded/findDoubleDecodedColumns';
