/** The CRC-32 (IEEE 802.3, reflected 0xEDB88320) lookup tables for slicing by 4. */
const TABLES: Uint32Array = (() => {
	const t = new Uint32Array(4 * 256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c;
	}
	for (let n = 0; n < 256; n++) {
		for (let k = 1; k < 4; k++)
			t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
	}
	return t;
})();

/**
 * The CRC-32 a ZIP archive stores for each part, computed incrementally:
 * pass the previous result as `crc` to continue over the next chunk.
 *
 * @param data - the bytes (or the next chunk of them)
 * @param crc - the CRC of the bytes before this chunk; 0 to start
 * @returns the CRC of everything so far, as an unsigned 32-bit number
 * @example
 * crc32(new TextEncoder().encode('123456789')).toString(16)
 * //=> 'cbf43926'
 */
export function crc32(data: Uint8Array, crc = 0): number {
	let c = ~crc;
	const n = data.length;
	let i = 0;
	for (const end = n - 3; i < end; i += 4) {
		c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
		c =
			TABLES[768 + (c & 0xff)] ^
			TABLES[512 + ((c >>> 8) & 0xff)] ^
			TABLES[256 + ((c >>> 16) & 0xff)] ^
			TABLES[c >>> 24];
	}
	for (; i < n; i++) c = TABLES[(c ^ data[i]) & 0xff] ^ (c >>> 8);
	return ~c >>> 0;
}
