import { WINDOWS_1252_HIGH } from '../xls/data/windows1252';
import { isPlausibleRepair } from './isPlausibleRepair';

/** Windows-1252's characters for bytes 0x80–0x9F → the byte (Latin-1's C1 controls are their own byte). */
const CP1252_BYTE: ReadonlyMap<number, number> = new Map(
	WINDOWS_1252_HIGH.map((code, i): [number, number] => [code, 0x80 + i]),
);
/** At most this many layers are undone ("Ã¢â‚¬â„¢" is ’ decoded twice, then three times). */
const MAX_LAYERS = 3;
const ASCII = /^[\u0000-\u007f]*$/;

/** The byte a Windows-1252 or Latin-1 decoder read as this UTF-16 unit, or -1 for a character neither has. */
function byteOf(code: number): number {
	return code <= 0xff ? code : (CP1252_BYTE.get(code) ?? -1);
}

/** A UTF-8 lead byte → [continuation bytes, its payload bits, the least code point it may encode]. */
function leadOf(byte: number): [number, number, number] | undefined {
	if (byte >= 0xc2 && byte <= 0xdf) return [1, byte & 0x1f, 0x80];
	if (byte >= 0xe0 && byte <= 0xef) return [2, byte & 0x0f, 0x800];
	if (byte >= 0xf0 && byte <= 0xf4) return [3, byte & 0x07, 0x10000];
	return undefined;
}

/**
 * The text's bytes decoded as strict UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF), when they are exactly that. Decoded here, not
 * with a fatal TextDecoder: most cells are not UTF-8, and a thrown error per
 * cell costs more than the decoding.
 */
function decodeOnce(text: string): string | undefined {
	if (ASCII.test(text)) return undefined;
	let out = '';
	for (let i = 0; i < text.length;) {
		const byte = byteOf(text.charCodeAt(i));
		if (byte < 0x80) {
			if (byte < 0) return undefined;
			out += text[i++];
			continue;
		}
		const lead = leadOf(byte);
		if (lead === undefined || i + lead[0] >= text.length) return undefined;
		let code = lead[1];
		for (let k = 1; k <= lead[0]; k++) {
			const next = byteOf(text.charCodeAt(i + k));
			if (next < 0x80 || next > 0xbf) return undefined;
			code = code * 64 + (next & 0x3f);
		}
		if (code < lead[2] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
		out += String.fromCodePoint(code);
		i += lead[0] + 1;
	}
	return out;
}

/**
 * The deepest plausible repair within `layers`: a middle layer may hold C1
 * controls (Windows-1252's undefined bytes, "â€\u009d" for ”) that only the
 * next layer turns into text, so only the answer must be plausible.
 */
function undo(text: string, layers: number): string | undefined {
	const decoded = decodeOnce(text);
	if (decoded === undefined) return undefined;
	const deeper = layers > 1 ? undo(decoded, layers - 1) : undefined;
	if (deeper !== undefined) return deeper;
	return isPlausibleRepair(decoded) ? decoded : undefined;
}

/**
 * Repairs text whose UTF-8 bytes an earlier tool decoded as Windows-1252 or
 * Latin-1 ("mojibake"): `JosÃ©` is `José`, `MÃ¼ller` is `Müller`, `â€™`
 * is `’`; twice-decoded text (`nÃƒÂ©`) is undone layer by layer. It
 * answers only when the whole text is exactly such bytes: every character
 * one Windows-1252 has (its five undefined bytes as the C1 controls
 * U+0081, U+008D, U+008F, U+0090, U+009D, as Windows and Latin-1 decoders
 * leave them), the bytes well-formed UTF-8, and the result text people
 * write (not "MARQUɅ" from "MARQUÉ…", nor a lone Arabic letter from
 * "Ø½"). Text with a real `é` beside `Ã©` is not repaired. Decide per column
 * with {@link findDoubleDecodedColumns}, never on one cell.
 *
 * Pure and synchronous; never throws.
 *
 * @param text - a cell's text
 * @returns the repaired text, or undefined when the text is not double-decoded (plain ASCII included)
 *
 * @example
 * undoDoubleDecoding('JosÃ© MÃ¼ller')
 * //=> 'José Müller'
 *
 * @example
 * undoDoubleDecoding('Iggy Pop (nÃƒÂ© Jim Osterberg)')
 * //=> 'Iggy Pop (né Jim Osterberg)'
 *
 * @example
 * undoDoubleDecoding('José')
 * //=> undefined
 */
export function undoDoubleDecoding(text: string): string | undefined {
	if (typeof text !== 'string') return undefined;
	return undo(text, MAX_LAYERS);
}
