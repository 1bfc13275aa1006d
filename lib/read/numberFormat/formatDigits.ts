import { formatFraction } from './formatFraction';
import { formatScientific } from './formatScientific';
import type { Token } from './formatTokens';
import { roundDecimal } from './roundDecimal';

/**
 * A non-negative number in the digit part of a section (from its first
 * placeholder to its last): scientific, fraction, or fixed with grouping,
 * scaling commas and percent.
 *
 * @example
 * formatDigits(1234.5, tokenize('#,##0.00'))
 * //=> '1,234.50'
 */
export function formatDigits(value: number, tokens: Token[]): string {
	if (tokens.some((t) => t.t === 'exp')) {
		const e = tokens.findIndex((t) => t.t === 'exp');
		const first = tokens.findIndex((t) => t.t === 'digit');
		const lead = tokens
			.slice(0, first)
			.map((t) => (t.t === 'lit' ? t.s : ''))
			.join('');
		let last = tokens.length - 1;
		while (last > e && tokens[last].t !== 'digit') last--;
		const tail = tokens
			.slice(last + 1)
			.map((t) => (t.t === 'lit' ? t.s : ''))
			.join('');
		return lead + formatScientific(value, tokens.slice(first, last + 1)) + tail;
	}
	if (tokens.some((t) => t.t === 'slash'))
		return formatFraction(
			value,
			tokens.filter((t) => t.t !== 'pct'),
		);
	const pct = tokens.filter((t) => t.t === 'pct').length;
	let v = value * 100 ** pct;
	const dot = tokens.findIndex((t) => t.t === 'dot');
	const intTokens = dot < 0 ? tokens : tokens.slice(0, dot);
	const decTokens = dot < 0 ? [] : tokens.slice(dot + 1);
	// commas right after the last integer digit scale by 1,000 each; between digits they group
	let lastDigit = -1;
	intTokens.forEach((t, k) => {
		if (t.t === 'digit') lastDigit = k;
	});
	let scale = 0;
	for (let k = lastDigit + 1; k < intTokens.length && intTokens[k].t === 'comma'; k++) scale++;
	// …and so do commas after the last decimal place (0.00,,"M")
	for (let k = decTokens.length - 1; k >= 0 && decTokens[k].t === 'comma'; k--) scale++;
	const firstDigit = intTokens.findIndex((t) => t.t === 'digit');
	const group = intTokens.some((t, k) => t.t === 'comma' && k > firstDigit && k < lastDigit);
	v /= 1000 ** scale;
	const decPlaces = decTokens.filter((t) => t.t === 'digit').length;
	const fixed = roundDecimal(Math.abs(v), Math.min(30, decPlaces));
	const [intDigits, decDigits = ''] = fixed.split('.');
	let intText = fillInteger(
		intTokens.filter((t) => t.t !== 'comma' && t.t !== 'pct'),
		intDigits,
		group,
	);
	if (firstDigit < 0)
		intText =
			intTokens.map((t) => (t.t === 'lit' ? t.s : '')).join('') +
			(intDigits === '0' ? '' : intDigits);
	// decimals: 0 keeps, # drops trailing zeros, ? pads with a space
	let di = 0;
	const decOut: string[] = [];
	for (const t of decTokens) {
		if (t.t === 'digit') decOut.push(decDigits[di++] ?? '');
		else if (t.t === 'lit') decOut.push(t.s);
	}
	const digitSlots = decTokens.filter((t) => t.t === 'digit') as Array<{ t: 'digit'; c: string }>;
	for (
		let k = digitSlots.length - 1;
		k >= 0 && decDigits[k] === '0' && digitSlots[k].c !== '0';
		k--
	) {
		const at = decOut.findIndex((_, idx) => idx === indexOfSlot(decTokens, k));
		if (at >= 0) decOut[at] = digitSlots[k].c === '?' ? ' ' : '';
	}
	return `${intText}${dot >= 0 ? '.' : ''}${decOut.join('')}`;
}

/** Places `digits` into the integer placeholders, right to left; extra digits go before the first. */
function fillInteger(tokens: Token[], digits: string, group: boolean): string {
	const places = tokens.filter((t) => t.t === 'digit').length;
	let d = digits === '0' ? '' : digits;
	if (group && d.length > 0) d = d.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const out: string[] = [];
	let di = d.length - 1;
	let seen = 0;
	for (let k = tokens.length - 1; k >= 0; k--) {
		const tok = tokens[k];
		if (tok.t === 'digit') {
			seen++;
			let s = '';
			if (di >= 0) {
				s = d[di--];
				// grouping commas travel with the digit before them
				while (di >= 0 && d[di] === ',') s = d[di--] + s;
			} else if (tok.c === '0') s = '0';
			else if (tok.c === '?') s = ' ';
			if (seen === places && di >= 0) s = d.slice(0, di + 1) + s;
			out.push(s);
		} else if (tok.t === 'lit') {
			// a literal left of every digit that is printed shows anyway (a mask such as (###) ###-####)
			out.push(tok.s);
		}
	}
	return out.reverse().join('');
}

function indexOfSlot(tokens: Token[], slot: number): number {
	let seen = -1;
	let out = -1;
	for (const t of tokens) {
		if (t.t === 'digit' || t.t === 'lit') out++;
		if (t.t === 'digit' && ++seen === slot) return out;
	}
	return -1;
}
