import {
	meetsCondition,
	pickSection,
	splitSections,
} from '../../../../lib/read/numberFormat/formatSections';

describe('splitSections', () => {
	it('splits at top-level semicolons, not inside quotes, brackets or after an escape', () => {
		expect(splitSections('0;"a;b";\\;[Red]0').map((s) => s.text)).toEqual([
			'0',
			'"a;b"',
			'\\;[Red]0',
		]);
	});

	it('takes a condition out of its section, after a colour too', () => {
		expect(splitSections('[Red][<=-1.5]0;0')).toEqual([
			{ text: '[Red]0', condition: { op: '<=', value: -1.5 } },
			{ text: '0' },
		]);
	});
});

describe('meetsCondition', () => {
	const s = (op: string, value: number) => ({ text: '0', condition: { op, value } });
	it('returns whether the value meets each operator', () => {
		expect(meetsCondition(s('<=', 9999999), 5551234)).toBe(true);
		expect(meetsCondition(s('<', 0), 0)).toBe(false);
		expect(meetsCondition(s('>=', 0), 0)).toBe(true);
		expect(meetsCondition(s('>', 0), 1)).toBe(true);
		expect(meetsCondition(s('=', 1), 1)).toBe(true);
		expect(meetsCondition(s('<>', 1), 1)).toBe(false);
	});

	it('returns false for a section without a condition', () => {
		expect(meetsCondition({ text: '0' }, 1)).toBe(false);
	});
});

describe('pickSection', () => {
	describe('without conditions', () => {
		it('returns the negative section with the value unsigned', () => {
			expect(pickSection(splitSections('#,##0.00_);(#,##0.00)'), -1234.5)).toEqual({
				section: { text: '(#,##0.00)' },
				shown: 1234.5,
			});
		});

		it('returns the zero section for zero, the first for positives', () => {
			expect(pickSection(splitSections('0;-0;"zero"'), 0).section.text).toBe('"zero"');
			expect(pickSection(splitSections('0;-0;"zero"'), 3).section.text).toBe('0');
		});

		it('returns the first section, signed, when the negative one is empty', () => {
			expect(pickSection(splitSections('0;;0'), -2)).toEqual({ section: { text: '0' }, shown: -2 });
		});
	});

	describe('with conditions', () => {
		it('returns the first section whose condition holds, else the first without one', () => {
			const sections = splitSections('[<=9999999]###-####;(###) ###-####');
			expect(pickSection(sections, 5551234).section.text).toBe('###-####');
			expect(pickSection(sections, 5551234567).section.text).toBe('(###) ###-####');
		});

		it('shows a negative value unsigned in a section for negatives by condition', () => {
			expect(pickSection(splitSections('[<0]"minus "0;0'), -3).shown).toBe(3);
		});
	});
});
