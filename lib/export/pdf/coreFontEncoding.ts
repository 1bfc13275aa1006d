import { CORE_FONT_GLYPHS } from './data/coreFontMetrics';

/**
 * How the PDF writer reaches every glyph of Helvetica and Helvetica-Bold.
 *
 * A simple (single-byte) font shows at most 224 glyphs, and the core fonts have
 * 314 with a Unicode value, so the glyphs are spread over two custom encodings
 * ("slots"). Both keep printable ASCII at its own codes, so plain text never
 * switches font; codes 128–255 of slot 0 hold the first 128 other glyphs in
 * code-point order (Latin-1 and the start of Latin Extended-A), and slot 1 the
 * rest (the rest of Latin Extended-A, typographic punctuation, math signs).
 * Each slot is one /Encoding with /Differences and one /ToUnicode CMap, shared
 * by the regular and the bold face, whose glyph sets are the same.
 */
export interface CoreFontEncoding {
	/** Per slot: the glyph name at each code 0–255 (`undefined` where unused). */
	glyphNames: Array<Array<string | undefined>>;
	/** Per slot: the Unicode value written in the ToUnicode map for each code. */
	unicodes: Array<Array<number | undefined>>;
	/** Per slot and face (0 regular, 1 bold): the /Widths of codes 32–255. */
	widths: number[][][];
	/** Per UTF-16 code unit: the slot (0/1), or -1 when no glyph shows it. */
	slotOf: Int8Array;
	/** Per UTF-16 code unit: the code in its slot. */
	codeOf: Uint8Array;
	/** Per UTF-16 code unit: advance width in 1/1000 em, regular face (the `?` width where unprintable). */
	widthRegular: Uint16Array;
	/** Per UTF-16 code unit: advance width in 1/1000 em, bold face. */
	widthBold: Uint16Array;
}

/** The glyph shown for a character no core glyph covers. */
export const REPLACEMENT = '?';

let cached: CoreFontEncoding | undefined;

/** Builds (once) the encoding tables from the AFM width data. */
export function getCoreFontEncoding(): CoreFontEncoding {
	if (cached) return cached;
	const glyphNames: Array<Array<string | undefined>> = [new Array(256), new Array(256)];
	const unicodes: Array<Array<number | undefined>> = [new Array(256), new Array(256)];
	const widths = [0, 1].map(() => [0, 1].map(() => new Array<number>(224).fill(0)));
	const slotOf = new Int8Array(0x10000).fill(-1);
	const codeOf = new Uint8Array(0x10000);
	const widthRegular = new Uint16Array(0x10000);
	const widthBold = new Uint16Array(0x10000);

	let nextExtra = 0;
	for (const entry of CORE_FONT_GLYPHS.trim().split(' ')) {
		const [name, cps, w, wb] = entry.split(':');
		const codePoints = cps.split('+').map((h) => parseInt(h, 16));
		const first = codePoints[0];
		let slots: number[];
		let code: number;
		if (first >= 0x20 && first <= 0x7e) {
			slots = [0, 1];
			code = first;
		} else {
			slots = [nextExtra < 128 ? 0 : 1];
			code = 128 + (nextExtra % 128);
			nextExtra++;
		}
		for (const slot of slots) {
			glyphNames[slot][code] = name;
			unicodes[slot][code] = first;
			widths[slot][0][code - 32] = Number(w);
			widths[slot][1][code - 32] = Number(wb);
		}
		for (const cp of codePoints) {
			slotOf[cp] = slots[0];
			codeOf[cp] = code;
			widthRegular[cp] = Number(w);
			widthBold[cp] = Number(wb);
		}
	}
	// Unprintable code units measure as the replacement glyph they are shown with.
	const q = REPLACEMENT.charCodeAt(0);
	for (let cu = 0; cu < 0x10000; cu++) {
		if (slotOf[cu] === -1) {
			widthRegular[cu] = widthRegular[q];
			widthBold[cu] = widthBold[q];
		}
	}
	// An astral character (emoji, rare CJK) is one replacement: its high surrogate carries the width.
	for (let cu = 0xdc00; cu <= 0xdfff; cu++) {
		widthRegular[cu] = 0;
		widthBold[cu] = 0;
	}
	cached = { glyphNames, unicodes, widths, slotOf, codeOf, widthRegular, widthBold };
	return cached;
}
