import { openTable, type TableContext } from '../../../lib/read/openTable';
import type { RowSource } from '../../../lib/read/openRowSource';
import { normalizeReadOptions, type ReadOptions } from '../../../lib/read/options';
import type { RawRow } from '../../../lib/read/rawRow';
import type { ReadIssue } from '../../../lib/types';
import { failure } from '../../helpers/fixtures';

/** A source of raw rows, one batch, numbered from 1. */
function source(lines: string[][], sheet?: string): RowSource {
	const rows: RawRow[] = lines.map((cells, i) => ({ row: i + 1, cells }));
	return {
		format: 'xlsx',
		batches: [rows].values(),
		delimiter: () => undefined,
		...(sheet !== undefined && { sheet, sheets: [sheet] }),
	};
}

function context(options: ReadOptions = {}, all = false) {
	const issues: ReadIssue[] = [];
	const entered: Array<string | undefined> = [];
	const ctx: TableContext = {
		opts: normalizeReadOptions(options),
		onIssue: (i) => issues.push(i),
		all,
		isText: false,
		repairWindow: 1000,
		enter: (s) => entered.push(s),
	};
	return { ctx, issues, entered };
}

describe('openTable', () => {
	it('returns the detected header, its rows, and the rows above it as an issue', async () => {
		const { ctx, issues } = context();
		const table = await openTable(
			source([['Matters'], ['Matter', 'Client'], ['M-1', 'Ann'], [], ['M-2', 'Bo']]),
			ctx,
		);
		expect([table?.headers, table?.headerRowNumber]).toEqual([['Matter', 'Client'], 2]);
		const rows = [];
		for await (const r of table!.rows()) rows.push(r);
		expect(rows).toEqual([
			{ rowNumber: 3, values: { Matter: 'M-1', Client: 'Ann' } },
			{ rowNumber: 5, values: { Matter: 'M-2', Client: 'Bo' } },
		]);
		expect(issues.map((i) => [i.row, i.code])).toEqual([
			[1, 'ROWS_ABOVE_HEADER'],
			[4, 'ROW_BLANK'],
		]);
	});

	it('names the sheet on rows and issues, and enters it, when every sheet is read', async () => {
		const { ctx, issues, entered } = context({}, true);
		const table = await openTable(
			source([['Title'], ['Name', 'Email'], ['Ann', 'a@x.org']], 'S1'),
			ctx,
		);
		const rows = [];
		for await (const r of table!.rows()) rows.push(r);
		expect(rows).toEqual([
			{ rowNumber: 3, values: { Name: 'Ann', Email: 'a@x.org' }, sheet: 'S1' },
		]);
		expect(issues.map((i) => [i.sheet, i.code])).toEqual([['S1', 'ROWS_ABOVE_HEADER']]);
		expect(entered.every((s) => s === 'S1')).toBe(true);
	});

	it('returns undefined for an empty sheet when every sheet is read, and throws EMPTY_FILE otherwise', async () => {
		expect(await openTable(source([['']], 'Empty'), context({}, true).ctx)).toBeUndefined();
		expect((await failure(openTable(source([['']]), context().ctx))).code).toBe('EMPTY_FILE');
	});

	it('throws HEADER_ROW_NOT_FOUND when the header row set is past the content', async () => {
		const e = await failure(openTable(source([['a'], ['1']], 'S'), context({ headerRow: 9 }).ctx));
		expect(e.message).toBe(
			'The header row is set to row 9, but the sheet "S" has no content from that row on. Set the header row to the row that holds the column names.',
		);
	});

	it('repairs a column decoded twice in the rows read ahead, with its warning at the end', async () => {
		const { ctx, issues } = context();
		const table = await openTable(source([['Name'], ['JosÃ©'], ['MÃ¼ller']]), ctx);
		const names = [];
		for await (const r of table!.rows()) names.push(r.values.Name);
		expect(names).toEqual(['José', 'Müller']);
		expect(issues.map((i) => [i.code, i.column])).toEqual([
			['TEXT_DOUBLE_DECODED_REPAIRED', 'Name'],
		]);
	});
});
