import { KIB } from '../../bytes/sizes';
import { windows1252 } from './biffText';

/**
 * Decodes an HTML or XML file to text the way a browser settles its
 * encoding: a byte-order mark first; then UTF-16 without a mark, seen from
 * its zero bytes; then the charset the file declares (`<?xml encoding="…"?>`,
 * `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…;
 * charset=…">`); then UTF-8 when the bytes are valid UTF-8, otherwise
 * Windows-1252, which is what Windows programs write.
 *
 * @param bytes - the file
 * @returns its text, without a byte-order mark
 * @example
 * decodeMarkup(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00]))
 * //=> '<p>'
 */
export function decodeMarkup(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return decode('utf-8', bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
	const utf16 = guessUtf16(bytes);
	if (utf16) return decode(utf16, bytes);
	const declared = declaredCharset(bytes);
	if (declared && WINDOWS_1252_LABELS.has(declared)) return windows1252(bytes, 0, bytes.length);
	if (declared && !/^utf-?16/.test(declared)) {
		const text = tryDecode(declared, bytes);
		if (text !== undefined) return text;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return windows1252(bytes, 0, bytes.length);
	}
}

/** The labels WHATWG maps to windows-1252, latin1 and ASCII among them. */
const WINDOWS_1252_LABELS = new Set([
	'windows-1252',
	'cp1252',
	'x-cp1252',
	'iso-8859-1',
	'iso8859-1',
	'iso_8859-1',
	'latin1',
	'l1',
	'ascii',
	'us-ascii',
	'iso-ir-100',
	'csisolatin1',
	'ibm819',
	'cp819',
]);

function decode(label: string, bytes: Uint8Array): string {
	return new TextDecoder(label).decode(bytes);
}

/** Decodes with a declared label; undefined when the runtime knows no such encoding. */
function tryDecode(label: string, bytes: Uint8Array): string | undefined {
	let decoder: { decode: (b: Uint8Array) => string };
	try {
		decoder = new TextDecoder(label);
	} catch {
		return undefined;
	}
	return decoder.decode(bytes);
}

/** Markup in UTF-16 without a mark has a zero byte beside nearly every ASCII character. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const n = Math.min(bytes.length, KIB) & ~1;
	if (n < 4) return undefined;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const pairs = n / 2;
	if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
	if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
	return undefined;
}

/** The charset named in the first 4 KB, lower-cased; markup declares it before any text. */
function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
	const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
	if (xml) return xml[1].toLowerCase();
	const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
	return meta ? meta[1].toLowerCase() : undefined;
}
