/** One `;`-separated section of a number format, with its `[<=9999999]` condition if it has one. */
export interface Section {
	text: string;
	condition?: { op: string; value: number };
}

/** Splits a format at its top-level `;` and reads a leading `[<=9999999]` condition. */
export function splitSections(format: string): Section[] {
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

/**
 * Whether `value` meets a section's condition; false for a section without one.
 *
 * @example
 * meetsCondition({ text: '###-####', condition: { op: '<=', value: 9999999 } }, 5551234)
 * //=> true
 */
export function meetsCondition(s: Section, value: number): boolean {
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
}

/**
 * The section that shows `value`, and the number it shows. With conditions,
 * the first numeric section whose condition holds, else the first without
 * one (a section for negatives by condition shows the value without its
 * sign). Without, Excel's positive;negative;zero;text order: a negative
 * section shows the value without its sign.
 *
 * @example
 * pickSection(splitSections('#,##0.00_);(#,##0.00)'), -1234.5)
 * //=> { section: { text: '(#,##0.00)' }, shown: 1234.5 }
 */
export function pickSection(
	sections: Section[],
	value: number,
): { section: Section; shown: number } {
	if (sections.some((s) => s.condition)) {
		const numeric = sections.filter((s) => !/@/.test(s.text));
		const section =
			numeric.find((s) => meetsCondition(s, value)) ??
			numeric.find((s) => !s.condition) ??
			numeric[numeric.length - 1];
		const c = section.condition;
		const unsigned = c !== undefined && value < 0 && c.value <= 0 && /^</.test(c.op);
		return { section, shown: unsigned ? Math.abs(value) : value };
	}
	if (value < 0 && sections.length >= 2 && sections[1].text !== '')
		return { section: sections[1], shown: -value };
	if (value === 0 && sections.length >= 3) return { section: sections[2], shown: value };
	return { section: sections[0], shown: value };
}
