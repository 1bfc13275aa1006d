import { WINDOWS_1252_HIGH } from '../xls/data/windows1252';
import { isPlausibleRepair } from './isPlausibleRepair';

/** Windows-1252's characters for bytes 0x80–0x9F → the byte (Latin-1's C1 controls are their own byte). */
const CP1252_BYTE: ReadonlyMap<number, number> = new Map(
	WINDOWS_1252_HIGH.map((code, i): [number, number] => [code, 0x80 + i]),
);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** At most this many layers are undone ("Ã¢â‚¬â„¢" is ’ decoded twice, then three times). */
const MAX_LAYERS = 3;
const ASCII = /^[\u0000-\u007f]*$/;

/** The bytes a Windows-1252 or Latin-1 decoder read as this text, or undefined for a character neither has. */
function bytesOf(text: string): Uint8Array | undefined {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const byte = code <= 0xff ? code : CP1252_BYTE.get(code);
		if (byte === undefined) return undefined;
		bytes[i] = byte;
	}
	return bytes;
}

/** The text's bytes decoded as UTF-8, when they are exactly that. */
function decodeOnce(text: string): string | undefined {
	if (ASCII.test(text)) return undefined;
	const bytes = bytesOf(text);
	if (bytes === undefined) return undefined;
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return undefined;
	}
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
