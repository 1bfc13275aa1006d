import { IntakeError, isIntakeError } from '../../errors';
import type { IssueSink, RawRow } from '../rawRow';
import { createSheetScanner } from './createSheetScanner';
import { createTextWindow } from './createTextWindow';
import { createXmlDecoder, type XmlDecoder } from './createXmlDecoder';
import { inflateZipEntry } from './inflateZipEntry';
import type { XlsxPackage } from './openXlsxPackage';

const BATCH = 512;
/** Decoded text is scanned this much at a time, so a highly compressed run of rows can't pile up. */
const SLICE = 256 * 1024;

/**
 * Streams the rows of the sheet chosen in an opened XLSX package: the sheet
 * part is inflated chunk by chunk and its XML scanned as it comes, so memory
 * holds the rows in flight and the shared strings, never the sheet's whole
 * text. Cells are keyed by their column, so merged and missing cells never
 * shift the columns after them; rows without a value are left out.
 * The part's size and CRC-32 can only be checked once it is all inflated, so
 * a damaged sheet throws `FILE_CORRUPT` after its last rows.
 *
 * @param pkg - from {@link openXlsxPackage}
 * @param onIssue - receives cell-level issues (error values, formulas with no saved result, missing shared strings)
 * @returns batches of about 512 rows, in file order
 * @throws IntakeError `FILE_CORRUPT` or `ZIP_BOMB`
 * @example
 * const batches = readXlsxRows(await openXlsxPackage(xlsxBytes, undefined), onIssue)
 * (await batches.next()).value[0]
 * //=> { row: 1, cells: ['Name', 'Phone', 'Zip', …] }
 */
export async function* readXlsxRows(pkg: XlsxPackage, onIssue: IssueSink): AsyncGenerator<RawRow[]> {
	const entry = pkg.sheets[pkg.sheetIndex].entry;
	if (!entry) return;
	const scanner = createSheetScanner({ ...pkg, part: entry.name, onIssue });
	const window = createTextWindow(entry.name, (s, final) => scanner.scan(s, final));
	const take = (): RawRow[] => {
		const rows = scanner.rows;
		scanner.rows = [];
		return rows;
	};
	try {
		let decoder: XmlDecoder | undefined;
		for (const chunk of inflateZipEntry(pkg.bytes, entry, pkg.limits)) {
			// Past </sheetData> the rest is still inflated, for the size and CRC checks.
			if (scanner.done) continue;
			decoder ??= createXmlDecoder(chunk);
			const text = decoder.decode(chunk, { stream: true });
			for (let p = 0; p < text.length; p += SLICE) {
				window.push(p === 0 && text.length <= SLICE ? text : text.slice(p, p + SLICE), false);
				if (scanner.rows.length >= BATCH) yield take();
			}
		}
		if (decoder && !scanner.done) window.push(decoder.decode(), true);
		if (scanner.rows.length > 0) yield take();
	} catch (e) {
		if (isIntakeError(e)) throw e;
		throw new IntakeError(
			'FILE_CORRUPT',
			`The workbook could not be read: ${(e as Error).message}. Open it in Excel or LibreOffice and save it again as .xlsx.`,
		);
	}
}
