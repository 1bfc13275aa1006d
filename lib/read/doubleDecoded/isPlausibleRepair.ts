/*
 * Whether text that decodes exactly as UTF-8 seen through Windows-1252 is
 * mojibake rather than real text that happens to decode: real text such as
 * "MARQUÉ…" (É then an ellipsis), "NESTLÉ®", "5×£35", "Fuß“" or "Pipe Ø½"
 * also decodes, into characters no one writes there (Ʌ, ɮ, a lone Hebrew
 * final pe, an NKo letter inside a German word, a lone Arabic letter). The
 * idea is ftfy's (https://github.com/rspeer/python-ftfy, "badness"), the
 * rules are our own and smaller: a repair is kept only when what it gives
 * is text people write.
 */

/** Latin letters repairs give in practice: Latin-1, Latin Extended-A, Vietnamese ơ ư, pinyin ǎ…ǜ, Romanian ș ț, Latin Extended Additional. */
const LATIN =
	/[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u01a0-\u01b0\u01cd-\u01dc\u0218-\u021b\u1e00-\u1eff]/;
/** Code points no repair of real mojibake gives: controls, the rest of Latin Extended-B, IPA letters ("MARQUÉ…" would be "MARQUɅ"), phonetic extensions, private use, non-characters. */
const NEVER =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u0180-\u019f\u01b1-\u01cc\u01dd-\u0217\u021c-\u02af\u1d00-\u1dbf\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]/;
/** Scripts whose letters come from two-byte sequences, where one letter alone is more likely real text (Ø½) than mojibake. */
const TWO_BYTE_SCRIPTS = [
	/\p{Script=Greek}/u,
	/\p{Script=Cyrillic}/u,
	/\p{Script=Armenian}/u,
	/\p{Script=Hebrew}/u,
	/\p{Script=Arabic}/u,
	/\p{Script=Syriac}/u,
	/\p{Script=Thaana}/u,
	/\p{Script=Nko}/u,
];
const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;

/** Whether a letter of a two-byte script stands among letters of its own script, and beside no Latin letter. */
function isAmongItsOwn(chars: readonly string[], i: number): boolean {
	const script = TWO_BYTE_SCRIPTS.find((s) => s.test(chars[i]));
	if (script === undefined) return false;
	const around = [chars[i - 1], chars[i + 1]].filter((c) => c !== undefined);
	if (around.some((c) => LATIN_LETTER.test(c))) return false;
	return around.some((c) => script.test(c) && (LETTER.test(c) || MARK.test(c)));
}

/** Whether one character of a repair is one people write where it stands. */
function isPlausibleChar(chars: readonly string[], i: number): boolean {
	const c = chars[i];
	const code = c.codePointAt(0) as number;
	if (code < 0x80 || LATIN.test(c)) return true;
	if (NEVER.test(c)) return false;
	if (MARK.test(c)) return i > 0 && LETTER.test(chars[i - 1]);
	if (code < 0x800 && LETTER.test(c)) return isAmongItsOwn(chars, i);
	return true;
}

/** Whether a UTF-8 sequence of this character has a continuation byte other than 0xA0 (the no-break space, which real text puts after Ä or Ã). */
function hasStrongContinuation(code: number): boolean {
	const continuations = code < 0x800 ? 1 : code < 0x10000 ? 2 : 3;
	for (let k = 0; k < continuations; k++) if (((code >> (6 * k)) & 0x3f) !== 0x20) return true;
	return false;
}

/**
 * Whether a repair gives text people write: every character plausible where
 * it stands, and at least one character whose bytes were shown as something
 * other than a letter and a no-break space ("SELKÄ\u00a0EDELLÄ" is Finnish,
 * not "SELĠEDELĠ").
 *
 * @param repaired - the text decoded as UTF-8
 */
export function isPlausibleRepair(repaired: string): boolean {
	const chars = [...repaired];
	let strong = false;
	for (let i = 0; i < chars.length; i++) {
		const code = chars[i].codePointAt(0) as number;
		if (code < 0x80) continue;
		if (!isPlausibleChar(chars, i)) return false;
		strong ||= hasStrongContinuation(code);
	}
	return strong;
}
