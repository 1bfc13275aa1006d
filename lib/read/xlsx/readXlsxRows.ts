import { IntakeError, isIntakeError } from '../../errors';
import type { IssueSink, RawRow } from '../rawRow';
import { createSheetScanner } from './createSheetScanner';
import { createTextWindow } from './createTextWindow';
import { feedXmlRows } from './feedXmlRows';
import { inflateZipEntry } from './inflateZipEntry';
import { createMergeFiller, type MergeFiller } from './createMergeFiller';
import { readMergeRanges } from './readMergeRanges';
import type { XlsxPackage } from './openXlsxPackage';

/** How the rows of a workbook's sheet are read. */
export interface XlsxReadOptions {
	/** Whether a merged range's value is copied into every cell of the range (default false: only its first cell holds it). */
	fillMerged?: boolean;
}

/**
 * Streams the rows of the sheet chosen in an opened XLSX package: the sheet
 * part is inflated chunk by chunk and its XML scanned as it comes, so memory
 * holds the rows in flight and the shared strings, never the sheet's whole
 * text. Cells are keyed by their column, so merged and missing cells never
 * shift the columns after them; rows without a value are left out.
 * The part's size and CRC-32 can only be checked once it is all inflated, so
 * a damaged sheet throws `FILE_CORRUPT` after its last rows. A part whose
 * only fault is its CRC-32 is read, with an `XLSX_CHECKSUM_MISMATCH` issue.
 *
 * @param pkg - from {@link openXlsxPackage}
 * @param onIssue - receives cell-level issues (error values, formulas with no saved result, missing shared strings)
 * @param opts - `fillMerged`: copy each merged range's value into all its cells (see createMergeFiller), found by one more inflate of the sheet
 * @returns batches of about 512 rows, in file order
 * @throws IntakeError `FILE_CORRUPT` or `ZIP_BOMB`
 * @example
 * const batches = readXlsxRows(await openXlsxPackage(xlsxBytes, undefined), onIssue)
 * (await batches.next()).value[0]
 * //=> { row: 1, cells: ['Name', 'Phone', 'Zip', …] }
 */
export async function* readXlsxRows(
	pkg: XlsxPackage,
	onIssue: IssueSink,
	opts?: XlsxReadOptions,
): AsyncGenerator<RawRow[]> {
	const entry = pkg.sheets[pkg.sheetIndex].entry;
	if (!entry) return;
	const scanner = createSheetScanner({ ...pkg, part: entry.name, onIssue });
	const window = createTextWindow(entry.name, (s, final) => scanner.scan(s, final));
	let lastRow = 1;
	let filler: MergeFiller | undefined;
	const take = (): RawRow[] => {
		const rows = scanner.rows;
		scanner.rows = [];
		if (rows.length > 0) lastRow = rows[rows.length - 1].row;
		if (filler) for (const row of rows) filler.fill(row);
		return rows;
	};
	try {
		if (opts?.fillMerged) {
			const merges = readMergeRanges(pkg.bytes, entry, pkg.limits);
			if (merges.ranges.length > 0)
				filler = createMergeFiller(merges.ranges, onIssue, merges.lastColumn);
		}
		const report = (part: string): void =>
			onIssue({
				row: lastRow,
				code: 'XLSX_CHECKSUM_MISMATCH',
				message: `The workbook's part ${part} fails its checksum (CRC-32): the file was changed after it was written, or written by a faulty tool. It was read anyway; check the values against the source, or open the file in Excel and save it again.`,
			});
		// metadata parts (shared strings, styles, the workbook) were read when the package was opened
		for (const part of new Set(pkg.mismatched)) if (part !== entry.name) report(part);
		const sheetMismatch: string[] = [];
		const chunks = inflateZipEntry(pkg.bytes, entry, pkg.limits, sheetMismatch);
		yield* feedXmlRows(chunks, scanner, window, take);
		const rest = take();
		// the sheet's checksum is known once it is all inflated: the issue goes with its last row
		if (sheetMismatch.length > 0) report(entry.name);
		if (rest.length > 0) yield rest;
	} catch (e) {
		if (isIntakeError(e)) throw e;
		throw new IntakeError(
			'FILE_CORRUPT',
			`The workbook could not be read: ${(e as Error).message}. Open it in Excel or LibreOffice and save it again as .xlsx.`,
		);
	}
}
