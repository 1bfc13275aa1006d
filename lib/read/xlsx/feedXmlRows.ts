import { KIB } from '../../bytes/sizes';
import type { RawRow } from '../rawRow';
import type { TextWindow } from './createTextWindow';
import { createXmlDecoder, type XmlDecoder } from './createXmlDecoder';

/** Rows in hand before they are handed on. */
const BATCH = 512;
/** Decoded text is scanned this much at a time, so a highly compressed run of rows can't pile up. */
const SLICE = 256 * KIB;

/** A scanner of a part's rows, as the XLSX and ODS readers have: the rows it has read, and whether its table has ended. */
export interface RowScanner {
	readonly done: boolean;
	rows: RawRow[];
}

/**
 * Feeds a part's inflated chunks to a scanner: decoded as the XML's own
 * declaration says, pushed to its text window a slice at a time, and the
 * rows `take` hands out yielded whenever 512 or more are in hand. Once the scanner is done the
 * chunks are still drawn (the rest of the part is inflated for its size and
 * CRC checks) but not decoded. The rows left at the end are the caller's to
 * take.
 *
 * @param chunks - the part, inflating
 * @param scanner - what reads the rows out of the text the window passes on
 * @param window - the scanner's text window (see createTextWindow)
 * @param take - hands out the scanner's rows so far (and empties them)
 * @returns the rows, in batches
 * @example
 * for (const batch of feedXmlRows(inflateZipEntry(bytes, entry, limits), scanner, window, take)) yield batch
 * const rest = take()
 */
export function* feedXmlRows(
	chunks: Iterable<Uint8Array>,
	scanner: RowScanner,
	window: TextWindow,
	take: () => RawRow[],
): Generator<RawRow[]> {
	let decoder: XmlDecoder | undefined;
	for (const chunk of chunks) {
		// past the table the rest is still inflated, for the size and CRC checks
		if (scanner.done) continue;
		decoder ??= createXmlDecoder(chunk);
		const text = decoder.decode(chunk, { stream: true });
		for (let p = 0; p < text.length; p += SLICE) {
			window.push(p === 0 && text.length <= SLICE ? text : text.slice(p, p + SLICE), false);
			if (scanner.rows.length >= BATCH) yield take();
		}
	}
	if (decoder && !scanner.done) window.push(decoder.decode(), true);
}
