import type { Token } from './formatTokens';

/**
 * A number as a fraction format shows it (`# ?/?`, `?/8`): a whole part
 * when the format has one, then the closest fraction with the denominator
 * digits allowed, or the fixed denominator written.
 *
 * @example
 * formatFraction(1.5, tokenize('# ?/?'))
 * //=> '1 1/2'
 */
export function formatFraction(value: number, tokens: Token[]): string {
	const slash = tokens.findIndex((t) => t.t === 'slash');
	const before = tokens.slice(0, slash);
	const after = tokens.slice(slash + 1);
	// "# ?/?": a whole part, then numerator placeholders after the last literal space
	let split = -1;
	for (let k = before.length - 1; k >= 0; k--) {
		if (before[k].t === 'lit') {
			split = k;
			break;
		}
	}
	const hasWhole = split > 0 && before.slice(0, split).some((t) => t.t === 'digit');
	const denomDigits = after.filter((t) => t.t === 'digit').length;
	const fixed = /^\d+$/.test(
		after
			.map((t) => (t.t === 'lit' ? t.s : ''))
			.join('')
			.trim(),
	)
		? Number(
				after
					.map((t) => (t.t === 'lit' ? t.s : ''))
					.join('')
					.trim(),
			)
		: 0;
	const whole = hasWhole ? Math.floor(value) : 0;
	const frac = value - whole;
	let num: number;
	let den: number;
	if (fixed > 0) {
		den = fixed;
		num = Math.round(frac * den);
	} else {
		const maxDen = 10 ** Math.max(1, denomDigits) - 1;
		[num, den] = bestFraction(frac, maxDen);
	}
	let w = whole;
	if (hasWhole && num === den && den > 0) {
		w += 1;
		num = 0;
	}
	const wholeText = hasWhole ? (w === 0 && num !== 0 ? '' : String(w)) : '';
	// with a whole part, a zero fraction shows nothing; without one, 0 is 0/1 and 1.5 is 3/2
	if (num === 0 && hasWhole) return String(w);
	const numText = String(num);
	return `${wholeText}${wholeText ? ' ' : ''}${numText}/${den}`;
}

/**
 * The closest fraction to `x` (≥ 0) with a denominator up to `maxDen`: the
 * continued-fraction convergents and the best semiconvergent, a few dozen
 * steps whatever the denominator (0.001 with ??? is 1/999).
 */
function bestFraction(x: number, maxDen: number): [number, number] {
	let [p0, q0, p1, q1] = [0, 1, 1, 0];
	let y = x;
	for (let i = 0; i < 64; i++) {
		const a = Math.floor(y);
		const p2 = a * p1 + p0;
		const q2 = a * q1 + q0;
		if (q2 > maxDen) {
			// the best semiconvergent between the last two convergents
			const k = Math.floor((maxDen - q0) / q1);
			const ps = k * p1 + p0;
			const qs = k * q1 + q0;
			if (Math.abs(x - ps / qs) < Math.abs(x - p1 / q1)) return [ps, qs];
			break;
		}
		[p0, q0, p1, q1] = [p1, q1, p2, q2];
		const f = y - a;
		if (f < 1e-10) break;
		y = 1 / f;
	}
	return [p1, q1];
}
