import {
	BARE_DESIGNATORS,
	DESIGNATORS,
	FLOORS,
	HIGHWAYS,
	HIGHWAY_OWNERS,
	NUMBER_SIGN_SET,
	ROUTES,
	ROUTE_TYPES,
	STANDALONE_UNITS,
	STREET_TYPE_SET,
	UNIT_ID,
	UNIT_STARTS,
	isOrdinal,
} from './lexicon';
import { hasDigit, isDigits, startsWithDigit, startsWithHash, type Token } from './tokens';

/**
 * A unit rule: the length of the unit it recognises at `tokens[i]` (0 for
 * "no unit here, for sure"), or `undefined` when it does not apply and the
 * next rule decides. `end` bounds the unit.
 */
type UnitRule = (tokens: readonly Token[], i: number, end: number) => number | undefined;

/** Whether a token can start a unit at all: a unit word, "#…" or a digit. Most words cannot. */
function mayStartUnit(t: Token): boolean {
	return UNIT_STARTS.has(t.key) || startsWithHash(t) || startsWithDigit(t.text);
}

/**
 * An ordinal in digits and a floor word: "40th Floor" → 2. Of the words that
 * start with a digit, only these start a unit.
 */
function digitOrdinalFloor(tokens: readonly Token[], i: number, end: number): number {
	const t = tokens[i];
	return !t.comma && i + 1 < end && FLOORS.has(tokens[i + 1].key) && isOrdinal(t.key) ? 2 : 0;
}

/**
 * Whether `tokens[i]` is the "#", "No" or "Number" of a route, not a unit:
 * "Highway No 202", "Route # A", "State Highway #50", "Old Number 6 Highway"
 * ("Dixie Hwy # 312" is a private road's unit).
 */
function isRouteNumberSign(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	const prev = tokens[i - 1];
	const afterRoute = prev !== undefined && !prev.comma;
	const isSign = NUMBER_SIGN_SET.has(t.key);
	if (afterRoute && (isSign || /^#\d/.test(t.text))) {
		if (ROUTES.has(prev.key)) return true;
		if (HIGHWAYS.has(prev.key) && HIGHWAY_OWNERS.has(tokens[i - 2]?.key ?? '')) return true;
	}
	const isWordSign = isSign && t.key !== '#';
	if (afterRoute && isWordSign && ROUTE_TYPES.has(prev.key)) return true;
	return isWordSign && tokens[i + 2] !== undefined && ROUTE_TYPES.has(tokens[i + 2].key);
}

/** "Ave St 1400": "St" after a street type and before a number is a suite → 2. */
const suiteWrittenSt: UnitRule = (tokens, i) => {
	const t = tokens[i];
	const prev = tokens[i - 1];
	return t.key === 'st' &&
		prev &&
		!t.comma &&
		isDigits(tokens[i + 1]?.text ?? '') &&
		STREET_TYPE_SET.has(prev.key)
		? 2
		: undefined;
};

/** "# 6" → 2 (an identifier after a lone "#"), "#5" → 1; a "#" before a comma is none. */
const hashUnit: UnitRule = (tokens, i) => {
	const t = tokens[i];
	if (t.text === '#') return tokens[i + 1] && UNIT_ID.test(tokens[i + 1].text) && !t.comma ? 2 : 0;
	return startsWithHash(t) && UNIT_ID.test(t.text) ? 1 : undefined;
};

/** "12 Main St Unit": "Unit", "Apt", "Suite" with no identifier at the end of a street line → 1. */
const bareDesignator: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	return i + 1 >= end && i > 0 && DESIGNATORS.has(t.key) && BARE_DESIGNATORS.has(t.key)
		? 1
		: undefined;
};

/** "mail code 55083", "client code 28502" → 3. */
const mailCode: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	return (t.key === 'mail' || t.key === 'client') &&
		!t.comma &&
		i + 2 < end &&
		tokens[i + 1].key === 'code' &&
		hasDigit(tokens[i + 2].text)
		? 3
		: undefined;
};

/** "STE # 2", "ref no. 24385309": a designator, "#" or "No", and an identifier → 3. */
const designatorNumberSign: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	const next = tokens[i + 1];
	if (!DESIGNATORS.has(t.key) || i + 2 >= end || t.comma || next.comma) return undefined;
	const spelledSign = next.key === 'no' || next.key === 'number';
	const sign = next.text === '#' || (spelledSign && t.key !== 'no' && t.key !== 'number');
	return sign && UNIT_ID.test(tokens[i + 2].text) ? 3 : undefined;
};

/** "Rear", "Penthouse" stand alone only at the end of a line → 1; "Front St" is a street → 0. */
const standaloneUnit: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	if (!STANDALONE_UNITS.has(t.key)) return undefined;
	return i + 1 >= end || t.comma ? 1 : 0;
};

/** "Second Floor": a spelled ordinal and a floor word → 2. */
const spelledOrdinalFloor: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	return isOrdinal(t.key) && i + 1 < end && FLOORS.has(tokens[i + 1].key) && !t.comma
		? 2
		: undefined;
};

/**
 * "dept la 21702" (a short word and a number), "dept 472 806009965" (a
 * department and its account) → 3.
 */
const departmentAndNumber: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	const next = tokens[i + 1];
	const after = tokens[i + 2];
	if (!DESIGNATORS.has(t.key) || t.comma || i + 2 >= end || next.comma) return undefined;
	if (!startsWithDigit(after.text)) return undefined;
	const shortCode = /^\p{L}{1,3}$/u.test(next.text) && !DESIGNATORS.has(next.key);
	const account = /^dep/.test(t.key) && isDigits(next.text) && /^\d{4,},?$/.test(after.text);
	return shortCode || account ? 3 : undefined;
};

/** "Apt 4B", "Suite 200", "Unit C", "Ste #5": a designator and its identifier → 2. */
const designatorAndId: UnitRule = (tokens, i, end) => {
	const t = tokens[i];
	const next = i + 1 < end ? tokens[i + 1] : undefined;
	return DESIGNATORS.has(t.key) &&
		!t.comma &&
		next &&
		UNIT_ID.test(next.text) &&
		/\d|^#|^[a-z]\.?$/i.test(next.text)
		? 2
		: undefined;
};

/** The unit rules after the route guard, in the order they are tried. */
const UNIT_RULES: readonly UnitRule[] = [
	suiteWrittenSt,
	hashUnit,
	bareDesignator,
	mailCode,
	designatorNumberSign,
	standaloneUnit,
	spelledOrdinalFloor,
	departmentAndNumber,
	designatorAndId,
];

/**
 * Length of the unit that starts at `tokens[i]`, or 0: "Apt 4B", "# 6",
 * "#5", "37th Flr", "Rear". The unit ends before `end`.
 *
 * @example
 * unitAt(tokenize('12 Main St Apt 4B'), 3)
 * //=> 2
 */
export function unitAt(tokens: readonly Token[], i: number, end = tokens.length): number {
	const t = i < end ? tokens[i] : undefined;
	if (!t || !mayStartUnit(t)) return 0;
	if (startsWithDigit(t.text)) return digitOrdinalFloor(tokens, i, end);
	if (isRouteNumberSign(tokens, i)) return 0;
	for (const rule of UNIT_RULES) {
		const length = rule(tokens, i, end);
		if (length !== undefined) return length;
	}
	return 0;
}
