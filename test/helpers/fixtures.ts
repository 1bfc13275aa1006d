import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a committed fixture from test/fixtures. */
export function fixture(name: string): Buffer {
	return readFileSync(join(__dirname, '..', 'fixtures', name));
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}
