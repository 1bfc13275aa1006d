import { isDateFormat, numberText } from '../../formatCell';
import { decodeEntities } from '../decodeEntities';

/**
 * The text of one HTML table cell: what the page shows (white space
 * collapsed, references decoded, each line trimmed), or, where the cell
 * carries its value as SheetJS and LibreOffice write it, that value as the
 * workbook would show it.
 */

/** The value behind a cell's shown text: SheetJS's `data-t`/`data-v`/`data-z`, or LibreOffice's date (`sd`). */
export interface TypedValue {
	t: string;
	v: string;
	z?: string;
}

/**
 * A cell's text from what it shows (`parts`, collapsed) and the value it
 * carries, if any, with whether it is an error value.
 *
 * @example
 * htmlCellText(['  Jane&nbsp;', ' Doe '], undefined)
 * //=> { text: 'Jane  Doe', error: false }
 * htmlCellText(['1/2/24'], { t: 'n', v: '45293', z: 'yyyy-mm-dd' })
 * //=> { text: '2024-01-02', error: false }
 */
export function htmlCellText(
	parts: string[],
	typed: TypedValue | undefined,
): { text: string; error: boolean } {
	const v = typed ? Number(typed.v) : NaN;
	const number = typed !== undefined && typed.v.trim() !== '' && Number.isFinite(v);
	if (typed?.t === 'n' && number) return { text: numberText(v, typed.z, false), error: false };
	if (typed?.t === 'sd' && number)
		return { text: officeDate(v, typed.z, cellText(parts)), error: false };
	if (typed?.t === 'b' && /^(true|false)$/i.test(typed.v))
		return { text: typed.v.toLowerCase() === 'true' ? 'TRUE' : 'FALSE', error: false };
	return { text: cellText(parts), error: typed?.t === 'e' };
}

/** A colspan or rowspan attribute, at least 1. */
export function span(tag: string, attr: 'colspan' | 'rowspan'): number {
	const m = new RegExp(`\\s${attr}\\s*=\\s*["']?\\s*(\\d{1,7})`, 'i').exec(tag);
	const v = m ? Number(m[1]) : 1;
	return v >= 1 ? v : 1;
}

/**
 * SheetJS writes each cell's value and format beside its shown text; with them a date reads as ISO 8601, as from the workbook.
 * LibreOffice and OpenOffice write `sdval` and `sdnum` ("1033;0;M/D/YY"): a date among them reads as ISO 8601 too,
 * other numbers keep the text the page shows.
 */
export function typedValue(tag: string): TypedValue | undefined {
	const get = (name: string) => {
		const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
		return m ? decodeEntities(m[1] ?? m[2]) : undefined;
	};
	if (tag.indexOf('sdval') >= 0 && tag.indexOf('data-t') < 0) {
		const v = get('sdval');
		// the language, the format's language, then the format itself, which may hold ';'
		const z = get('sdnum')?.split(';').slice(2).join(';');
		return v !== undefined && z && isDateFormat(z) ? { t: 'sd', v, z } : undefined;
	}
	if (tag.indexOf('data-t') < 0) return undefined;
	const t = get('data-t');
	const v = get('data-v');
	return t !== undefined && v !== undefined ? { t, v, z: get('data-z') } : undefined;
}

/**
 * A LibreOffice date cell as ISO 8601. Its serial counts from the document's
 * start date, 1899-12-30 or 1904-01-01, which the page does not say: the one
 * whose year the shown text holds is taken, and with neither (or both) the
 * shown text is kept.
 */
function officeDate(serial: number, format: string | undefined, shown: string): string {
	const from1900 = numberText(serial, format, false);
	// a time of day or a duration is the same in both date systems
	if (!/^-?\d{4,}-/.test(from1900)) return from1900;
	const from1904 = numberText(serial, format, true);
	const holds = (iso: string) => {
		const year = /^-?(\d{4,})/.exec(iso)?.[1] ?? '';
		return new RegExp(`(^|\\D)(${year}|${year.slice(-2)})(\\D|$)`).test(shown);
	};
	const a = holds(from1900);
	const b = holds(from1904);
	if (a && !b) return from1900;
	if (b && !a) return from1904;
	return shown;
}

/** White space as HTML shows it: any run of it is one space. */
export function collapse(text: string): string {
	return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/** A cell's text: references decoded, non-breaking spaces as spaces, each line trimmed. */
function cellText(parts: string[]): string {
	const raw = decodeEntities(parts.join('')).replace(/\u00a0/g, ' ');
	if (raw.indexOf('\n') < 0) return raw.trim();
	return raw
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.replace(/^\n+|\n+$/g, '');
}
