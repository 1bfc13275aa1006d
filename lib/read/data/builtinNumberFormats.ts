/**
 * Excel's built-in number formats: the codes an XLSX `numFmtId` or a BIFF
 * XF record may use without defining them, as Excel (en-US) shows them; one
 * table for both readers, so an XLS and an XLSX of the same sheet read alike. Codes 5–8 and 41–44 are the
 * currency and accounting formats; codes 27–36 and 50–81 are locale-specific
 * (CJK and Thai dates and numbers) and fall back to their nearest en-US code.
 *
 * Source: [MS-XLS] 2.4.126 FORMAT and [MS-OI29500] 2.1.742 (numFmt ids),
 * with the same strings and fallbacks SheetJS (Apache-2.0) uses, so both
 * readers give the same text for the same cell.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = Object.freeze({
	0: 'General',
	1: '0',
	2: '0.00',
	3: '#,##0',
	4: '#,##0.00',
	5: '"$"#,##0_);\\("$"#,##0\\)',
	6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
	7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
	8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
	9: '0%',
	10: '0.00%',
	11: '0.00E+00',
	12: '# ?/?',
	13: '# ??/??',
	14: 'm/d/yy',
	15: 'd-mmm-yy',
	16: 'd-mmm',
	17: 'mmm-yy',
	18: 'h:mm AM/PM',
	19: 'h:mm:ss AM/PM',
	20: 'h:mm',
	21: 'h:mm:ss',
	22: 'm/d/yy h:mm',
	37: '#,##0 ;(#,##0)',
	38: '#,##0 ;[Red](#,##0)',
	39: '#,##0.00;(#,##0.00)',
	40: '#,##0.00;[Red](#,##0.00)',
	41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
	42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
	43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
	44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
	45: 'mm:ss',
	46: '[h]:mm:ss',
	47: 'mmss.0',
	48: '##0.0E+0',
	49: '@',
});

/** Locale-specific codes and the en-US code each falls back to. */
export const BUILTIN_FORMAT_FALLBACKS: Readonly<Record<number, number>> = Object.freeze({
	23: 0,
	24: 0,
	25: 0,
	26: 0,
	27: 14,
	28: 14,
	29: 14,
	30: 14,
	31: 14,
	32: 21,
	33: 21,
	34: 21,
	35: 21,
	36: 14,
	50: 14,
	51: 14,
	52: 14,
	53: 14,
	54: 14,
	55: 14,
	56: 14,
	57: 14,
	58: 14,
	59: 1,
	60: 2,
	61: 3,
	62: 4,
	63: 5,
	64: 6,
	65: 7,
	66: 8,
	67: 9,
	68: 10,
	69: 12,
	70: 13,
	71: 14,
	72: 14,
	73: 15,
	74: 16,
	75: 17,
	76: 20,
	77: 21,
	78: 22,
	79: 45,
	80: 46,
	81: 47,
	82: 0,
});

/**
 * The format string of a built-in code, or undefined for a code that names none.
 *
 * @param code - a built-in number format id (0–81)
 * @returns its en-US format code
 * @example
 * builtinNumberFormat(14) //=> 'm/d/yy'
 * builtinNumberFormat(57) //=> 'm/d/yy' (a CJK date, read as the en-US date)
 */
export function builtinNumberFormat(code: number): string | undefined {
	const direct = BUILTIN_NUMBER_FORMATS[code];
	if (direct !== undefined) return direct;
	const fallback = BUILTIN_FORMAT_FALLBACKS[code];
	return fallback === undefined ? undefined : BUILTIN_NUMBER_FORMATS[fallback];
}
