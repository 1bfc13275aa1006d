import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIntakeError, type IntakeError } from '../../lib/errors';

/** Reads a committed fixture from test/fixtures. */
export function fixture(name: string): Buffer {
	return readFileSync(join(__dirname, '..', 'fixtures', name));
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}

/** The IntakeError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<IntakeError> {
	try {
		await promise;
	} catch (e) {
		if (isIntakeError(e)) return e;
		throw e;
	}
	throw new Error('expected an IntakeError');
}
