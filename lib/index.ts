export { IntakeError, isIntakeError, type IntakeErrorCode } from './errors';
export type { ReadIssue, ReadIssueCode, Row, SpreadsheetFormat } from './types';
export {
	readSpreadsheet,
	openSpreadsheet,
	DEFAULT_READ_OPTIONS,
	sniffEncoding,
	sniffDelimiter,
	detectFormat,
	normalizeHeaders,
	createRowBuilder,
	type ReadResult,
	type SpreadsheetReader,
	type SpreadsheetRow,
	type ReadOptions,
	type EncodingGuess,
	type FormatGuess,
	type NormalizedHeaders,
} from './read';
