import { NO_WORDS, YES_WORDS } from './data/yesNoWords';

const YES: ReadonlySet<string> = new Set(YES_WORDS);
const NO: ReadonlySet<string> = new Set(NO_WORDS);

/**
 * Reads a yes/no value as spreadsheets write it: yes/no, y/n, true/false,
 * t/f, 1/0, x, on/off, checked/unchecked, in any case, with spaces around.
 * The one list of these words the library and the nodes share.
 *
 * @param text - a cell or parameter's text
 * @returns `true` or `false`, or `undefined` when the text is neither
 *
 * @example
 * parseYesNo(' Yes ')
 * //=> true
 *
 * @example
 * parseYesNo('0')
 * //=> false
 *
 * @example
 * parseYesNo('maybe')
 * //=> undefined
 */
export function parseYesNo(text: string): boolean | undefined {
	if (typeof text !== 'string') return undefined;
	const word = text.trim().toLowerCase();
	if (YES.has(word)) return true;
	return NO.has(word) ? false : undefined;
}
