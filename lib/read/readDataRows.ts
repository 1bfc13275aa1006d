import { IntakeError } from '../errors';
import { iterateOnce } from './iterateOnce';
import type { ReadIssue, Row } from '../types';
import { createRowBuilder } from './createRowBuilder';
import { widenHeaders } from './nameHeaders';
import { isBlankRow, type IssueSink, type RawRow } from './rawRow';

/** One data row from {@link openSpreadsheet}. */
export interface SpreadsheetRow {
	/** 1-based source row number, as a spreadsheet program shows it. */
	rowNumber: number;
	/** Header → cell text. */
	values: Row;
	/** The worksheet the row is on, when every sheet is read (`sheet: '*'`). */
	sheet?: string;
}

/** What the rows under the header are read from. */
export interface DataRowsSource {
	/** The column names; grows (`Column N`) when a row has values past its end. */
	headers: string[];
	/** Rows already read after the header, in its batch. */
	pending: RawRow[];
	/** The batches still to read. */
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>;
	/** Whether the file is CSV/TSV, where every row of another width is reported. */
	isText: boolean;
	onIssue: IssueSink;
	/** The row number of the header row (`0` when there is none), where the data starts. */
	headerRow: number;
	/** The sheet, set on every row, when every sheet is read. */
	sheet?: string;
	/** Whether a table with no data row ends quietly (one sheet of many) rather than with `NO_DATA_ROWS`. */
	mayBeEmpty?: boolean;
	/** Repairs a data row's cells in place before it is read (text decoded twice). */
	repair?: (cells: string[], row: number) => void;
	/** Called once the last row has been read (before `NO_DATA_ROWS`), to report what was repaired. */
	onEnd?: () => void;
}

/**
 * Makes the iterator of a reader's data rows, to be called once: blank rows
 * (empty, or fields that are all empty or quoted empty: `"",""`) give no row,
 * but each run of them among the data is reported with its row numbers
 * (`ROW_BLANK`), and so is a run at the end that holds fields (`,,`; bare
 * line ends there are not reported); a gap in a
 * workbook's row numbers is such a run too. Each row becomes a header → text object, and a row of another
 * width than the header is reported (`CSV_RAGGED_ROW` in text; in a workbook
 * `SHEET_RAGGED_ROW`, only for values past the last header). Values past the
 * last header are kept under new `Column N` headers.
 *
 * @param source - the headers and the rows after them, see {@link DataRowsSource}
 * @returns the `[Symbol.asyncIterator]` of a {@link SpreadsheetReader}
 * @throws IntakeError `READ_ALREADY_ITERATED` on a second iteration; `NO_DATA_ROWS`
 *   at the end when no row followed the header
 * @example
 * const rows = readDataRows({ headers: ['Name'], pending: [{ row: 2, cells: ['Ann'] }], batches: [].values(), isText: true, onIssue })
 * for await (const r of rows()) out.push(r)
 * // out: [{ rowNumber: 2, values: { Name: 'Ann' } }]
 */
export function readDataRows(source: DataRowsSource): () => AsyncGenerator<SpreadsheetRow> {
	return iterateOnce(async function* rows() {
		const { headers, sheet, repair } = source;
		const width = headers.length;
		let build = createRowBuilder(headers);
		let count = 0;
		let lastData = source.headerRow;
		// a trailing run is reported only if a row of it has fields (`,,` or `"",""`), not for bare line ends
		let lastFields = source.headerRow;
		let batch: RawRow[] | undefined = source.pending;
		while (batch) {
			for (const r of batch) {
				const cells = r.cells;
				if (isBlankRow(cells)) {
					if (cells.length > 1 && r.row > lastFields) lastFields = r.row;
					continue;
				}
				if (r.row > lastData + 1) reportBlank(lastData + 1, r.row - 1, false, source);
				lastData = r.row;
				if (repair) repair(cells, r.row);
				let values = build(cells);
				if (cells.length !== width) {
					const extra = widenHeaders(cells, headers);
					if (extra.length > 0) {
						build = createRowBuilder(headers);
						values = build(cells);
					}
					reportRagged(r, width, extra, source);
				}
				count++;
				yield sheet === undefined
					? { rowNumber: r.row, values }
					: { rowNumber: r.row, values, sheet };
			}
			const next = await source.batches.next();
			batch = next.done ? undefined : next.value;
		}
		if (lastFields > lastData && count > 0) reportBlank(lastData + 1, lastFields, true, source);
		source.onEnd?.();
		if (count === 0 && !source.mayBeEmpty) {
			throw new IntakeError(
				'NO_DATA_ROWS',
				'The file has a header row but no data rows under it. Check that you picked the right file, sheet and header row.',
			);
		}
	});
}

/**
 * Reports a row whose width is not the header's (`width`, as it was before
 * `extra` headers were added for it): in text any difference; in a workbook,
 * where rows end at their last value, only values past the last header.
 */
function reportRagged(
	r: RawRow,
	width: number,
	extra: string[],
	{ isText, onIssue }: DataRowsSource,
): void {
	const n = r.cells.length;
	if (isText) {
		onIssue({
			row: r.row,
			line: r.line !== r.row ? r.line : undefined,
			code: 'CSV_RAGGED_ROW',
			message:
				n > width
					? `Row ${r.row} has ${n} fields but the header has ${width}; the extra values were kept as ${extra.length > 0 ? extra.map((h) => `"${h}"`).join(', ') : 'extra columns'}. A field with an unquoted delimiter inside is the usual cause.`
					: `Row ${r.row} has ${n} field${n === 1 ? '' : 's'} but the header has ${width}; the missing values were left empty.`,
		});
	} else if (extra.length > 0) {
		onIssue({
			row: r.row,
			code: 'SHEET_RAGGED_ROW',
			message: `Row ${r.row} has values beyond the last header; they were kept as ${extra.map((h) => `"${h}"`).join(', ')}.`,
		});
	}
}

/** Reports the empty rows `from`–`to` (one issue per run), naming the sheet when every sheet is read. */
function reportBlank(
	from: number,
	to: number,
	atEnd: boolean,
	{ onIssue, sheet, isText }: DataRowsSource,
): void {
	const span = from === to ? `Row ${from} is` : `Rows ${from}–${to} are`;
	const where = atEnd
		? ` at the end of the ${sheet !== undefined || !isText ? 'sheet' : 'file'}`
		: '';
	const issue: ReadIssue = {
		row: from,
		code: 'ROW_BLANK',
		message: `${span} empty${where} (no value in any column${isText ? ', or only empty quotes' : ''}); no record was made from ${from === to ? 'it' : 'them'}.`,
	};
	if (sheet !== undefined) issue.sheet = sheet;
	onIssue(issue);
}
