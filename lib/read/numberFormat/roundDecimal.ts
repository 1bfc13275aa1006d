/**
 * A non-negative number rounded to `places` decimals, half away from zero,
 * from its 15 significant digits as Excel does: 0.045 is 0.05 (where
 * toFixed, working on the binary value 0.04499…, gives 0.04), and 1e21 is
 * written out rather than as `1e+21`.
 */
export function roundDecimal(x: number, places: number): string {
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
