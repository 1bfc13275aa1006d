import { cleanText, lookupKey } from '../text';
import { extractNickname } from './nickname';
import { givenNameOdds } from './nameWordOdds';
import { capitalsSurname, isCoupleWord, isNameWord } from './nameWords';
import { isInitial, isSuffixSegment, PARTICLES, takeTitles, takeTrailingSuffixes } from './phrases';

/** The order the words of a column's full names are written in. */
export type NameOrder = 'givenFirst' | 'surnameFirst' | 'undecided';

/** A row votes when one order is this much likelier than the other (a natural log: about 7 to 1). */
const VOTE_ODDS = 2;
/** Share of the votes an order needs to be the column's. */
const WINNING_SHARE = 0.75;
/** A surname in capitals ("NOWAK Jan") is the writer saying so: it counts as this many votes. */
const CAPITALS_VOTES = 2;
/** Values read at most: far more than a three-quarters majority needs to be settled, and a column of a million names stays cheap. */
const MAX_VALUES = 20_000;

/** What one value says: a vote for an order, a comma ("Kowalski, Anna"), or nothing. */
type Say = 'givenFirst' | 'surnameFirst' | 'comma' | undefined;

/** The name words of a value written without a comma, titles and suffixes off; or 'comma'. */
function wordsOf(value: string): string[] | 'comma' {
	const { rest } = extractNickname(cleanText(value));
	const segments = rest.split(',');
	if (segments.length > 1 && !isSuffixSegment(segments[1].trim().split(' '))) return 'comma';
	const words = segments[0].split(' ').filter((w) => w !== '' && isNameWord(w));
	if (words.some(isCoupleWord)) return [];
	takeTitles(words, 1);
	takeTrailingSuffixes(words, 2, true);
	return words;
}

/** What one value says about its order, and how many votes it is worth. */
function sayOf(value: string): [Say, number] {
	const words = wordsOf(value);
	if (words === 'comma') return ['comma', 1];
	if (words.length < 2) return [undefined, 0];
	const caps = capitalsSurname(words);
	if (caps) return [caps[0] === 0 ? 'surnameFirst' : 'givenFirst', CAPITALS_VOTES];
	// "Macaluso David P": a trailing initial ends the given names of a surname written first
	if (words.length > 2 && isInitial(words[words.length - 1]) && !isInitial(words[0]))
		return ['surnameFirst', 1];
	let head = 0;
	while (head < words.length - 1 && PARTICLES.has(lookupKey(words[head]))) head++;
	// "van der Berg Jan": particles start a surname, not a given name
	if (head > 0) return ['surnameFirst', 1];
	let tail = words.length - 1;
	while (tail > 0 && isInitial(words[tail])) tail--;
	if (tail === 0) return [undefined, 0];
	const lean = givenNameOdds(words[0]) - givenNameOdds(words[tail]);
	if (lean >= VOTE_ODDS) return ['givenFirst', 1];
	if (lean <= -VOTE_ODDS) return ['surnameFirst', 1];
	return [undefined, 0];
}

/**
 * Tells the order a whole column of full names is written in, from how often
 * each word is a given name or a surname (the US Census Bureau's name files):
 * "Anna Kowalski" reads given name first, "Kowalski Anna" surname first. A
 * surname in capitals ("NOWAK Jan", "Jan NOWAK") says the order outright,
 * and a voter-file trailing initial ("Macaluso David P") or leading particle
 * ("van der Berg Jan") says surname first. Each value whose words lean
 * clearly one way votes; an order needs three quarters of the votes. Values
 * with a comma ("Kowalski, Anna") need no order, and settle the column as
 * surname first only when no other value says anything. It says
 * `'undecided'` rather than guess: when no value leans either way ("Lee
 * Kim"), or the values disagree.
 *
 * Pure and synchronous; never throws. A few milliseconds per 1,000 values;
 * a value written again is read once, and the first 20,000 values decide.
 *
 * @param values - the column's values; empty and non-string ones are skipped
 * @returns the order, or `'undecided'`
 *
 * @example
 * detectNameOrder(['Kowalski Anna', 'Nowak Jan', 'Wiśniewska Maria'])
 * //=> 'surnameFirst'
 *
 * @example
 * detectNameOrder(['Anna Kowalski', 'John Smith'])
 * //=> 'givenFirst'
 *
 * @example
 * detectNameOrder(['Lee Kim'])
 * //=> 'undecided'
 */
export function detectNameOrder(values: readonly string[]): NameOrder {
	let given = 0;
	let surname = 0;
	let commas = 0;
	let read = 0;
	const said = new Map<string, [Say, number]>();
	for (const value of Array.isArray(values) ? values : []) {
		if (typeof value !== 'string' || value.trim() === '') continue;
		if (++read > MAX_VALUES) break;
		let saying = said.get(value);
		if (saying === undefined) said.set(value, (saying = sayOf(value)));
		const [say, votes] = saying;
		if (say === 'givenFirst') given += votes;
		else if (say === 'surnameFirst') surname += votes;
		else if (say === 'comma') commas += votes;
	}
	if (given + surname === 0) return commas > 0 ? 'surnameFirst' : 'undecided';
	if (given >= WINNING_SHARE * (given + surname)) return 'givenFirst';
	if (surname >= WINNING_SHARE * (given + surname)) return 'surnameFirst';
	return 'undecided';
}

/**
 * Whether the order matters to a value: two name words or more, no comma,
 * and no surname in capitals to say which is which ("Lee Kim", not "Kim" nor
 * "Kim, Lee" nor "KIM Lee").
 */
export function isOrderOpen(value: string): boolean {
	const words = wordsOf(value);
	return words !== 'comma' && words.length >= 2 && capitalsSurname(words) === undefined;
}
