/**
 * Excel number formats, read the way Excel shows a number: enough of the
 * format language for what spreadsheets of people and cases hold (ZIP codes
 * `00000`, phone and ID masks `(###) ###-####`, `000-00-0000`, fixed decimals,
 * thousands, currency and accounting formats, percentages, scientific and
 * fractions, sections with colours and conditions), in plain code with no
 * dependency, so that it runs inside n8n Cloud. Dates are told apart here but
 * written as ISO 8601 by formatCell.
 */

interface Section {
	text: string;
	condition?: { op: string; value: number };
}

/** Splits a format at its top-level `;` and reads a leading `[<=9999999]` condition. */
function splitSections(format: string): Section[] {
	const sections: Section[] = [];
	let start = 0;
	for (let i = 0; i < format.length; i++) {
		const c = format[i];
		if (c === '"') {
			const end = format.indexOf('"', i + 1);
			i = end < 0 ? format.length : end;
		} else if (c === '\\' || c === '_' || c === '*') {
			i++;
		} else if (c === '[') {
			const end = format.indexOf(']', i + 1);
			i = end < 0 ? format.length : end;
		} else if (c === ';') {
			sections.push({ text: format.slice(start, i) });
			start = i + 1;
		}
	}
	sections.push({ text: format.slice(start) });
	for (const s of sections) {
		// a condition may follow a colour ([Red][<=0]); colours and locales are read by the tokenizer
		const m = /\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]/.exec(s.text);
		if (m) {
			s.condition = { op: m[1], value: Number(m[2]) };
			s.text = s.text.slice(0, m.index) + s.text.slice(m.index + m[0].length);
		}
	}
	return sections;
}

/** The format with literals, escapes, padding and bracketed parts removed (what is left holds the tokens). */
function bareTokens(text: string): string {
	return text.replace(/"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

/**
 * Whether a number format shows a date or time: it has y, m, d, h or s
 * tokens (or elapsed `[h]`, or AM/PM) outside literals, colours and locales.
 *
 * @param format - the cell's number format code
 * @returns true for date, time and date-time formats
 * @example
 * isDateFormatCode('m/d/yyyy h:mm') //=> true
 * isDateFormatCode('"Day "0') //=> false
 */
export function isDateFormatCode(format: string): boolean {
	if (format === '' || /^general$/i.test(format) || format === '@') return false;
	const first = splitSections(format)[0].text;
	const bare = bareTokens(first).replace(/general/gi, '');
	if (/\[[hms]+\]/i.test(bare)) return true;
	if (/AM\/PM|A\/P/i.test(bare)) return true;
	// E+ / E- is scientific notation, not a date
	return /[ymdhs]/i.test(bare.replace(/E[+-]/gi, '').replace(/[eE](?=[0#?])/g, ''));
}

type Token =
	| { t: 'lit'; s: string }
	| { t: 'digit'; c: '0' | '#' | '?' }
	| { t: 'dot' }
	| { t: 'comma' }
	| { t: 'pct' }
	| { t: 'exp'; sign: '+' | '-' }
	| { t: 'slash' }
	| { t: 'text' }
	| { t: 'general' };

function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			const end = text.indexOf('"', i + 1);
			out.push({ t: 'lit', s: text.slice(i + 1, end < 0 ? text.length : end) });
			i = end < 0 ? text.length : end;
		} else if (c === '\\') {
			if (i + 1 < text.length) out.push({ t: 'lit', s: text[++i] });
		} else if (c === '_') {
			i++;
			out.push({ t: 'lit', s: ' ' });
		} else if (c === '*') {
			i++; // fill character: a cell's width, meaningless in text
		} else if (c === '[') {
			const end = text.indexOf(']', i + 1);
			const inner = text.slice(i + 1, end < 0 ? text.length : end);
			// [$€-407] or [$USD]: the currency symbol; colours and locales show nothing
			if (inner.startsWith('$')) out.push({ t: 'lit', s: inner.slice(1).split('-')[0] });
			i = end < 0 ? text.length : end;
		} else if (c === '0' || c === '#' || c === '?') {
			out.push({ t: 'digit', c });
		} else if (c === '.') {
			out.push({ t: 'dot' });
		} else if (c === ',') {
			out.push({ t: 'comma' });
		} else if (c === '%') {
			out.push({ t: 'pct' });
		} else if ((c === 'E' || c === 'e') && (text[i + 1] === '+' || text[i + 1] === '-')) {
			out.push({ t: 'exp', sign: text[i + 1] as '+' | '-' });
			i++;
		} else if (c === '/') {
			out.push({ t: 'slash' });
		} else if (c === '@') {
			out.push({ t: 'text' });
		} else if (/^general/i.test(text.slice(i))) {
			out.push({ t: 'general' });
			i += 6;
		} else {
			out.push({ t: 'lit', s: c });
		}
	}
	return out;
}

/**
 * A number in full, as General shows it without its width limit: integers
 * exact while a double holds them exactly, otherwise 15 significant digits
 * (Excel's precision, so no float noise), never in exponent form.
 *
 * @param value - a finite number
 * @returns its digits
 * @example
 * plainNumberText(0.1 + 0.2) //=> '0.3'
 * plainNumberText(123456789012345680000) //=> '123456789012346000000'
 */
export function plainNumberText(value: number): string {
	if (Number.isSafeInteger(value)) return String(value);
	const clean = Number(value.toPrecision(15));
	const s = String(clean);
	if (!/e/i.test(s)) return s;
	const digits = roundDecimal(
		Math.abs(clean),
		Math.abs(clean) >= 1 ? 0 : Math.min(100, -Math.floor(Math.log10(Math.abs(clean))) + 14),
	);
	return (clean < 0 ? '-' : '') + (digits.includes('.') ? digits.replace(/\.?0+$/, '') : digits);
}

const plain = plainNumberText;

/**
 * A non-negative number rounded to `places` decimals, half away from zero,
 * from its 15 significant digits as Excel does: 0.045 is 0.05 (where
 * toFixed, working on the binary value 0.04499…, gives 0.04), and 1e21 is
 * written out rather than as `1e+21`.
 */
function roundDecimal(x: number, places: number): string {
	const [mantissa, e] = x.toExponential(14).split('e');
	let digits = mantissa.replace('.', '');
	// digits before the decimal point
	let point = Number(e) + 1;
	if (point <= 0) {
		digits = '0'.repeat(1 - point) + digits;
		point = 1;
	}
	const keep = point + places;
	if (digits.length > keep) {
		const up = digits.charCodeAt(keep) >= 53;
		digits = digits.slice(0, keep);
		if (up) {
			const chars = digits.split('');
			let k = chars.length - 1;
			for (; k >= 0 && chars[k] === '9'; k--) chars[k] = '0';
			if (k >= 0) chars[k] = String.fromCharCode(chars[k].charCodeAt(0) + 1);
			else {
				chars.unshift('1');
				point++;
			}
			digits = chars.join('');
		}
	} else digits = digits.padEnd(keep, '0');
	const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
	return places > 0 ? `${int}.${digits.slice(point)}` : int;
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

function formatFraction(value: number, tokens: Token[]): string {
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

function formatScientific(value: number, tokens: Token[]): string {
	const e = tokens.findIndex((t) => t.t === 'exp');
	const mant = tokens.slice(0, e);
	const expTokens = tokens.slice(e + 1);
	const dot = mant.findIndex((t) => t.t === 'dot');
	const intPlaces =
		(dot < 0 ? mant : mant.slice(0, dot)).filter((t) => t.t === 'digit').length || 1;
	const decPlaces = dot < 0 ? 0 : mant.slice(dot + 1).filter((t) => t.t === 'digit').length;
	// the exponent from the 15 significant digits, so 999.9999999999999 counts as 1000
	let exp = value === 0 ? 0 : Number(Math.abs(value).toExponential(14).split('e')[1]);
	// engineering style (##0.0E+0) keeps the exponent a multiple of the integer places
	if (intPlaces > 1) exp = Math.floor(exp / intPlaces) * intPlaces;
	const mantissa = (): string =>
		(value < 0 ? '-' : '') + roundDecimal(Math.abs(value / 10 ** exp), decPlaces);
	let mText = mantissa();
	if (Math.abs(Number(mText)) >= 10 ** intPlaces) {
		exp += intPlaces;
		mText = mantissa();
	}
	// 0 placeholders left of the point pad the mantissa (00.00E+00 shows 01.23E+04)
	const zeros = (dot < 0 ? mant : mant.slice(0, dot)).filter(
		(t) => t.t === 'digit' && t.c === '0',
	).length;
	const [mInt, mDec] = mText.replace('-', '').split('.');
	mText =
		(value < 0 ? '-' : '') + mInt.padStart(zeros, '0') + (mDec === undefined ? '' : `.${mDec}`);
	const expWidth = expTokens.filter((t) => t.t === 'digit').length;
	const sign = exp < 0 ? '-' : e >= 0 && (tokens[e] as { sign: string }).sign === '+' ? '+' : '';
	return `${mText}E${sign}${String(Math.abs(exp)).padStart(expWidth, '0')}`;
}

function formatDigits(value: number, tokens: Token[]): string {
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

function indexOfSlot(tokens: Token[], slot: number): number {
	let seen = -1;
	let out = -1;
	for (const t of tokens) {
		if (t.t === 'digit' || t.t === 'lit') out++;
		if (t.t === 'digit' && ++seen === slot) return out;
	}
	return -1;
}

/**
 * A number as a cell with this format shows it, or undefined when the format
 * is one this reader does not render (the caller then writes the plain number).
 *
 * @param value - the cell's number
 * @param format - its number format code (not a date format)
 * @returns the shown text
 * @example
 * formatNumberCode(2134, '00000') //=> '02134'
 * formatNumberCode(5551234567, '[<=9999999]###-####;(###) ###-####') //=> '(555) 123-4567'
 * formatNumberCode(-1234.5, '#,##0.00_);(#,##0.00)') //=> '(1,234.50)'
 */
export function formatNumberCode(value: number, format: string): string | undefined {
	if (!Number.isFinite(value)) return undefined;
	const sections = splitSections(format);
	let section: Section;
	let v = value;
	const conditional = sections.some((s) => s.condition);
	if (conditional) {
		const test = (s: Section): boolean => {
			const c = s.condition;
			if (!c) return false;
			switch (c.op) {
				case '<':
					return value < c.value;
				case '<=':
					return value <= c.value;
				case '>':
					return value > c.value;
				case '>=':
					return value >= c.value;
				case '=':
					return value === c.value;
				default:
					return value !== c.value;
			}
		};
		const numeric = sections.filter((s) => !/@/.test(s.text));
		section =
			numeric.find(test) ?? numeric.find((s) => !s.condition) ?? numeric[numeric.length - 1];
		// a section for negatives by condition shows the value without its sign
		if (
			section.condition &&
			value < 0 &&
			section.condition.value <= 0 &&
			/^</.test(section.condition.op)
		)
			v = Math.abs(value);
	} else if (value < 0 && sections.length >= 2 && sections[1].text !== '') {
		section = sections[1];
		v = -value;
	} else if (value === 0 && sections.length >= 3) {
		section = sections[2];
	} else {
		section = sections[0];
	}
	const tokens = tokenize(section.text);
	if (tokens.some((t) => t.t === 'text')) return undefined;
	if (tokens.some((t) => t.t === 'general')) {
		return tokens.map((t) => (t.t === 'general' ? plain(v) : t.t === 'lit' ? t.s : '')).join('');
	}
	const lead = v < 0 ? '-' : '';
	const abs = Math.abs(v);
	if (!tokens.some((t) => t.t === 'digit')) {
		// literal text only ("-" for zero in accounting): shown as it is
		return tokens.map((t) => (t.t === 'lit' ? t.s : t.t === 'pct' ? '%' : '')).join('');
	}
	const firstDigit = tokens.findIndex((t) => t.t === 'digit' || t.t === 'dot');
	let lastDigit = tokens.length - 1;
	while (lastDigit > firstDigit && tokens[lastDigit].t !== 'digit' && tokens[lastDigit].t !== 'dot')
		lastDigit--;
	// keep scaling commas right after the last digit, and a fraction's literal denominator
	let end = lastDigit;
	const slash = tokens.findIndex((t) => t.t === 'slash');
	if (slash > end) {
		// a fixed denominator (?/8) is written as literal digits after the slash
		end = slash;
		while (
			end + 1 < tokens.length &&
			(tokens[end + 1].t === 'digit' ||
				(tokens[end + 1].t === 'lit' && /^\d$/.test((tokens[end + 1] as { s: string }).s)))
		)
			end++;
	}
	while (end + 1 < tokens.length && tokens[end + 1].t === 'comma') end++;
	const prefix = tokens.slice(0, firstDigit);
	const suffix = tokens.slice(end + 1);
	const middle = tokens.slice(firstDigit, end + 1);
	const pct = tokens.filter((t) => t.t === 'pct').length;
	const scaled = abs * 100 ** pct;
	const body = formatDigits(
		scaled,
		middle.filter((t) => t.t !== 'pct'),
	);
	const show = (list: Token[]): string =>
		list
			.map((t) => (t.t === 'lit' ? t.s : t.t === 'pct' ? '%' : t.t === 'comma' ? ',' : ''))
			.join('');
	// Excel keeps the minus of a negative number that rounds to zero ("-0")
	return `${lead}${show(prefix)}${body}${show(suffix)}`;
}
