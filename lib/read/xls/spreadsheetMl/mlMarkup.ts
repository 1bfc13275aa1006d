import { IntakeError } from '../../../errors';
import { decodeEntities } from '../decodeEntities';

/** One tag of a SpreadsheetML file, as {@link readTag} reads it. */
export interface MlTag {
	/** The name as written, prefix included (`ss:Cell`). */
	name: string;
	closing: boolean;
	selfClosing: boolean;
	/** The text between the name and the tag's end. */
	attrs: string;
}

/** The FILE_CORRUPT error for a damaged SpreadsheetML file. */
export function corruptMl(why: string): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The SpreadsheetML workbook could not be read: ${why}. Open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
	);
}

/**
 * An attribute by local name (`ss:Index` and `Index` alike), entity-decoded.
 *
 * @example
 * attr(' ss:Name="A &amp; B"', 'Name')
 * //=> 'A & B'
 */
export function attr(attrs: string, local: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
		attrs,
	);
	return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

/**
 * A whole-number attribute no larger than `max`, or undefined when absent.
 *
 * @throws IntakeError `FILE_CORRUPT` for a value that is not a whole number, or is past `max`
 * @example
 * intAttr(' ss:MergeAcross="2"', 'MergeAcross', 16384)
 * //=> 2
 */
export function intAttr(attrs: string, local: string, max: number): number | undefined {
	const v = attr(attrs, local);
	if (v === undefined) return undefined;
	const n = Number(v.trim());
	if (!Number.isInteger(n) || n < 0) throw corruptMl(`ss:${local}="${v}" is not a whole number`);
	if (n > max)
		throw corruptMl(
			`ss:${local}="${v}" is beyond the ${max.toLocaleString('en-US')} a sheet can hold`,
		);
	return n;
}

/**
 * Where a `<Row>` or `<Cell>` goes: its `ss:Index` (1-based) as a 0-based
 * position, or `next` when it has none.
 *
 * @example
 * indexAttr(' ss:Index="3"', 16384, 0)
 * //=> 2
 */
export function indexAttr(attrs: string, max: number, next: number): number {
	const index = intAttr(attrs, 'Index', max);
	return index !== undefined && index >= 1 ? index - 1 : next;
}

/**
 * Reads one tag from `<`, honouring quoted attribute values (a formula's
 * `>`); a tag that never closes is damage, not a reason to rescan the rest.
 * Markup that is not an element tag gives no tag, only where it ends.
 *
 * @throws IntakeError `FILE_CORRUPT` for a tag that never closes
 * @example
 * readTag('<ss:Cell ss:Index="2"/>', 0)
 * //=> { tag: { name: 'ss:Cell', closing: false, selfClosing: true, attrs: ' ss:Index="2"' }, end: 22 }
 */
export function readTag(xml: string, lt: number): { tag?: MlTag; end: number } {
	let quote = '';
	let k = lt + 1;
	for (; k < xml.length; k++) {
		const ch = xml[k];
		if (quote) {
			if (ch === quote) quote = '';
		} else if (ch === '"' || ch === "'") quote = ch;
		else if (ch === '>') break;
	}
	if (k >= xml.length) throw corruptMl('a tag never closes');
	const inner = xml.slice(lt + 1, k);
	const m = /^(\/?)([A-Za-z_][\w.:-]*)/.exec(inner);
	if (!m) return { end: k + 1 };
	const selfClosing = inner.endsWith('/');
	return {
		tag: {
			name: m[2],
			closing: m[1] === '/',
			selfClosing,
			attrs: inner.slice(m[0].length, selfClosing ? -1 : undefined),
		},
		end: k + 1,
	};
}
