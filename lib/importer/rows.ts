import type { ImportRecord } from './types';

/** The row number people see: the record's own, else its position from 1. */
export function rowNumberOf(entry: Partial<ImportRecord> | undefined, index: number): number {
	return typeof entry?.row === 'number' && Number.isInteger(entry.row) && entry.row > 0
		? entry.row
		: index + 1;
}
