import { KIB } from '../bytes/sizes';

/** What {@link sniffEncoding} found. */
export interface EncodingGuess {
	/** WHATWG encoding name: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	/** Length of the byte-order mark to skip (0 when there is none). */
	bomLength: number;
	/** Why this encoding was chosen. */
	reason: 'bom' | 'utf16-pattern' | 'valid-utf8' | 'fallback-windows-1252';
}

/**
 * Guesses the text encoding of a CSV/TSV file from its bytes.
 *
 * A byte-order mark decides first; then the pattern of zero bytes that UTF-16
 * text without a BOM shows; then UTF-8 validity; otherwise Windows-1252, which
 * is what Excel on Windows writes (and a superset of Latin-1's printable range).
 *
 * @param bytes - the file, or a prefix of it
 * @param isPrefix - whether `bytes` is only the start of a longer file, so a
 *   multi-byte character cut at the end is not held against UTF-8
 * @returns the encoding, the BOM length and the reason
 * @example
 * sniffEncoding(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])) // "Müller" in Windows-1252
 * //=> { encoding: 'windows-1252', bomLength: 0, reason: 'fallback-windows-1252' }
 */
export function sniffEncoding(bytes: Uint8Array, isPrefix = false): EncodingGuess {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { encoding: 'utf-8', bomLength: 3, reason: 'bom' };
	}
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { encoding: 'utf-16le', bomLength: 2, reason: 'bom' };
	}
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { encoding: 'utf-16be', bomLength: 2, reason: 'bom' };
	}
	const utf16 = guessUtf16(bytes);
	if (utf16) return { encoding: utf16, bomLength: 0, reason: 'utf16-pattern' };
	if (isUtf8(trimPartialUtf8(bytes, isPrefix)))
		return { encoding: 'utf-8', bomLength: 0, reason: 'valid-utf8' };
	return { encoding: 'windows-1252', bomLength: 0, reason: 'fallback-windows-1252' };
}

/** Bytes looked at for UTF-16's pattern of zeros. */
const UTF16_SAMPLE_BYTES = 4 * KIB;

/**
 * UTF-16 text of mostly Latin characters has a zero in every other byte. The
 * pattern must hold in both halves of the sample, so UTF-8 text with UTF-16
 * appended (two exports joined) is not taken for UTF-16 as a whole.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
	if (n < 4) return undefined;
	const half = (n >> 1) & ~1;
	const whole = zeroPattern(bytes, 0, n, 0.4);
	if (
		!whole ||
		(half >= 4 &&
			(zeroPattern(bytes, 0, half, 0.25) !== whole || zeroPattern(bytes, half, n, 0.25) !== whole))
	) {
		return undefined;
	}
	return whole;
}

/** Which byte of each pair is mostly zero in `bytes[from, to)`, if one clearly is. */
function zeroPattern(
	bytes: Uint8Array,
	from: number,
	to: number,
	share: number,
): 'utf-16le' | 'utf-16be' | undefined {
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = from; i < to; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = (to - from) / 2;
	if (oddZeros > pairs * share && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * share && oddZeros < pairs * 0.05) return 'utf-16be';
	return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are well-formed UTF-8 (no Node `buffer` needed). */
function isUtf8(bytes: Uint8Array): boolean {
	try {
		strictUtf8.decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Drops a multi-byte sequence cut off by the end of a prefix. */
function trimPartialUtf8(bytes: Uint8Array, isPrefix: boolean): Uint8Array {
	if (!isPrefix) return bytes;
	let end = bytes.length;
	for (let back = 1; back <= 3 && end - back >= 0; back++) {
		const b = bytes[end - back];
		if ((b & 0xc0) !== 0x80) {
			const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
			if (need > back) end -= back;
			break;
		}
	}
	return bytes.subarray(0, end);
}
