import { getCoreFontEncoding, REPLACEMENT } from './coreFontEncoding';

/**
 * Cleans cell text for layout: NFC (so a decomposed "e + ́" prints as é),
 * line breaks unified to `\n`, tabs and other control characters to spaces,
 * invisible formatting characters (zero-width, bidi marks, soft hyphens,
 * variation selectors) dropped, lone surrogates to U+FFFD, trailing space gone.
 */
export function cleanPdfText(value: unknown): string {
	const text =
		typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
	return text
		.normalize('NFC')
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
		.replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff]/g, '')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
		.replace(/\s+$/, '');
}

/** Width of `text` in 1/1000 em. */
export function measureText(text: string, bold: boolean): number {
	const table = bold ? getCoreFontEncoding().widthBold : getCoreFontEncoding().widthRegular;
	let w = 0;
	for (let i = 0; i < text.length; i++) w += table[text.charCodeAt(i)];
	return w;
}

/** How many characters of `text` no core glyph shows (each astral character counts once). */
export function countUnprintable(text: string): number {
	const { slotOf } = getCoreFontEncoding();
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const cu = text.charCodeAt(i);
		// a line break is a new line, not a character to draw
		if (cu === 10 || cu === 13) continue;
		if (slotOf[cu] === -1 && (cu < 0xdc00 || cu > 0xdfff)) n++;
	}
	return n;
}

/**
 * Wraps cleaned text into lines no wider than `maxWidth` (1/1000 em): at
 * spaces, and inside a word only when the word alone is wider than a line.
 * Nothing is dropped but the spaces where lines break.
 */
export function wrapText(text: string, maxWidth: number, bold: boolean): string[] {
	const table = bold ? getCoreFontEncoding().widthBold : getCoreFontEncoding().widthRegular;
	const space = table[32];
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		let lineWidth = 0;
		for (const word of paragraph.split(' ')) {
			if (word === '') continue;
			let ww = 0;
			for (let i = 0; i < word.length; i++) ww += table[word.charCodeAt(i)];
			if (line !== '' && lineWidth + space + ww <= maxWidth) {
				line += ' ' + word;
				lineWidth += space + ww;
				continue;
			}
			if (line !== '') lines.push(line);
			if (ww <= maxWidth) {
				line = word;
				lineWidth = ww;
				continue;
			}
			// A word wider than the column: break it between characters (never inside a surrogate pair).
			let start = 0;
			let w = 0;
			for (let i = 0; i < word.length; i++) {
				const cw = table[word.charCodeAt(i)];
				const isLow = word.charCodeAt(i) >= 0xdc00 && word.charCodeAt(i) <= 0xdfff;
				if (w + cw > maxWidth && i > start && !isLow) {
					lines.push(word.slice(start, i));
					start = i;
					w = 0;
				}
				w += cw;
			}
			line = word.slice(start);
			lineWidth = w;
		}
		lines.push(line);
	}
	return lines;
}

/** The widest line of `text` (split at `\n`) and its longest word, in 1/1000 em. */
export function measureCell(text: string, bold: boolean): { line: number; word: number } {
	const table = bold ? getCoreFontEncoding().widthBold : getCoreFontEncoding().widthRegular;
	let line = 0;
	let word = 0;
	let lw = 0;
	let ww = 0;
	for (let i = 0; i < text.length; i++) {
		const cu = text.charCodeAt(i);
		if (cu === 10) {
			if (lw > line) line = lw;
			if (ww > word) word = ww;
			lw = 0;
			ww = 0;
			continue;
		}
		const cw = table[cu];
		lw += cw;
		if (cu === 32) {
			if (ww > word) word = ww;
			ww = 0;
		} else ww += cw;
	}
	return { line: Math.max(line, lw), word: Math.max(word, ww) };
}

/**
 * Content-stream operators that show one line of text at (x, y): font
 * switches between the two encoding slots as needed, `(`, `)` and `\`
 * escaped, and each unprintable character drawn as `?` inside a marked span
 * whose /ActualText carries the real character, so copying and text
 * extraction still give it back.
 */
export function showText(text: string, x: number, y: number, size: number, bold: boolean): string {
	const { slotOf, codeOf } = getCoreFontEncoding();
	const fonts = bold ? ['/F3', '/F4'] : ['/F1', '/F2'];
	let out = `BT ${fmt(x)} ${fmt(y)} Td `;
	let slot = -1;
	let run = '';
	const flush = () => {
		if (run) out += `(${run}) Tj `;
		run = '';
	};
	for (let i = 0; i < text.length; i++) {
		const cu = text.charCodeAt(i);
		let s = slotOf[cu];
		if (s === -1) {
			flush();
			const astral = cu >= 0xd800 && cu <= 0xdbff && i + 1 < text.length;
			const actual = astral ? text.slice(i, i + 2) : text[i];
			if (astral) i++;
			if (slot === -1) {
				slot = 0;
				out += `${fonts[0]} ${fmt(size)} Tf `;
			}
			out += `/Span << /ActualText ${utf16Hex(actual)} >> BDC (${REPLACEMENT}) Tj EMC `;
			continue;
		}
		// ASCII is at the same code in both slots: stay in the current one.
		if (cu >= 0x20 && cu <= 0x7e && slot !== -1) s = slot;
		if (s !== slot) {
			flush();
			slot = s;
			out += `${fonts[s]} ${fmt(size)} Tf `;
		}
		const code = codeOf[cu];
		if (code === 0x28 || code === 0x29 || code === 0x5c) run += '\\' + String.fromCharCode(code);
		else run += String.fromCharCode(code);
	}
	flush();
	return out + 'ET\n';
}

function utf16Hex(text: string): string {
	let hex = '<FEFF';
	for (let i = 0; i < text.length; i++)
		hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return hex + '>';
}

/** A number for a content stream: at most two decimals, no exponent. */
export function fmt(n: number): string {
	return String(Math.round(n * 100) / 100);
}
