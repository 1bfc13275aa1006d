/*
 * TEMPORARY adapter over today's importInBatches, until the
 * ImportRecordSource-accepting one lands (issue 18, contract C). Nothing
 * outside lib/pipeline uses it.
 */
import { importInBatches } from '../importer/importInBatches';
import type { ImportOptions, ImportRecord, ImportReport } from '../importer/types';

/** Contract C's ImportRecordSource. */
export interface ImportRecordSource {
	readonly length: number;
	at(index: number): ImportRecord;
}

/** TEMPORARY: the records as an array for today's importInBatches. */
export function importFromSource(
	source: ImportRecordSource,
	options: ImportOptions,
): Promise<ImportReport> {
	const records = Array.from({ length: source.length }, (_, i) => source.at(i));
	return importInBatches(records, options);
}
