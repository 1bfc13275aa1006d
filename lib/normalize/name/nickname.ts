import { cleanText } from '../text';

/**
 * A nickname: text in double quotes, brackets or parentheses, or in single
 * quotes that stand apart from the words around them (so "O'Brien" is not one).
 */
const NICKNAME = /"([^"]+)"|\(([^)]+)\)|\[([^\]]+)\]|(?:^|\s)'([^']+)'(?=[\s,]|$)/;
/** Other ways to write a double quote: two single quotes (''Kate''), “curly”, „low-high“ and «guillemets». */
const OTHER_QUOTES = /''|[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/g;
const HAS_OTHER_QUOTE = /''|[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/;

/**
 * Takes the nickname out of a cleaned name (see cleanText); returns the rest
 * and the nickname: `Robert "Bob" Smith`, `Robert (Bob) Smith`,
 * `Katherine ''Kate'' Lee`, `Robert 'Bob' Smith`, `Anna „Ania“ Nowak`.
 */
export function extractNickname(text: string): { rest: string; nickname?: string } {
	// most names have no quote or bracket at all
	if (!/["'([\u201c-\u201f\u00ab\u00bb\u2039\u203a]/.test(text)) return { rest: text };
	const straight = HAS_OTHER_QUOTE.test(text) ? text.replace(OTHER_QUOTES, '"') : text;
	const match = NICKNAME.exec(straight);
	if (!match) return { rest: straight };
	const inner = (match[1] ?? match[2] ?? match[3] ?? match[4]).trim();
	const end = match.index + match[0].length;
	// '"Franců Franců", Jan': quotes around the part before the comma group a surname
	if (match.index === 0 && match[1] !== undefined && /^\s*,/.test(straight.slice(end))) {
		return { rest: inner + straight.slice(end) };
	}
	const rest = cleanText(`${straight.slice(0, match.index)} ${straight.slice(end)}`).replace(
		/\s+,/g,
		',',
	);
	return inner ? { rest, nickname: inner } : { rest };
}
