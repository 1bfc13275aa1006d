import { createTextWindow } from './createTextWindow';
import { createXmlDecoder, type XmlDecoder } from './createXmlDecoder';
import { decodeOoxmlEscapes } from './decodeXmlText';
import { inflateZipEntry } from './inflateZipEntry';
import type { ZipEntry } from './readZipDirectory';
import { INCOMPLETE, isLocalName, nextTag, tag } from './scanXml';
import { detachText, readElementText, readRichText, scanned } from './scanXmlText';
import type { XlsxLimits } from './xlsxLimits';

/**
 * Reads the shared strings table (sharedStrings.xml) while inflating it, so
 * only the strings are held, never the part's whole text. Each `<si>` gives
 * its plain text: rich text runs joined, phonetic runs left out, CDATA kept,
 * entities and Excel's `_xHHHH_` escapes decoded.
 *
 * @param bytes - the whole archive
 * @param entry - the shared strings part
 * @param limits - the bomb limits
 * @returns the strings, by index
 * @throws IntakeError `FILE_CORRUPT` or `ZIP_BOMB` for a damaged or hostile part
 * @example
 * readSharedStrings(xlsxBytes, sstEntry, DEFAULT_XLSX_LIMITS)
 * //=> ['Name', 'Email', 'Jane Doe', …]
 */
export function readSharedStrings(
	bytes: Uint8Array,
	entry: ZipEntry,
	limits: Readonly<XlsxLimits>,
	mismatched?: string[],
): string[] {
	const strings: string[] = [];
	const scan = (s: string, final: boolean): number => {
		let p = 0;
		for (;;) {
			const i = nextTag(s, p);
			if (i < 0) return final || tag.start < 0 ? s.length : tag.start;
			const te = tag.end;
			p = te + 1;
			if (tag.closing || !isLocalName(s, i + 1, tag.nameEnd, 'si')) continue;
			const e = readElementText(s, te, readRichText);
			// An item the part's end cuts short is dropped; cells pointing at it get an issue.
			if (e === INCOMPLETE) return final ? s.length : i;
			strings.push(detachText(decodeOoxmlEscapes(scanned.text)));
			p = e;
		}
	};
	const window = createTextWindow(entry.name, scan);
	let decoder: XmlDecoder | undefined;
	for (const chunk of inflateZipEntry(bytes, entry, limits, mismatched)) {
		decoder ??= createXmlDecoder(chunk);
		window.push(decoder.decode(chunk, { stream: true }), false);
	}
	window.push(decoder ? decoder.decode() : '', true);
	return strings;
}
