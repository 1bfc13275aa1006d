import { createXmlDecoder, type XmlDecoder } from '../xlsx/createXmlDecoder';
import { corrupt } from '../xlsx/readZipDirectory';
import { INCOMPLETE, tagEnd } from '../xlsx/scanXml';
import { readOdsAttributes } from './readOdsAttributes';
import { MIB } from '../../bytes/sizes';

/** One table of an OpenDocument spreadsheet, as listed before its rows are read. */
export interface OdsSheet {
	name: string;
	state: 'visible' | 'hidden';
	/** Whether it holds a typed value or a paragraph of text. */
	hasValues: boolean;
}

/** Text before `<office:body>` kept to find hidden tables' styles: the automatic styles of any real file. */
const MAX_HEAD_CHARS = 32 * MIB;
/** Decoded text searched at a time. */
const SLICE = MIB;
/** Table starts, paragraphs and typed values: all the listing looks for once in the body. */
const BODY_MARKS = /<(?:[\w.-]+:)?(table|p)[\s/>]|value-type=/g;
const BODY_START = /<(?:[\w.-]+:)?body[\s>]/;
/** An automatic table style that hides its table: `<style:style style:name="ta2" …><style:table-properties table:display="false"`. */
const HIDING_STYLE =
	/<(?:[\w.-]+:)?style\s[^>]*?[\s:]name\s*=\s*["']([^"']*)["'][^>]*>\s*<(?:[\w.-]+:)?table-properties\s[^>]*?[\s:]display\s*=\s*["']false["']/g;

/**
 * Lists the tables of an OpenDocument spreadsheet's content (the
 * `content.xml` part, or a flat `.fods`) in one pass over its text, without
 * reading a cell: each table's name, whether its style hides it
 * (`table:display="false"`), and whether it holds anything. Only the text
 * before the body (the automatic styles) is kept; the body is searched a
 * slice at a time.
 *
 * @param chunks - the part's bytes, in order
 * @param part - the part's name, for errors
 * @returns the tables, in document order
 * @throws IntakeError `FILE_CORRUPT` when the styles before the body outgrow any real file's
 * @example
 * listOdsSheets([bytesOf('<office:body><office:spreadsheet><table:table table:name="A"><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>')], 'content.xml')
 * //=> [{ name: 'A', state: 'visible', hasValues: true }]
 */
export function listOdsSheets(chunks: Iterable<Uint8Array>, part: string): OdsSheet[] {
	const sheets: OdsSheet[] = [];
	let decoder: XmlDecoder | undefined;
	let head: string[] | undefined = [];
	let headChars = 0;
	let hiding = new Set<string>();
	let carry = '';
	const take = (text: string, final: boolean): void => {
		let s = carry + text;
		if (head) {
			const body = BODY_START.exec(s);
			if (!body) {
				headChars += s.length;
				if (headChars > MAX_HEAD_CHARS)
					throw corrupt(`the styles of ${part} run past ${MAX_HEAD_CHARS / MIB}M characters`);
				// The last characters may start the body's tag: keep them for the next text.
				const keep = final ? 0 : Math.min(s.length, 64);
				head.push(s.slice(0, s.length - keep));
				carry = s.slice(s.length - keep);
				return;
			}
			head.push(s.slice(0, body.index));
			hiding = hidingStyles(head.join(''));
			head = undefined;
			s = s.slice(body.index);
		}
		carry = final ? '' : s.slice(scanBody(s, sheets, hiding, final));
	};
	for (const chunk of chunks) {
		decoder ??= createXmlDecoder(chunk);
		const text = decoder.decode(chunk, { stream: true });
		for (let p = 0; p < text.length; p += SLICE) take(text.slice(p, p + SLICE), false);
	}
	take(decoder ? decoder.decode() : '', true);
	return sheets;
}

/** Names of the automatic table styles that hide their table. */
function hidingStyles(head: string): Set<string> {
	const names = new Set<string>();
	for (const m of head.matchAll(HIDING_STYLE)) names.add(m[1]);
	return names;
}

/** Lists the tables starting in `s` and marks those holding values; returns where to resume (an unfinished tag, or the last characters). */
function scanBody(s: string, sheets: OdsSheet[], hiding: Set<string>, final: boolean): number {
	BODY_MARKS.lastIndex = 0;
	let resume = Math.max(0, s.length - 64);
	for (let m = BODY_MARKS.exec(s); m; m = BODY_MARKS.exec(s)) {
		if (m[1] !== 'table') {
			const current = sheets[sheets.length - 1];
			if (current) current.hasValues = true;
			continue;
		}
		const te = tagEnd(s, m.index);
		if (te === INCOMPLETE) {
			if (final) break;
			return m.index;
		}
		const a = readOdsAttributes(s, m.index + m[0].length - 1, te);
		sheets.push({
			name: a.name ?? `Sheet${sheets.length + 1}`,
			state: a.styleName !== undefined && hiding.has(a.styleName) ? 'hidden' : 'visible',
			hasValues: false,
		});
		BODY_MARKS.lastIndex = te + 1;
		resume = Math.max(resume, te + 1);
	}
	return resume;
}
