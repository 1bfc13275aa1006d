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
	let needles: BodyNeedles = { table: '<table:table', paragraph: '<text:p' };
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
			const text = head.join('');
			hiding = hidingStyles(text);
			needles = bodyNeedles(text);
			head = undefined;
			s = s.slice(body.index);
		}
		carry = final ? '' : s.slice(scanBody(s, sheets, hiding, needles, final));
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

/** What the body is searched for: table start tags, and a typed value or paragraph in the current table. */
interface BodyNeedles {
	table: string;
	paragraph: string;
}

/**
 * The start-tag needles for tables and paragraphs, with the prefixes the
 * document declares for the table and text namespaces (`table:` and
 * `text:` unless it says otherwise).
 */
function bodyNeedles(head: string): BodyNeedles {
	const prefix = (ns: string, fallback: string): string => {
		const m = new RegExp(
			`xmlns(?::([\\w.-]+))?\\s*=\\s*["']urn:oasis:names:tc:opendocument:xmlns:${ns}:1\\.0["']`,
		).exec(head);
		return m ? (m[1] ? `${m[1]}:` : '') : fallback;
	};
	return { table: `<${prefix('table', 'table:')}table`, paragraph: `<${prefix('text', 'text:')}p` };
}

/** Whether the char at `i` ends an element name. */
function endsName(s: string, i: number): boolean {
	const ch = s.charCodeAt(i);
	return ch <= 32 || ch === 62 || ch === 47;
}

/** Lists the tables starting in `s` and marks those holding values; returns where to resume (an unfinished tag, or the last characters). */
function scanBody(
	s: string,
	sheets: OdsSheet[],
	hiding: Set<string>,
	needles: BodyNeedles,
	final: boolean,
): number {
	let resume = Math.max(0, s.length - 64);
	let p = 0;
	for (;;) {
		let t = s.indexOf(needles.table, p);
		while (t >= 0 && !endsName(s, t + needles.table.length)) t = s.indexOf(needles.table, t + 1);
		const current = sheets[sheets.length - 1];
		if (current && !current.hasValues)
			current.hasValues = holdsValue(s, p, t < 0 ? s.length : t, needles);
		if (t < 0) return resume;
		const te = tagEnd(s, t);
		if (te === INCOMPLETE) return final ? s.length : t;
		const a = readOdsAttributes(s, t + needles.table.length, te);
		sheets.push({
			name: a.name ?? `Sheet${sheets.length + 1}`,
			state: a.styleName !== undefined && hiding.has(a.styleName) ? 'hidden' : 'visible',
			hasValues: false,
		});
		p = te + 1;
		resume = Math.max(resume, p);
	}
}

/** Whether [from, to) of `s` holds a typed value or a paragraph start. */
function holdsValue(s: string, from: number, to: number, needles: BodyNeedles): boolean {
	const v = s.indexOf('value-type=', from);
	if (v >= 0 && v < to) return true;
	for (
		let k = s.indexOf(needles.paragraph, from);
		k >= 0 && k < to;
		k = s.indexOf(needles.paragraph, k + 1)
	)
		if (endsName(s, k + needles.paragraph.length)) return true;
	return false;
}
