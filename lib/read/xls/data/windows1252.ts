/**
 * Windows-1252's bytes 0x80–0x9F, where it differs from ISO-8859-1 (the
 * rest of the code page is the same as U+0000–U+00FF). Bytes the code page
 * leaves undefined keep their C1 code point, as the WHATWG decoder does.
 * Source: WHATWG Encoding Standard, index-windows-1252.txt,
 * https://encoding.spec.whatwg.org/index-windows-1252.txt
 *
 * Decoded here rather than with TextDecoder('windows-1252'): Node 20's
 * decoder for that label returns ISO-8859-1 (0x80 as U+0080, not €).
 */
export const WINDOWS_1252_HIGH: readonly number[] = Object.freeze([
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
	0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
]);
