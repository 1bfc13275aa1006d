import { IntakeError } from '../../errors';
import { MIB } from '../../bytes/sizes';
import { pickSheet } from '../pickSheet';
import { checkDeclaredSize } from './inflateZipEntry';
import { parseCellFormats } from './parseCellFormats';
import { pickDefaultSheet } from './pickDefaultSheet';
import { readSharedStrings } from './readSharedStrings';
import { readWorkbookParts, type XlsxSheet } from './readWorkbookParts';
import { corrupt, readZipDirectory, type ZipEntry } from './readZipDirectory';
import { readZipText } from './readZipText';
import { DEFAULT_XLSX_LIMITS, zipBomb, type XlsxLimits } from './xlsxLimits';

export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsxLimits';
export type { XlsxSheet, XlsxSheetKind } from './readWorkbookParts';

/** An opened workbook: its sheets, the chosen one, and what reading its cells needs. */
export interface XlsxPackage {
	sheets: XlsxSheet[];
	/** 0-based index of the chosen sheet in `sheets`. */
	sheetIndex: number;
	date1904: boolean;
	/** The whole archive; parts are inflated from it as they are read. */
	bytes: Uint8Array;
	/** The shared strings table. */
	sharedStrings: string[];
	/** Number format code by cell format index; undefined for General. */
	formats: Array<string | undefined>;
	limits: Readonly<XlsxLimits>;
	/** Parts read whose only fault is their CRC-32; the reader reports each (see readXlsxRows). */
	mismatched: string[];
}

/**
 * Opens an XLSX archive: finds the workbook by the package's relationships
 * (wherever its parts sit), lists its sheets, picks one, and reads the
 * shared strings and cell formats. Without the workbook's relationships,
 * its parts are looked for where Excel writes them, as SheetJS does. Nothing is inflated past its declared
 * size, every part read has its CRC-32 checked, and the sizes the parts
 * declare must stay within `limits`; the sheet itself is inflated only as
 * {@link readXlsxRows} reads it. With no sheet asked for, the first
 * worksheet that holds a value is chosen (a chart sheet is never the
 * default).
 *
 * @param bytes - the whole archive
 * @param sheet - a sheet name or 0-based index; undefined for the default
 * @param limits - what tells a workbook from a decompression bomb
 * @returns the opened package
 * @throws IntakeError `FILE_CORRUPT`, `ZIP_BOMB`, `SHEET_NOT_FOUND`, or `EMPTY_FILE` for a chart sheet asked for by name
 * @example
 * const pkg = await openXlsxPackage(xlsxBytes, undefined)
 * pkg.sheets.map((s) => s.name)
 * //=> ['Contacts', 'Second']
 */
export async function openXlsxPackage(
	bytes: Uint8Array,
	sheet: string | number | undefined,
	limits: Readonly<XlsxLimits> = DEFAULT_XLSX_LIMITS,
): Promise<XlsxPackage> {
	const mismatched: string[] = [];
	const parts = readWorkbookParts(bytes, readZipDirectory(bytes), limits, mismatched);
	const { sheets, styles, strings } = parts;
	const formats = styles
		? parseCellFormats(readZipText(bytes, styles, limits, undefined, mismatched))
		: [];
	const sharedStrings = strings ? readSharedStrings(bytes, strings, limits, mismatched) : [];
	const pkg: XlsxPackage = {
		sheets,
		sheetIndex: 0,
		date1904: parts.date1904,
		bytes,
		sharedStrings,
		formats,
		limits,
		mismatched,
	};
	pkg.sheetIndex = sheet === undefined ? pickDefaultSheet(pkg) : pickAskedSheet(sheets, sheet);
	const chosenEntry = sheets[pkg.sheetIndex].entry;
	if (!chosenEntry)
		throw corrupt(`the sheet "${sheets[pkg.sheetIndex].name}" is missing from the archive`);
	const metadata = [parts.workbook, parts.relsEntry, styles, strings];
	checkInflatedTotal(metadata, chosenEntry, limits);
	return pkg;
}

/**
 * The sheet asked for by name or index.
 *
 * @throws IntakeError `SHEET_NOT_FOUND`, or `EMPTY_FILE` for a chart sheet, naming the worksheets there are
 */
function pickAskedSheet(sheets: XlsxSheet[], sheet: string | number): number {
	const index = pickSheet(
		sheets.map((s) => s.name),
		sheet,
	);
	const chosen = sheets[index];
	if (chosen.kind === 'chartsheet') {
		throw new IntakeError(
			'EMPTY_FILE',
			`The sheet "${chosen.name}" is a chart, which has no rows to read. Pick a worksheet: ${sheets
				.filter((s) => s.kind === 'worksheet')
				.map((s) => `"${s.name}"`)
				.join(', ')}.`,
			{ sheets: sheets.map((s) => s.name) },
		);
	}
	return index;
}

/**
 * Checks the sheet's declared size, and that it and the metadata parts read
 * with it (workbook, relationships, styles, shared strings) declare no more
 * than `limits.maxInflatedBytes` in all, before the sheet is inflated.
 *
 * @throws IntakeError `ZIP_BOMB`
 */
function checkInflatedTotal(
	metadata: Array<ZipEntry | undefined>,
	sheetEntry: ZipEntry,
	limits: Readonly<XlsxLimits>,
): void {
	checkDeclaredSize(sheetEntry, limits);
	const meta = metadata.reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
	const total = meta + sheetEntry.uncompressedSize;
	if (total > limits.maxInflatedBytes) {
		throw zipBomb(
			sheetEntry.name,
			`and the parts read with it inflate to ${Math.round(total / MIB)} MiB`,
		);
	}
}
