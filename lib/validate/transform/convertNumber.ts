import { readEitherMark, readWithMark } from '../../normalize/number/readNumber';
import type { Plan } from './plan';
import type { RowWork } from './RowWork';

/**
 * The number the import itself gave this field (a fixed value, a default,
 * the schema's default): written by String(), so it is read as given,
 * whatever the column's decimal mark.
 */
function givenNumber(plan: Plan, key: string, text: string): number | undefined {
	const { fixedValues, defaults } = plan.opts;
	const given = Object.hasOwn(fixedValues, key)
		? fixedValues[key]
		: Object.hasOwn(defaults, key)
			? defaults[key]
			: plan.fields.get(key)?.default;
	return typeof given === 'number' && String(given) === text ? given : undefined;
}

/**
 * A number field's text as a number, read with its column's decimal mark
 * (decideDecimalMarks; the option's when no column decided one). A value
 * that reads two ways in a column no value settles is `NUMBER_AMBIGUOUS`,
 * never guessed; any other it cannot read is `NUMBER_INVALID`.
 */
export function convertNumber(work: RowWork, plan: Plan, key: string, text: string): void {
	const given = givenNumber(plan, key, text);
	if (given !== undefined) {
		work.record[key] = given;
		return;
	}
	const decided = plan.decimalMarks.get(key) ?? plan.opts.decimalMark;
	const mark = decided === 'ambiguous' ? 'auto' : decided;
	const result = mark === 'auto' ? readEitherMark(text) : readWithMark(text, mark);
	if (result.ok) {
		work.record[key] = result.value;
		return;
	}
	const said = `${work.where(key)}: ${result.message}`;
	if (result.code === 'NUMBER_AMBIGUOUS')
		work.issue(
			key,
			'NUMBER_AMBIGUOUS',
			`${said}, and no other value of the column tells which. Set Decimal Mark to "." or "," for this file.`,
			text,
		);
	else if (result.code === 'NUMBER_MARK_MISMATCH')
		work.issue(
			key,
			'NUMBER_INVALID',
			`${said} (${plan.opts.decimalMark === 'auto' ? "as the column's other values show" : 'as Decimal Mark is set'}). Fix this value, or set Decimal Mark for this file.`,
			text,
		);
	else
		work.issue(
			key,
			'NUMBER_INVALID',
			`${said}. Use digits, such as 1200, 1,200.50 or 1.200,50.`,
			text,
		);
}
