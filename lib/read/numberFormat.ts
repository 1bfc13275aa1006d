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

const plain = (value: number): string => {
	if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
	const clean = Number(value.toPrecision(15));
	const s = String(clean);
	if (!/e/i.test(s)) return s;
	return clean.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(clean))) + 14))).replace(/\.?0+$/, '');
};

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
	const fixed = /^\d+$/.test(after.map((t) => (t.t === 'lit' ? t.s : '')).join('').trim()) ? Number(after.map((t) => (t.t === 'lit' ? t.s : '')).join('').trim()) : 0;
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
	if (num === den && den > 0) {
		w += 1;
		num = 0;
	}
	const wholeText = hasWhole ? (w === 0 && num !== 0 ? '' : String(w)) : '';
	if (num === 0) return hasWhole ? String(w) : '0';
	const numText = String(hasWhole ? num : num + w * den);
	return `${wholeText}${wholeText ? ' ' : ''}${numText}/${den}`;
}

/** The closest fraction with a denominator up to `maxDen` (Stern–Brocot, bounded). */
function bestFraction(x: number, maxDen: number): [number, number] {
	let [a, b, c, d] = [0, 1, 1, 1];
	let best: [number, number] = [Math.round(x), 1];
	let err = Math.abs(x - best[0]);
	for (let i = 0; i < 64 && b + d <= maxDen; i++) {
		const mn = a + c;
		const md = b + d;
		const e = Math.abs(x - mn / md);
		if (e < err) {
			best = [mn, md];
			err = e;
		}
		if (mn / md < x) [a, b] = [mn, md];
		else if (mn / md > x) [c, d] = [mn, md];
		else break;
	}
	return best;
}

function formatScientific(value: number, tokens: Token[]): string {
	const e = tokens.findIndex((t) => t.t === 'exp');
	const mant = tokens.slice(0, e);
	const expTokens = tokens.slice(e + 1);
	const dot = mant.findIndex((t) => t.t === 'dot');
	const intPlaces = (dot < 0 ? mant : mant.slice(0, dot)).filter((t) => t.t === 'digit').length || 1;
	const decPlaces = dot < 0 ? 0 : mant.slice(dot + 1).filter((t) => t.t === 'digit').length;
	let exp = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
	// engineering style (##0.0E+0) keeps the exponent a multiple of the integer places
	if (intPlaces > 1) exp = Math.floor(exp / intPlaces) * intPlaces;
	let m = value / 10 ** exp;
	let mText = m.toFixed(decPlaces);
	if (Math.abs(Number(mText)) >= 10 ** intPlaces) {
		exp += intPlaces;
		m = value / 10 ** exp;
		mText = m.toFixed(decPlaces);
	}
	const expWidth = expTokens.filter((t) => t.t === 'digit').length;
	const sign = exp < 0 ? '-' : e >= 0 && (tokens[e] as { sign: string }).sign === '+' ? '+' : '';
	return `${mText}E${sign}${String(Math.abs(exp)).padStart(expWidth, '0')}`;
}

function formatDigits(value: number, tokens: Token[]): string {
	if (tokens.some((t) => t.t === 'exp')) {
		const e = tokens.findIndex((t) => t.t === 'exp');
		const first = tokens.findIndex((t) => t.t === 'digit');
		const lead = tokens.slice(0, first).map((t) => (t.t === 'lit' ? t.s : '')).join('');
		let last = tokens.length - 1;
		while (last > e && tokens[last].t !== 'digit') last--;
		const tail = tokens.slice(last + 1).map((t) => (t.t === 'lit' ? t.s : '')).join('');
		return lead + formatScientific(value, tokens.slice(first, last + 1)) + tail;
	}
	if (tokens.some((t) => t.t === 'slash')) return formatFraction(value, tokens.filter((t) => t.t !== 'pct'));
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
	const firstDigit = intTokens.findIndex((t) => t.t === 'digit');
	const group = intTokens.some((t, k) => t.t === 'comma' && k > firstDigit && k < lastDigit);
	v /= 1000 ** scale;
	const decPlaces = decTokens.filter((t) => t.t === 'digit').length;
	const fixed = Math.abs(v).toFixed(Math.min(20, decPlaces));
	const [intDigits, decDigits = ''] = fixed.split('.');
	let intText = fillInteger(intTokens.filter((t) => t.t !== 'comma' && t.t !== 'pct'), intDigits, group);
	if (firstDigit < 0) intText = intTokens.map((t) => (t.t === 'lit' ? t.s : '')).join('') + (intDigits === '0' ? '' : intDigits);
	// decimals: 0 keeps, # drops trailing zeros, ? pads with a space
	let di = 0;
	const decOut: string[] = [];
	for (const t of decTokens) {
		if (t.t === 'digit') decOut.push(decDigits[di++] ?? '');
		else if (t.t === 'lit') decOut.push(t.s);
	}
	const digitSlots = decTokens.filter((t) => t.t === 'digit') as Array<{ t: 'digit'; c: string }>;
	for (let k = digitSlots.length - 1; k >= 0 && decDigits[k] === '0' && digitSlots[k].c !== '0'; k--) {
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
				case '<': return value < c.value;
				case '<=': return value <= c.value;
				case '>': return value > c.value;
				case '>=': return value >= c.value;
				case '=': return value === c.value;
				default: return value !== c.value;
			}
		};
		const numeric = sections.filter((s) => !/@/.test(s.text));
		section = numeric.find(test) ?? numeric.find((s) => !s.condition) ?? numeric[numeric.length - 1];
		// a section for negatives by condition shows the value without its sign
		if (section.condition && value < 0 && section.condition.value <= 0 && /^</.test(section.condition.op)) v = Math.abs(value);
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
	while (lastDigit > firstDigit && tokens[lastDigit].t !== 'digit' && tokens[lastDigit].t !== 'dot') lastDigit--;
	// keep scaling commas right after the last digit, and a fraction's literal denominator
	let end = lastDigit;
	const slash = tokens.findIndex((t) => t.t === 'slash');
	if (slash > end) {
		// a fixed denominator (?/8) is written as literal digits after the slash
		end = slash;
		while (end + 1 < tokens.length && (tokens[end + 1].t === 'digit' || (tokens[end + 1].t === 'lit' && /^\d$/.test((tokens[end + 1] as { s: string }).s)))) end++;
	}
	while (end + 1 < tokens.length && tokens[end + 1].t === 'comma') end++;
	const prefix = tokens.slice(0, firstDigit);
	const suffix = tokens.slice(end + 1);
	const middle = tokens.slice(firstDigit, end + 1);
	const pct = tokens.filter((t) => t.t === 'pct').length;
	const scaled = abs * 100 ** pct;
	const body = formatDigits(scaled, middle.filter((t) => t.t !== 'pct'));
	const show = (list: Token[]): string => list.map((t) => (t.t === 'lit' ? t.s : t.t === 'pct' ? '%' : t.t === 'comma' ? ',' : '')).join('');
	// Excel keeps the minus of a negative number that rounds to zero ("-0")
	return `${lead}${show(prefix)}${body}${show(suffix)}`;
}
