import { isBlankRow } from '../rawRow';
import { createSheetScanner } from './createSheetScanner';
import { createTextWindow } from './createTextWindow';
import { createXmlDecoder, type XmlDecoder } from './createXmlDecoder';
import { inflateZipEntry } from './inflateZipEntry';
import type { XlsxPackage } from './openXlsxPackage';
import type { ZipEntry } from './readZipDirectory';

/**
 * The sheet to read when none is asked for: the first worksheet holding a
 * value, so a workbook that opens on a chart, or on an empty cover sheet,
 * still reads its data. Each worksheet is inflated only until its first
 * value. A worksheet whose part the archive lacks is passed over. With no
 * worksheet holding a value, the first one whose part is there (the reader
 * then says the file is empty); failing that, the first sheet.
 *
 * @param pkg - the opened package (its `sheetIndex` is not used)
 * @returns the index of the sheet to read
 * @throws IntakeError `FILE_CORRUPT` when a worksheet's part is damaged, `ZIP_BOMB`
 * @example
 * pickDefaultSheet(pkgOfChartThenData)
 * //=> 1
 */
export function pickDefaultSheet(pkg: XlsxPackage): number {
	let firstWorksheet = -1;
	let missing = -1;
	// A hostile workbook may list one part many times, or very many parts: each part is probed
	// once, and probing stops once the parts probed declare more than the limits allow in all.
	const probed = new Set<ZipEntry>();
	let budget = pkg.limits.maxInflatedBytes;
	for (let i = 0; i < pkg.sheets.length; i++) {
		const sheet = pkg.sheets[i];
		if (sheet.kind !== 'worksheet') continue;
		// A sheet whose part is missing is passed over; it is an error only when it is the one read.
		if (!sheet.entry) {
			if (missing < 0) missing = i;
			continue;
		}
		if (firstWorksheet < 0) firstWorksheet = i;
		if (probed.has(sheet.entry)) continue;
		probed.add(sheet.entry);
		budget -= sheet.entry.uncompressedSize;
		if (budget < 0 || probed.size > MAX_PROBES) break;
		if (hasValue(pkg, i)) return i;
	}
	return firstWorksheet >= 0 ? firstWorksheet : Math.max(missing, 0);
}

/** Worksheets probed at most: far more than real workbooks hold. */
const MAX_PROBES = 1000;

function hasValue(pkg: XlsxPackage, index: number): boolean {
	const entry = pkg.sheets[index].entry!;
	const scanner = createSheetScanner({ ...pkg, part: entry.name, onIssue: () => undefined });
	const window = createTextWindow(entry.name, (s, final) => scanner.scan(s, final));
	let decoder: XmlDecoder | undefined;
	const found = () => scanner.rows.some((r) => !isBlankRow(r.cells));
	for (const chunk of inflateZipEntry(pkg.bytes, entry, pkg.limits, pkg.mismatched)) {
		decoder ??= createXmlDecoder(chunk);
		window.push(decoder.decode(chunk, { stream: true }), false);
		if (found()) return true;
		scanner.rows.length = 0;
		if (scanner.done) return false;
	}
	window.push(decoder ? decoder.decode() : '', true);
	return found();
}
