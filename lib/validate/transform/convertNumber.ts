import { show } from './cellText';
import type { RowWork } from './RowWork';

/** A number as people write it: 1200, 1,200.50, -3, $40, 15%. */
const NUMBER = /^[-+]?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$/;

/** A number field's text as a number, or `NUMBER_INVALID`. */
export function convertNumber(work: RowWork, key: string, text: string): void {
	if (!NUMBER.test(text) || !/\d/.test(text)) {
		work.issue(
			key,
			'NUMBER_INVALID',
			`${work.where(key)}: ${show(text)} is not a number. Use digits, such as 1200 or 1,200.50.`,
			text,
		);
		return;
	}
	work.record[key] = Number(text.replace(/[$€£,%\s]/g, ''));
}
