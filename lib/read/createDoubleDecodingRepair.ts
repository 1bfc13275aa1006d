import type { ReadIssue } from '../types';
import { findDoubleDecodedColumns } from './doubleDecoded/findDoubleDecodedColumns';
import { undoDoubleDecoding } from './doubleDecoded/undoDoubleDecoding';
import { isBlankRow, type IssueSink, type RawRow } from './rawRow';

/** The repair of a table's columns whose text was decoded twice, decided once from its first rows. */
export interface DoubleDecodingRepair {
	/** The 0-based columns repaired (none: nothing to do). */
	columns: number[];
	/** Repairs a data row's cells in those columns, in place, counting the cells changed. */
	repair: (cells: string[], row: number) => void;
	/** Reports one `TEXT_DOUBLE_DECODED_REPAIRED` warning per column that had a cell repaired. */
	report: (onIssue: IssueSink) => void;
}

const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Decides which columns of a table hold text decoded twice (UTF-8 bytes read
 * as Windows-1252 by an earlier tool: `JosÃ©` for `José`), from the rows
 * given: a column is repaired only when every non-ASCII cell of it in those
 * rows repairs (see {@link findDoubleDecodedColumns}); one cell never
 * decides. Later rows of a column so decided are repaired too, where they
 * repair; the others are left as they are.
 *
 * @param rows - the first data rows (a streaming reader's first thousand, or the whole table)
 * @param headers - the column names, for the warnings
 * @returns the columns, the per-row repair, and the report of what was repaired
 * @example
 * const fix = createDoubleDecodingRepair([{ row: 2, cells: ['JosÃ©', 'x'] }], ['Name', 'Id'])
 * const cells = ['MÃ¼ller', 'y']; fix.repair(cells, 3)
 * [fix.columns, cells]
 * //=> [[0], ['Müller', 'y']]
 */
export function createDoubleDecodingRepair(
	rows: readonly RawRow[],
	headers: readonly string[],
): DoubleDecodingRepair {
	const data = rows.filter((r) => !isBlankRow(r.cells)).map((r) => r.cells);
	const columns = data.length === 0 ? [] : findDoubleDecodedColumns(data);
	const counts = columns.map(() => 0);
	const firstRow = columns.map(() => 0);
	return {
		columns,
		repair: (cells, row) => {
			for (let k = 0; k < columns.length; k++) {
				const text = cells[columns[k]];
				if (text === undefined || ASCII.test(text)) continue;
				const fixed = undoDoubleDecoding(text);
				if (fixed === undefined) continue;
				cells[columns[k]] = fixed;
				if (counts[k]++ === 0) firstRow[k] = row;
			}
		},
		report: (onIssue) => {
			columns.forEach((c, k) => {
				if (counts[k] === 0) return;
				const issue: ReadIssue = {
					row: firstRow[k],
					code: 'TEXT_DOUBLE_DECODED_REPAIRED',
					column: headers[c] ?? `Column ${c + 1}`,
					message: `Column "${headers[c] ?? `Column ${c + 1}`}": ${counts[k]} value${counts[k] === 1 ? ' was' : 's were'} garbled by an earlier tool (text saved as UTF-8 and read back as Windows-1252, such as "JosÃ©" for "José") and ${counts[k] === 1 ? 'was' : 'were'} repaired. Check a few against the source system.`,
				};
				onIssue(issue);
			});
		},
	};
}
