/**
 * Whether two stretches of text are at most one edit apart (a character
 * added, dropped or changed, or two adjacent characters swapped): what
 * editDistance(x, y, 1) ≤ 1 answers, without slicing the strings or filling
 * a table. The scorer asks this of millions of emails, dates and ZIP codes.
 *
 * @param a - one text
 * @param aStart - where its stretch starts
 * @param aEnd - where it ends (exclusive)
 * @param b - the other text
 * @param bStart - where its stretch starts
 * @param bEnd - where it ends (exclusive)
 * @returns true when the stretches are equal or one edit apart
 * @example
 * withinOneEdit('60614', 0, 5, '60641', 0, 5)
 * //=> true (two digits swapped)
 */
export function withinOneEdit(
	a: string,
	aStart: number,
	aEnd: number,
	b: string,
	bStart: number,
	bEnd: number,
): boolean {
	const la = aEnd - aStart;
	const lb = bEnd - bStart;
	if (la - lb > 1 || lb - la > 1) return false;
	// the common head and tail; what is left between them must be one edit
	let head = 0;
	const shorter = Math.min(la, lb);
	while (head < shorter && a.charCodeAt(aStart + head) === b.charCodeAt(bStart + head)) head++;
	let tail = 0;
	while (tail < shorter - head && a.charCodeAt(aEnd - 1 - tail) === b.charCodeAt(bEnd - 1 - tail))
		tail++;
	const restA = la - head - tail;
	const restB = lb - head - tail;
	if (restA <= 1 && restB <= 1) return true;
	// an adjacent swap: "ab" against "ba"
	return (
		restA === 2 &&
		restB === 2 &&
		a.charCodeAt(aStart + head) === b.charCodeAt(bStart + head + 1) &&
		a.charCodeAt(aStart + head + 1) === b.charCodeAt(bStart + head)
	);
}
