/**
 * Joins byte arrays into one (the one itself when there is only one, no copy).
 *
 * @param parts - the arrays, in order
 * @returns their bytes back to back
 * @example
 * concatBytes([new Uint8Array([1, 2]), new Uint8Array([3])])
 * //=> Uint8Array [ 1, 2, 3 ]
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0];
	let size = 0;
	for (const p of parts) size += p.length;
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
