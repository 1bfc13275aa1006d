import {
	createMlReading,
	ML_ELEMENTS,
	type MlReading,
} from '../../../../../lib/read/xls/spreadsheetMl/mlElements';
import { readTag } from '../../../../../lib/read/xls/spreadsheetMl/mlMarkup';

/** Applies each tag in turn, as the markup loop does; text goes into an open Data. */
function apply(r: MlReading, ...items: string[]): MlReading {
	for (const item of items) {
		if (!item.startsWith('<')) {
			r.data?.parts.push(item);
			r.visible?.push(item);
			continue;
		}
		const t = readTag(item, 0).tag!;
		ML_ELEMENTS.get(t.name.slice(t.name.indexOf(':') + 1))?.(r, t);
	}
	return r;
}

describe('ML_ELEMENTS', () => {
	it('puts a cell at its row and column, and moves on after a merged cell', () => {
		const r = apply(
			createMlReading(),
			'<Worksheet ss:Name="People">',
			'<Row ss:Index="2">',
			'<Cell ss:MergeAcross="1">',
			'<Data ss:Type="String">',
			'Jane',
			'</Data>',
			'</Cell>',
			'<Cell>',
			'<Data ss:Type="Number">',
			'5',
			'</Data>',
			'</Cell>',
			'</Row>',
			'</Worksheet>',
		);
		expect(r.sheets.map((s) => s.name)).toEqual(['People']);
		expect(r.sheets[0].grid.rows[1]).toEqual({ cols: [0, 2], texts: ['Jane', '5'] });
		expect(r.row).toBe(2);
	});

	it('formats a number through its style, inherited from a parent style', () => {
		const r = apply(
			createMlReading(),
			'<Style ss:ID="base">',
			'<NumberFormat ss:Format="Short Date"/>',
			'</Style>',
			'<Style ss:ID="child" ss:Parent="base"/>',
			'<Worksheet ss:Name="A">',
			'<Row>',
			'<Cell ss:StyleID="child">',
			'<Data ss:Type="Number">',
			'45292',
			'</Data>',
			'</Cell>',
		);
		expect(r.sheets[0].grid.rows[0]?.texts).toEqual(['2024-01-01']);
	});

	it('marks a sheet hidden by its Visible option', () => {
		const r = apply(
			createMlReading(),
			'<Worksheet ss:Name="A">',
			'<Visible>',
			'SheetVeryHidden',
			'</Visible>',
		);
		expect(r.sheets[0].state).toBe('veryHidden');
	});

	it('counts empty rows a self-closing Row spans', () => {
		const r = apply(createMlReading(), '<Worksheet ss:Name="A">', '<Row ss:Span="2"/>');
		expect(r.row).toBe(3);
	});

	it('tracks Comment depth, so its Data is not taken for the cell', () => {
		const r = apply(createMlReading(), '<Comment>', '<Comment>', '</Comment>');
		expect(r.comment).toBe(1);
	});
});
