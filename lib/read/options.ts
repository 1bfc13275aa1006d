import { MIB } from '../bytes/sizes';
import { IntakeError, invalidOption } from '../errors';
import type { SpreadsheetFormat } from '../types';

/** Options of {@link readSpreadsheet} and {@link openSpreadsheet}. */
export interface ReadOptions {
	/** File format; `'auto'` detects it from the bytes, then the file name. Default `'auto'`. */
	format?: 'auto' | SpreadsheetFormat;
	/** Text encoding of CSV/TSV (any WHATWG label, e.g. `'windows-1252'`); `'auto'` sniffs it. Default `'auto'`. */
	encoding?: string;
	/** CSV field delimiter, one character; `'auto'` sniffs among `,` `;` tab `|`. Default `'auto'`. */
	delimiter?: string;
	/**
	 * Worksheet name or 0-based index (XLSX/XLS/ODS), or `'*'` for every visible
	 * worksheet that holds a value, one after the other, each with its own header
	 * row (rows then carry their `sheet`). Default: the first worksheet with data
	 * (never a chart sheet). A CSV/TSV file is one table whatever this says.
	 */
	sheet?: string | number;
	/**
	 * 1-based row that holds the headers (the first row with content at or below
	 * it; rows above it are not read as data), or `'auto'`: the row that looks most like labels
	 * above rows of data, among the first 30 rows with content. Default `'auto'`.
	 */
	headerRow?: number | 'auto';
	/**
	 * Whether a merged range's value fills every cell of the range, down and
	 * across (grouped rows: "Smith" over three rows reads as `Smith` three times).
	 * Workbooks only. Default `false`: the value stays in the range's first cell.
	 */
	fillMerged?: boolean;
	/** Largest accepted input in bytes, checked before any parsing. Default 52428800 (50 MiB). */
	maxBytes?: number;
	/** Original file name, used as a hint when the bytes alone are not conclusive. */
	fileName?: string;
}

/** Options after defaults and checks. */
export interface NormalizedReadOptions {
	format: 'auto' | SpreadsheetFormat;
	encoding: string;
	delimiter: string;
	sheet: string | number | undefined;
	headerRow: number | 'auto';
	fillMerged: boolean;
	maxBytes: number;
	fileName: string | undefined;
}

/** Default read options. */
export const DEFAULT_READ_OPTIONS: Readonly<NormalizedReadOptions> = Object.freeze({
	format: 'auto',
	encoding: 'auto',
	delimiter: 'auto',
	sheet: undefined,
	headerRow: 'auto',
	fillMerged: false,
	maxBytes: 50 * MIB,
	fileName: undefined,
});

const FORMATS = ['auto', 'csv', 'tsv', 'xlsx', 'xls', 'ods'];

function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('READ_INVALID_OPTION', name, expected, got);
}

/**
 * Whether a character can separate fields: not a letter or a digit (they occur
 * in values), and not a control character other than tab (a file holding
 * them is taken for binary), a byte-order mark or half of a surrogate pair.
 */
function isDelimiterChar(d: string): boolean {
	const c = d.charCodeAt(0);
	if (c === 0x09) return true;
	if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff))
		return false;
	return !/[\p{L}\p{N}]/u.test(d);
}

/**
 * Checks read options once per call and fills in defaults.
 *
 * @param options - what the caller passed
 * @returns complete options
 * @throws IntakeError `READ_INVALID_OPTION` naming the option, what was expected and what was got
 */
export function normalizeReadOptions(options: ReadOptions = {}): NormalizedReadOptions {
	if (options === null || typeof options !== 'object')
		throw invalid('options', 'an object', options);
	const o = { ...DEFAULT_READ_OPTIONS };
	if (options.format !== undefined) {
		if (!FORMATS.includes(options.format))
			throw invalid('format', `one of ${FORMATS.join(', ')}`, options.format);
		o.format = options.format;
	}
	if (options.encoding !== undefined && options.encoding !== 'auto') {
		if (typeof options.encoding !== 'string')
			throw invalid('encoding', 'an encoding name', options.encoding);
		try {
			o.encoding = new TextDecoder(options.encoding).encoding;
		} catch {
			throw invalid(
				'encoding',
				'an encoding such as utf-8, utf-16le, utf-16be or windows-1252',
				options.encoding,
			);
		}
	}
	if (options.delimiter !== undefined && options.delimiter !== 'auto') {
		const d = options.delimiter === '\\t' ? '\t' : options.delimiter;
		if (typeof d !== 'string' || d.length !== 1 || d === '"' || d === '\n' || d === '\r') {
			throw invalid(
				'delimiter',
				'one character other than a quote or a line break',
				options.delimiter,
			);
		}
		if (!isDelimiterChar(d)) {
			throw invalid(
				'delimiter',
				'a punctuation mark, a space or a tab, such as , ; | or \\t (not a letter, a digit or a control character)',
				options.delimiter,
			);
		}
		o.delimiter = d;
	}
	if (options.sheet !== undefined && options.sheet !== '') {
		const s = options.sheet;
		if (typeof s === 'number' ? !Number.isInteger(s) || s < 0 : typeof s !== 'string') {
			throw invalid('sheet', 'a sheet name or a 0-based index', s);
		}
		o.sheet = s;
	}
	if (options.headerRow !== undefined && options.headerRow !== 'auto') {
		if (!Number.isInteger(options.headerRow) || options.headerRow < 1) {
			throw invalid('headerRow', "an integer of 1 or more, or 'auto'", options.headerRow);
		}
		o.headerRow = options.headerRow;
	}
	if (options.fillMerged !== undefined) {
		if (typeof options.fillMerged !== 'boolean')
			throw invalid('fillMerged', 'true or false', options.fillMerged);
		o.fillMerged = options.fillMerged;
	}
	if (options.maxBytes !== undefined) {
		if (
			typeof options.maxBytes !== 'number' ||
			Number.isNaN(options.maxBytes) ||
			options.maxBytes <= 0
		) {
			throw invalid('maxBytes', 'a positive number of bytes', options.maxBytes);
		}
		o.maxBytes = options.maxBytes;
	}
	if (options.fileName !== undefined) {
		if (typeof options.fileName !== 'string')
			throw invalid('fileName', 'a string', options.fileName);
		o.fileName = options.fileName;
	}
	return o;
}
