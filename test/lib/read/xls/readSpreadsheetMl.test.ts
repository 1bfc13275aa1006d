import { IntakeError } from '../../../../lib/errors';
import { readSpreadsheetMl } from '../../../../lib/read/xls/readSpreadsheetMl';
import { gridRows } from './gridRows';

const rows = gridRows;

const book = (body: string, styles = '') =>
	`<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles>${styles}</Styles>${body}</Workbook>`;

describe('readSpreadsheetMl', () => {
	it("returns each data type as text: numbers in their style's format, ISO dates, TRUE/FALSE, errors marked", () => {
		const [sheet] = readSpreadsheetMl(
			book(
				'<Worksheet ss:Name="Export"><Table><Row>' +
					'<Cell><Data ss:Type="String">Fish &amp; Chips&#10;line 2</Data></Cell>' +
					'<Cell ss:StyleID="money"><Data ss:Type="Number">1234.5</Data></Cell>' +
					'<Cell ss:StyleID="date"><Data ss:Type="DateTime">2024-01-15T00:00:00.000</Data></Cell>' +
					'<Cell><Data ss:Type="DateTime">1985-03-10T12:30:00</Data></Cell>' +
					'<Cell><Data ss:Type="Boolean">1</Data></Cell>' +
					'<Cell ss:Formula="=1/0"><Data ss:Type="Error">#DIV/0!</Data></Cell>' +
					'<Cell ss:StyleID="zip"><Data ss:Type="Number">501</Data></Cell>' +
					'<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>bold</B> text</ss:Data><Comment><Data>a note</Data></Comment></Cell>' +
					'</Row></Table></Worksheet>',
				'<Style ss:ID="base"><NumberFormat ss:Format="Fixed"/></Style><Style ss:ID="money" ss:Parent="base"/><Style ss:ID="date"><NumberFormat ss:Format="Short Date"/></Style><Style ss:ID="zip"><NumberFormat ss:Format="00000"/></Style>',
			),
		);
		expect(sheet.name).toBe('Export');
		expect(rows(sheet)).toEqual([
			[
				'Fish & Chips\nline 2',
				'1234.50',
				'2024-01-15',
				'1985-03-10T12:30:00',
				'TRUE',
				'#DIV/0!',
				'00501',
				'bold text',
			],
		]);
		expect(sheet.grid.rows[0]!.errors).toEqual([5]);
	});

	it('returns cells placed by ss:Index and ss:MergeAcross, and rows by ss:Index', () => {
		const [sheet] = readSpreadsheetMl(
			book(
				'<Worksheet ss:Name="S"><Table>' +
					'<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">Title</Data></Cell><Cell><Data ss:Type="String">D</Data></Cell></Row>' +
					'<Row ss:Index="4"><Cell ss:Index="3"><Data ss:Type="Number">3</Data></Cell><Cell><Data ss:Type="Number">4</Data></Cell></Row>' +
					'<Row><Cell><Data ss:Type="String">next</Data></Cell></Row>' +
					'</Table></Worksheet><Worksheet ss:Name="Second"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>',
			),
		);
		expect(rows(sheet)).toEqual([
			['Title', '', '', 'D'],
			undefined,
			undefined,
			['', '', '3', '4'],
			['next'],
		]);
	});

	it('throws FILE_CORRUPT for a row index beyond 1,048,576 rows or a tag that never closes', () => {
		const codeOf = (xml: string) => {
			try {
				readSpreadsheetMl(xml);
			} catch (e) {
				expect(e).toBeInstanceOf(IntakeError);
				return (e as IntakeError).code;
			}
			return 'none';
		};
		expect(
			codeOf(
				book(
					'<Worksheet ss:Name="S"><Table><Row ss:Index="99999999"><Cell><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>',
				),
			),
		).toBe('FILE_CORRUPT');
		expect(
			codeOf(
				book(
					'<Worksheet ss:Name="S"><Table><Row><Cell ss:Index="20000"><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>',
				),
			),
		).toBe('FILE_CORRUPT');
		expect(codeOf('<Workbook><Worksheet ss:Name="S')).toBe('FILE_CORRUPT');
	});

	it('notes ss:MergeAcross and ss:MergeDown ranges on the grid, leaving the covered cells empty', () => {
		const [sheet] = readSpreadsheetMl(
			'<Workbook><Worksheet ss:Name="S"><Table><Row><Cell ss:MergeAcross="1" ss:MergeDown="2"><Data ss:Type="String">G</Data></Cell><Cell><Data ss:Type="String">x</Data></Cell></Row><Row><Cell ss:Index="3"><Data ss:Type="String">y</Data></Cell></Row></Table></Worksheet></Workbook>',
		);
		expect(gridRows(sheet)).toEqual([
			['G', '', 'x'],
			['', '', 'y'],
		]);
		expect(sheet.grid.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 1 }]);
	});
});
