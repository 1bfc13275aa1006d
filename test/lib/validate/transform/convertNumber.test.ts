import { defineSchema } from '../../../../lib/schema/defineSchema';
import { convertNumber } from '../../../../lib/validate/transform/convertNumber';
import { decideDecimalMarks } from '../../../../lib/validate/transform/decimalMarks';
import type { TransformOptions } from '../../../../lib/validate/types';
import { codesOf, workOn } from './helpers';

const schema = defineSchema({
	name: 'fees',
	fields: [
		{ key: 'fee', type: 'number' },
		{ key: 'rate', type: 'number', default: 1.5 },
	],
});

/** Converts each text in a Fee column whose values are `column`. */
function convert(texts: string[], column: string[] = texts, options?: TransformOptions) {
	const { plan, work } = workOn(schema, { fee: 'Fee' }, {}, options);
	decideDecimalMarks(
		plan,
		column.map((Fee) => ({ Fee })),
	);
	const values = texts.map((text) => {
		delete work.record.fee;
		convertNumber(work, plan, 'fee', text);
		return work.record.fee;
	});
	return { values, codes: codesOf(work), messages: work.issues.map((i) => i.message) };
}

describe('convertNumber', () => {
	it("reads each value with its column's decimal mark", () => {
		expect(convert(['1.234', '9,99', '1.234,56 €', '12']).values).toEqual([
			1234, 9.99, 1234.56, 12,
		]);
		expect(convert(['1,234', '3.5', '$1,200.50']).values).toEqual([1234, 3.5, 1200.5]);
	});
	it('keeps the values read before decimal marks were decided', () => {
		expect(convert(['1200', '1,200.50', '-3', '$40', '15%', '-.5']).values).toEqual([
			1200, 1200.5, -3, 40, 15, -0.5,
		]);
	});
	it('reports a value that reads two ways in a column nothing settles, never guessing', () => {
		const { values, codes, messages } = convert(['1,234', '12', '1 234']);
		expect(values).toEqual([undefined, 12, 1234]);
		expect(codes).toEqual(['fee:NUMBER_AMBIGUOUS:error']);
		expect(messages[0]).toBe(
			'Column "Fee": "1,234" is 1234 with a decimal point but 1.234 with a decimal comma, and no other value of the column tells which. Set Decimal Mark to "." or "," for this file.',
		);
	});
	it("reports a value written with the other mark than its column's", () => {
		const { values, codes, messages } = convert(['3.5'], ['9,99', '0,5', '1,25', '3.5']);
		expect(values).toEqual([undefined]);
		expect(codes).toEqual(['fee:NUMBER_INVALID:error']);
		expect(messages[0]).toBe(
			'Column "Fee": "3.5" is written with a decimal point, but the decimal mark is "," (as the column\'s other values show). Fix this value, or set Decimal Mark for this file.',
		);
		expect(convert(['9,99'], ['9,99'], { decimalMark: '.' }).messages[0]).toBe(
			'Column "Fee": "9,99" is written with a decimal comma, but the decimal mark is "." (as Decimal Mark is set). Fix this value, or set Decimal Mark for this file.',
		);
	});
	it('says what a number looks like when the text is none', () => {
		expect(convert(['12 apples']).messages).toEqual([
			'Column "Fee": "12 apples" is not a number. Use digits, such as 1200, 1,200.50 or 1.200,50.',
		]);
	});
	it('reads numbers the import gave (defaults, fixed values) as given, whatever the mark', () => {
		const { plan, work } = workOn(
			schema,
			{ fee: 'Fee', rate: 'Rate' },
			{},
			{
				decimalMark: ',',
				fixedValues: { fee: 1.125 },
			},
		);
		convertNumber(work, plan, 'fee', '1.125');
		convertNumber(work, plan, 'rate', '1.5');
		expect(work.record).toEqual({ fee: 1.125, rate: 1.5 });
		expect(work.issues).toEqual([]);
	});
});
