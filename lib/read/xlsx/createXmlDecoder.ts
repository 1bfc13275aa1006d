/** A TextDecoder instance (the global's type, without the DOM library). */
export type XmlDecoder = InstanceType<typeof TextDecoder>;

/**
 * A streaming text decoder for an XML part, chosen from its first bytes: a
 * UTF-16 byte-order mark means UTF-16 (which XML allows and a few generators
 * write), anything else UTF-8. Invalid bytes become U+FFFD.
 *
 * @param head - the part's first bytes (at least two, when it has them)
 * @returns a decoder to call with `{ stream: true }` for each chunk, then once without
 * @example
 * createXmlDecoder(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])).encoding
 * //=> 'utf-16le'
 */
export function createXmlDecoder(head: Uint8Array): XmlDecoder {
	if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
	if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
	return new TextDecoder('utf-8');
}
