import { createXmlDecoder, type XmlDecoder } from './createXmlDecoder';
import { inflateZipEntry } from './inflateZipEntry';
import type { ZipEntry } from './readZipDirectory';
import { DEFAULT_XLSX_LIMITS, zipBomb, type XlsxLimits } from './xlsxLimits';
import { MIB } from '../../bytes/sizes';

/** The most a metadata part (workbook, relationships, styles, content types) may hold. */
export const META_CAP = 64 * MIB;

/**
 * Inflates a small XML part of an archive and decodes it as text, with
 * every check of `inflateZipEntry` (size, bombs, CRC-32) made before the text
 * is returned.
 *
 * @param bytes - the whole archive
 * @param entry - the part
 * @param limits - the bomb limits
 * @param cap - the most the part may declare
 * @param mismatched - where to note a part whose only fault is its CRC-32 (see inflateZipEntry)
 * @returns the part's text
 * @throws IntakeError `ZIP_BOMB` for a part claiming more than `cap`, `FILE_CORRUPT` for a damaged one
 * @example
 * readZipText(xlsxBytes, relsEntry).startsWith('<?xml')
 * //=> true
 */
export function readZipText(
	bytes: Uint8Array,
	entry: ZipEntry,
	limits: Readonly<XlsxLimits> = DEFAULT_XLSX_LIMITS,
	cap = META_CAP,
	mismatched?: string[],
): string {
	if (entry.uncompressedSize > cap)
		throw zipBomb(entry.name, `claims ${entry.uncompressedSize} bytes`);
	let decoder: XmlDecoder | undefined;
	let text = '';
	for (const chunk of inflateZipEntry(bytes, entry, limits, mismatched)) {
		decoder ??= createXmlDecoder(chunk);
		text += decoder.decode(chunk, { stream: true });
	}
	return decoder ? text + decoder.decode() : '';
}
