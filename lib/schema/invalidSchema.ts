import { IntakeError } from '../errors';

/** The error for a schema spec that cannot be built: `SCHEMA_INVALID`, naming the field in `details` where one is at fault. */
export function invalidSchema(message: string, details: Record<string, unknown> = {}): never {
	throw new IntakeError('SCHEMA_INVALID', message, details);
}
