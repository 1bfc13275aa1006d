import { columnTexts } from '../../../../lib/validate/transform/columnTexts';

describe('columnTexts', () => {
	it("gives each row's cell as trimmed text, '' where the row lacks the column", () => {
		expect(columnTexts([{ DOB: ' 3/7/85 ' }, {}, { DOB: 12 }], 'DOB')).toEqual([
			'3/7/85',
			'',
			'12',
		]);
	});

	it('leaves out the cells that do not vote', () => {
		const rows = [{ Fee: ' 9,99 ' }, {}, { Fee: 12 }];
		expect(columnTexts(rows, 'Fee', (cell) => typeof cell !== 'number')).toEqual(['9,99', '']);
	});

	it("never reads a prototype's property as a cell", () => {
		expect(columnTexts([{}], 'toString')).toEqual(['']);
	});
});
