import { createXmlDecoder, type XmlDecoder } from './createXmlDecoder';
import { inflateZipEntry } from './inflateZipEntry';
import type { ZipEntry } from './readZipDirectory';
import type { XlsxLimits } from './xlsxLimits';
import { MAX_MERGE_RANGES, type MergeRange } from './createMergeFiller';
import { MAX_COLUMNS, MAX_ROWS } from '../../xlsx/excelLimits';

/** A worksheet's merged ranges, and the last column its `<dimension>` names (undefined when it names none). */
export interface SheetMerges {
	ranges: MergeRange[];
	lastColumn: number | undefined;
}

/** The bytes of `mergeCell`, searched for by its capital C, which sheet XML rarely holds elsewhere. */
const NEEDLE = [0x6d, 0x65, 0x72, 0x67, 0x65, 0x43, 0x65, 0x6c, 0x6c];
const C_AT = 5;
const NOT_FOUND = -1;
/** Text kept from the first `mergeCell` on: every range's element at its longest, and some. */
const MAX_TAIL_CHARS = MAX_MERGE_RANGES * 64;

/**
 * Finds a worksheet's merged ranges (`<mergeCells>`, which Excel writes
 * after `<sheetData>`) before its rows are read, so they can be filled as
 * the rows stream. The part is inflated once more, and its bytes searched
 * without being decoded, so a sheet without merges costs one inflate; only
 * the text from the first `mergeCell` on is decoded and kept. At most
 * {@link MAX_MERGE_RANGES} + 1 ranges are read (the filler reports the
 * excess).
 *
 * @param bytes - the whole archive
 * @param entry - the worksheet part
 * @param limits - the bomb limits
 * @returns the ranges, in file order, and the sheet's last column
 * @throws IntakeError `ZIP_BOMB` or `FILE_CORRUPT`, as inflating the part does
 * @example
 * readMergeRanges(xlsxBytes, sheetEntry, DEFAULT_XLSX_LIMITS).ranges
 * //=> [{ top: 2, left: 0, bottom: 4, right: 0 }]
 */
export function readMergeRanges(
	bytes: Uint8Array,
	entry: ZipEntry,
	limits: Readonly<XlsxLimits>,
): SheetMerges {
	let decoder: XmlDecoder | undefined;
	let head = '';
	let tail: string[] | undefined;
	let kept = 0;
	let prev: Uint8Array | undefined;
	for (const chunk of inflateZipEntry(bytes, entry, limits, [])) {
		if (!decoder) {
			decoder = createXmlDecoder(chunk);
			head = new TextDecoder(decoder.encoding).decode(chunk.subarray(0, 4096));
		}
		let text: string;
		if (tail || decoder.encoding !== 'utf-8') text = decoder.decode(chunk, { stream: true });
		else {
			const at = findNeedle(chunk, prev);
			const last = prev;
			prev = chunk;
			if (at === NOT_FOUND) continue;
			// The needle is ASCII: the bytes before it, in this chunk or the last, hold its `<` and prefix.
			const before = at >= 16 || !last ? '' : latinTail(last);
			text = before + decoder.decode(chunk.subarray(Math.max(0, at - 16)), { stream: true });
		}
		if (!tail) {
			if (!text.includes('mergeCell')) continue;
			tail = [];
		}
		tail.push(text);
		kept += text.length;
		if (kept > MAX_TAIL_CHARS || /<\/(?:[\w.-]+:)?mergeCells\s*>/.test(text)) break;
	}
	return { ranges: tail ? parseRanges(tail.join('')) : [], lastColumn: dimensionColumn(head) };
}

/** Where `mergeCell` starts in `chunk` (or straddles from `prev`, giving 0); -1 when it isn't there. */
function findNeedle(chunk: Uint8Array, prev: Uint8Array | undefined): number {
	if (prev) {
		for (let k = 1; k < NEEDLE.length; k++) {
			if (k > prev.length || NEEDLE.length - k > chunk.length) continue;
			let ok = true;
			for (let j = 0; j < NEEDLE.length && ok; j++) {
				const b = j < k ? prev[prev.length - k + j] : chunk[j - k];
				ok = b === NEEDLE[j];
			}
			if (ok) return 0;
		}
	}
	for (let i = chunk.indexOf(0x43); i >= 0; i = chunk.indexOf(0x43, i + 1)) {
		let ok = i >= C_AT;
		for (let j = 0; j < NEEDLE.length && ok; j++) ok = chunk[i - C_AT + j] === NEEDLE[j];
		if (ok) return i - C_AT;
	}
	return NOT_FOUND;
}

/** The last bytes of the previous chunk, where a needle straddling two chunks begins (ASCII). */
function latinTail(prev: Uint8Array): string {
	return String.fromCharCode(...prev.subarray(Math.max(0, prev.length - 16)));
}

/** The `ref`s of the `<mergeCell>` elements in `text`, up to one past the limit. */
function parseRanges(text: string): MergeRange[] {
	const ranges: MergeRange[] = [];
	const re =
		/<(?:\w+:)?mergeCell\s[^>]*?\bref\s*=\s*["']\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*:\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})/g;
	for (let m = re.exec(text); m && ranges.length <= MAX_MERGE_RANGES; m = re.exec(text)) {
		const left = letters(m[1]);
		const right = letters(m[3]);
		const top = Number(m[2]);
		const bottom = Number(m[4]);
		if (left >= MAX_COLUMNS || right >= MAX_COLUMNS || top < 1 || top > MAX_ROWS) continue;
		ranges.push({ top, left, bottom: Math.min(bottom, MAX_ROWS), right });
	}
	return ranges;
}

/** The 0-based column of a reference's letters (`A` → 0). */
function letters(s: string): number {
	let n = 0;
	for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
	return n - 1;
}

/** The last column `<dimension ref="A1:F100"/>` names, when it names a range. */
function dimensionColumn(head: string): number | undefined {
	const m = /<(?:\w+:)?dimension\s[^>]*?\bref\s*=\s*["'][^"':]*:\$?([A-Za-z]{1,3})\$?\d/.exec(head);
	return m ? letters(m[1]) : undefined;
}
