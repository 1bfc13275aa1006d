import { IntakeError, isIntakeError } from '../../errors';
import { MIB } from '../../bytes/sizes';
import { pickSheet } from '../pickSheet';
import type { IssueSink, RawRow } from '../rawRow';
import type { XlsBook } from '../xls/readXlsRows';
import { createTextWindow } from '../xlsx/createTextWindow';
import { feedXmlRows } from '../xlsx/feedXmlRows';
import { inflateZipEntry } from '../xlsx/inflateZipEntry';
import { readZipDirectory, type ZipEntry } from '../xlsx/readZipDirectory';
import { readZipText } from '../xlsx/readZipText';
import { DEFAULT_XLSX_LIMITS } from '../xlsx/xlsxLimits';
import { createOdsScanner } from './createOdsScanner';
import { listOdsSheets, type OdsSheet } from './listOdsSheets';

/** How an OpenDocument spreadsheet's rows are read. */
export interface OdsReadOptions {
	/** Whether a spanned (merged) cell's value is copied into every cell it covers (default false: they read empty). */
	fillMerged?: boolean;
}

/** The content of a spreadsheet: its part's name and its bytes, read again on each call. */
interface OdsContent {
	part: string;
	chunks: (mismatched?: string[]) => Iterable<Uint8Array>;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const SPREADSHEET_TYPE = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;

/**
 * Opens an OpenDocument spreadsheet (LibreOffice's and OpenOffice's `.ods`,
 * or a flat `.fods`), in plain TypeScript over the same ZIP reader as XLSX,
 * so the same zip-bomb and size limits hold. The tables are listed in a first
 * pass over `content.xml`; the chosen one's rows are read as the part
 * inflates, in batches, never holding its whole text. With no sheet asked
 * for, the first visible table that holds a value is read (hidden tables are
 * passed over). Values read as the XLSX reader gives the same workbook saved
 * as XLSX (see odsCellText).
 *
 * @param bytes - the file
 * @param sheet - a sheet name or 0-based index; undefined for the default
 * @param onIssue - where error values and a part failing its checksum are reported, as their rows are read
 * @param opts - `fillMerged`: copy each spanned cell's value into the cells it covers
 * @returns the sheets, the chosen one, and its rows in batches (the same shape as openXlsBook's)
 * @throws IntakeError `FILE_CORRUPT` for a damaged file, `FILE_ENCRYPTED` for a password-protected one, `ZIP_BOMB`, `SHEET_NOT_FOUND`, `UNSUPPORTED_FORMAT` for another OpenDocument file (ODT, ODP)
 * @example
 * const book = await openOdsBook(odsBytes, undefined, () => undefined)
 * book.sheets.map((s) => s.name)
 * //=> ['Clients', 'Matters']
 */
export async function openOdsBook(
	bytes: Uint8Array,
	sheet: string | number | undefined,
	onIssue: IssueSink,
	opts?: OdsReadOptions,
): Promise<XlsBook> {
	const content = openContent(bytes);
	const sheets = guard(() => listOdsSheets(content.chunks(), content.part));
	if (sheets.length === 0) {
		throw new IntakeError(
			'FILE_CORRUPT',
			'The spreadsheet has no sheets. Open it in LibreOffice and save it again.',
		);
	}
	const sheetIndex =
		sheet === undefined
			? pickDefault(sheets)
			: pickSheet(
					sheets.map((s) => s.name),
					sheet,
				);
	const fillMerged = opts?.fillMerged === true;
	return {
		sheets: sheets.map((s) => ({ name: s.name, state: s.state })),
		sheetIndex,
		rows: () => readRows(content, sheetIndex, onIssue, fillMerged),
		rowsOf: (i) =>
			readRows(
				content,
				pickSheet(
					sheets.map((s) => s.name),
					i,
				),
				onIssue,
				fillMerged,
			),
	};
}

/** The first visible table with values; else the first with values; else the first visible; else the first. */
function pickDefault(sheets: OdsSheet[]): number {
	const tests = [
		(s: OdsSheet) => s.state === 'visible' && s.hasValues,
		(s: OdsSheet) => s.hasValues,
		(s: OdsSheet) => s.state === 'visible',
	];
	for (const t of tests) {
		const i = sheets.findIndex(t);
		if (i >= 0) return i;
	}
	return 0;
}

/** The spreadsheet's content: `content.xml` of a package, checked for encryption and type; or the whole flat file. */
function openContent(bytes: Uint8Array): OdsContent {
	if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
		return {
			part: 'the file',
			*chunks() {
				for (let p = 0; p < bytes.length; p += MIB) yield bytes.subarray(p, p + MIB);
			},
		};
	}
	const entries = readZipDirectory(bytes);
	const find = (name: string): ZipEntry | undefined => entries.find((e) => e.name === name);
	checkPackage(bytes, find('mimetype'), find('META-INF/manifest.xml'));
	const entry = find('content.xml');
	if (!entry) {
		throw new IntakeError(
			'FILE_CORRUPT',
			'The spreadsheet has no content (content.xml is missing from the archive). Open it in LibreOffice and save it again.',
		);
	}
	return {
		part: entry.name,
		chunks: (mismatched) => inflateZipEntry(bytes, entry, DEFAULT_XLSX_LIMITS, mismatched),
	};
}

/**
 * Refuses a package that is encrypted (its manifest holds `encryption-data`)
 * or is another kind of OpenDocument file (its `mimetype`).
 *
 * @throws IntakeError `FILE_ENCRYPTED` or `UNSUPPORTED_FORMAT`
 */
function checkPackage(bytes: Uint8Array, mimetype?: ZipEntry, manifest?: ZipEntry): void {
	if (
		manifest &&
		/<(?:[\w.-]+:)?encryption-data[\s/>]/.test(
			readZipText(bytes, manifest, DEFAULT_XLSX_LIMITS, 4 * MIB),
		)
	) {
		throw new IntakeError(
			'FILE_ENCRYPTED',
			'The spreadsheet is password-protected. Open it in LibreOffice, remove the password (File › Properties › Security, or save a copy without "Save with password"), and try again.',
		);
	}
	if (!mimetype || mimetype.uncompressedSize > 256) return;
	const type = readZipText(bytes, mimetype, DEFAULT_XLSX_LIMITS, 256).trim();
	if (type.startsWith('application/vnd.oasis.opendocument.') && !SPREADSHEET_TYPE.test(type)) {
		throw new IntakeError(
			'UNSUPPORTED_FORMAT',
			`The file is an OpenDocument ${type.slice(35)} file, not a spreadsheet. Upload a CSV, XLSX, XLS or ODS file.`,
			{ detected: type },
		);
	}
}

/** Runs a read, turning an unexpected failure into `FILE_CORRUPT`. */
function guard<T>(read: () => T): T {
	try {
		return read();
	} catch (e) {
		if (isIntakeError(e)) throw e;
		throw corruptOds(e);
	}
}

function corruptOds(e: unknown): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The spreadsheet could not be read: ${(e as Error).message}. Open it in LibreOffice and save it again as .ods or .xlsx.`,
	);
}

/** The chosen table's rows, in batches, as the content inflates. */
function* readRows(
	content: OdsContent,
	table: number,
	onIssue: IssueSink,
	fillMerged: boolean,
): Generator<RawRow[]> {
	const scanner = createOdsScanner({ part: content.part, table, onIssue, fillMerged });
	const window = createTextWindow(content.part, (s, final) => scanner.scan(s, final));
	const mismatched: string[] = [];
	let lastRow = 1;
	const take = (): RawRow[] => {
		const rows = scanner.rows;
		scanner.rows = [];
		if (rows.length > 0) lastRow = rows[rows.length - 1].row;
		return rows;
	};
	try {
		yield* feedXmlRows(content.chunks(mismatched), scanner, window, take);
	} catch (e) {
		if (isIntakeError(e)) throw e;
		throw corruptOds(e);
	}
	const rest = take();
	if (mismatched.length > 0) {
		onIssue({
			row: lastRow,
			code: 'XLSX_CHECKSUM_MISMATCH',
			message: `The spreadsheet's part ${content.part} fails its checksum (CRC-32): the file was changed after it was written, or written by a faulty tool. It was read anyway; check the values against the source, or open the file in LibreOffice and save it again.`,
		});
	}
	if (rest.length > 0) yield rest;
}
