import { KIB, SNIFF_BYTES } from '../bytes/sizes';
import { IntakeError } from '../errors';
import type { SpreadsheetFormat } from '../types';
import { sniffEncoding } from './sniffEncoding';

/** What {@link detectFormat} found. */
export interface FormatGuess {
	/** The reader to use. `csv` covers TSV too until the delimiter is known. */
	format: SpreadsheetFormat;
	/** How the bytes are packaged. */
	container: 'zip' | 'cfb' | 'markup' | 'text';
}

const MAGIC: Array<{ bytes: number[]; what: string }> = [
	{ bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
	{ bytes: [0x1f, 0x8b], what: 'a gzip archive' },
	{ bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
	{ bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
	{ bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
	{ bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

/** Bytes checked for control characters: a binary file shows them in its first few kilobytes. */
const BINARY_SAMPLE_BYTES = 8 * KIB;

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

export function unsupported(what: string, fileName?: string): IntakeError {
	return new IntakeError(
		'UNSUPPORTED_FORMAT',
		`${fileName ? `"${fileName}" is` : 'The file is'} ${what}, not a spreadsheet. Upload a CSV, TSV, XLSX, XLS or ODS file; from other programs, export or "Save As" one of those.`,
		{ detected: what },
	);
}

/**
 * Works out a file's format from its first bytes, using the file name only
 * where the bytes can't tell (plain text, or a ZIP whose first entry is not
 * an OpenDocument `mimetype`: `.ods` names an ODS file, any other an XLSX one;
 * the workbook reader checks the archive's parts either way).
 *
 * @param bytes - the file, or at least its first few kilobytes
 * @param fileName - the original name, as a hint
 * @returns the reader to use and the container
 * @throws IntakeError `UNSUPPORTED_FORMAT` for PDFs, images, archives and other binary files
 * @example
 * detectFormat(new TextEncoder().encode('name,email\nJane,j@x.org\n')).format
 * //=> 'csv'
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): FormatGuess {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
		const ods = isOdsMimetype(bytes) || /\.ods$/i.test(fileName ?? '');
		return { format: ods ? 'ods' : 'xlsx', container: 'zip' };
	}
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
		return { format: 'xls', container: 'cfb' };
	// BIFF2-4 worksheets written by very old Excel versions start with a BOF record.
	if (
		bytes.length > 4 &&
		bytes[0] === 0x09 &&
		[0x00, 0x02, 0x04].includes(bytes[1]) &&
		bytes[3] === 0x00
	) {
		return { format: 'xls', container: 'cfb' };
	}
	for (const m of MAGIC) if (startsWith(bytes, m.bytes)) throw unsupported(m.what, fileName);

	const enc = sniffEncoding(bytes.subarray(0, SNIFF_BYTES), bytes.length > SNIFF_BYTES);
	const head = new TextDecoder(enc.encoding)
		.decode(bytes.subarray(0, SNIFF_BYTES))
		.replace(/^\uFEFF/, '');
	if (
		enc.encoding !== 'utf-16le' &&
		enc.encoding !== 'utf-16be' &&
		looksBinary(bytes.subarray(0, BINARY_SAMPLE_BYTES))
	) {
		throw unsupported('a binary file of an unknown kind', fileName);
	}
	const start = head.trimStart().slice(0, 4096).toLowerCase();
	if (start.startsWith('<')) {
		if (
			/<table[\s>]/.test(head.toLowerCase()) ||
			start.startsWith('<html') ||
			start.startsWith('<!doctype html')
		) {
			return { format: 'xls', container: 'markup' };
		}
		// a flat OpenDocument spreadsheet (.fods): one XML document, the ODS reader reads it as it is
		if (/<office:document[\s>]/.test(head) && head.includes(ODS_MIMETYPE))
			return { format: 'ods', container: 'markup' };
		if (
			start.startsWith('<?xml') &&
			head.includes('urn:schemas-microsoft-com:office:spreadsheet')
		) {
			return { format: 'xls', container: 'markup' };
		}
		if (start.startsWith('<?xml') || start.startsWith('<!doctype') || /^<[a-z]/.test(start)) {
			throw unsupported('an XML or HTML document without a table', fileName);
		}
	}
	const tsvName = /\.(tsv|tab)$/i.test(fileName ?? '');
	return { format: tsvName ? 'tsv' : 'csv', container: 'text' };
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Whether a ZIP archive starts as an OpenDocument spreadsheet does: its first
 * entry, stored uncompressed, is `mimetype` and holds the spreadsheet type.
 */
function isOdsMimetype(b: Uint8Array): boolean {
	const nameLength = b[26] | (b[27] << 8);
	const extraLength = b[28] | (b[29] << 8);
	if (nameLength !== 8 || b.length < 30 + 8 + extraLength + ODS_MIMETYPE.length) return false;
	if (String.fromCharCode(...b.subarray(30, 38)) !== 'mimetype') return false;
	const at = 38 + extraLength;
	return String.fromCharCode(...b.subarray(at, at + ODS_MIMETYPE.length)) === ODS_MIMETYPE;
}

/**
 * Whether a sample is binary rather than text: more control bytes (other than
 * tab, line breaks, form feed and escape) than a text file holds, that is
 * more than 1% of the sample and more than a handful. A NUL counts like any
 * other control byte, so one stray NUL in a text file does not make it binary
 * (the CSV reader reports that row), and NULs in a run of UTF-16 text (every
 * other byte zero, as when a UTF-16 export is appended to a UTF-8 one) do not
 * count at all.
 */
function looksBinary(sample: Uint8Array): boolean {
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i];
		if (b === 0) {
			if (!isUtf16Zero(sample, i)) control++;
		} else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
			control++;
		}
	}
	return control > Math.max(MAX_STRAY_CONTROLS, sample.length * 0.01);
}

/** Control bytes a text file may hold before it is taken for binary, however short. */
const MAX_STRAY_CONTROLS = 8;

/** Whether the zero at `i` sits in UTF-16 text: its neighbours are not zero, and a zero two bytes away is. */
function isUtf16Zero(b: Uint8Array, i: number): boolean {
	if (b[i - 1] === 0 || b[i + 1] === 0) return false;
	return (i >= 2 && b[i - 2] === 0) || b[i + 2] === 0;
}
