import type { ReadIssue, Row } from '../types';
import { undoDoubleDecoding } from './doubleDecoded/undoDoubleDecoding';
import type { IssueSink } from './rawRow';

/** The repair of a table's columns whose text was decoded twice. */
export interface DoubleDecodingRepair {
	/** The 0-based columns repaired (none: nothing to do). */
	columns: readonly number[];
	/** Repairs a raw row's cells in those columns, in place, counting the cells changed. */
	repair: (cells: string[], row: number) => void;
	/** Repairs a row already keyed by header, in place, counting the cells changed. */
	repairRow: (values: Row, row: number) => void;
	/** Reports one `TEXT_DOUBLE_DECODED_REPAIRED` warning per column that had a cell repaired. */
	report: (onIssue: IssueSink) => void;
}

const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Repairs the columns of a table found to hold text decoded twice (UTF-8
 * bytes read as Windows-1252 by an earlier tool: `JosÃ©` for `José`; see
 * `findDoubleDecodedColumns`, which decides them from whole columns, never
 * one cell). A cell of such a column that does not repair is left as it is.
 * Each column repaired gets one warning, naming it, with the count.
 *
 * @param columns - the 0-based columns to repair
 * @param headers - the column names, for the repair of keyed rows and the warnings
 * @returns the per-row repairs and the report of what was repaired
 * @example
 * const fix = createDoubleDecodingRepair([0], ['Name', 'Id'])
 * const cells = ['MÃ¼ller', 'y']
 * fix.repair(cells, 3)
 * cells
 * //=> ['Müller', 'y']
 */
export function createDoubleDecodingRepair(
	columns: readonly number[],
	headers: readonly string[],
): DoubleDecodingRepair {
	const counts = columns.map(() => 0);
	const firstRow = columns.map(() => 0);
	const fixed = (k: number, text: string | undefined, row: number): string | undefined => {
		if (text === undefined || ASCII.test(text)) return undefined;
		const repaired = undoDoubleDecoding(text);
		if (repaired !== undefined && counts[k]++ === 0) firstRow[k] = row;
		return repaired;
	};
	const names = columns.map((c) => headers[c] ?? `Column ${c + 1}`);
	return {
		columns,
		repair: (cells, row) => {
			for (let k = 0; k < columns.length; k++) {
				const repaired = fixed(k, cells[columns[k]], row);
				if (repaired !== undefined) cells[columns[k]] = repaired;
			}
		},
		repairRow: (values, row) => {
			for (let k = 0; k < columns.length; k++) {
				const repaired = fixed(k, values[names[k]], row);
				if (repaired !== undefined) values[names[k]] = repaired;
			}
		},
		report: (onIssue) => {
			columns.forEach((_, k) => {
				if (counts[k] === 0) return;
				const n = counts[k];
				const issue: ReadIssue = {
					row: firstRow[k],
					code: 'TEXT_DOUBLE_DECODED_REPAIRED',
					column: names[k],
					message: `Column "${names[k]}": ${n} value${n === 1 ? ' was' : 's were'} garbled by an earlier tool (text saved as UTF-8 and read back as Windows-1252, such as "JosÃ©" for "José") and ${n === 1 ? 'was' : 'were'} repaired. Check a few against the source system.`,
				};
				onIssue(issue);
			});
		},
	};
}
