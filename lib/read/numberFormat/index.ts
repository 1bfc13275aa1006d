/**
 * Excel number formats, read the way Excel shows a number: enough of the
 * format language for what spreadsheets of people and cases hold (ZIP codes
 * `00000`, phone and ID masks `(###) ###-####`, `000-00-0000`, fixed decimals,
 * thousands, currency and accounting formats, percentages, scientific and
 * fractions, sections with colours and conditions), in plain code with no
 * dependency, so that it runs inside n8n Cloud. Dates are told apart here but
 * written as ISO 8601 by formatCell.
 *
 * The pieces: sections and their conditions (formatSections), the tokenizer
 * (formatTokens), the date test (isDateFormatCode), and the renderers of a
 * section's digits (formatDigits, with formatFraction and formatScientific),
 * all rounding as Excel does (roundDecimal).
 */

export { formatNumberCode } from './formatNumberCode';
export { isDateFormatCode } from './isDateFormatCode';
export { plainNumberText } from './plainNumberText';
