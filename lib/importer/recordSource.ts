import { invalidOption } from '../errors';
import type { ImportRecord, ImportRecordSource } from './types';

/** The importer's records: how many, and the one at a position (read when needed, never copied). */
export interface RecordReader {
	readonly length: number;
	/** The input row at `index` (undefined when the source has none there: the row fails its check). */
	at(index: number): ImportRecord | undefined;
}

/**
 * Checks the records given to {@link importInBatches}: a list, or an
 * {@link ImportRecordSource} (a `length` and an `at(index)`), read lazily
 * as batches are made. Internal.
 *
 * @param records - what the caller passed
 * @returns a reader over them
 * @throws IntakeError `IMPORT_INVALID_OPTION` for anything else
 * @example
 * readRecordsFrom([{ row: 2, record: { a: 1 } }]).at(0).row
 * //=> 2
 */
export function readRecordsFrom(records: unknown): RecordReader {
	if (Array.isArray(records)) {
		const list = records as ReadonlyArray<ImportRecord | undefined>;
		return { length: list.length, at: (i) => list[i] };
	}
	const source = records as Partial<ImportRecordSource> | null;
	const length = typeof source === 'object' && source !== null ? source.length : undefined;
	if (
		typeof source?.at !== 'function' ||
		typeof length !== 'number' ||
		!Number.isSafeInteger(length) ||
		length < 0
	)
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'records',
			'a list of { row, record }, or a source with a length and at(index)',
			records,
		);
	const at = source.at.bind(source);
	return {
		length,
		at: (i) => {
			// a source that cannot give a row fails that row (IMPORT_INVALID_RECORD), as a list's hole does
			try {
				return at(i) as ImportRecord | undefined;
			} catch {
				return undefined;
			}
		},
	};
}
