import { paragraph, readOdsParagraph } from '../../../../lib/read/ods/readOdsParagraph';
import { INCOMPLETE } from '../../../../lib/read/xlsx/scanXml';

/** The text of the paragraph at the start of `xml`, and where its reading ended. */
function read(xml: string): { text: string; end: number } {
	const end = readOdsParagraph(xml, xml.indexOf('>'));
	return { text: end < 0 ? '' : paragraph.text, end };
}

describe('readOdsParagraph', () => {
	it('returns spaces from text:s, tabs, line breaks, and the text of spans and links', () => {
		const xml =
			'<text:p>a<text:s/>b<text:s text:c="3"/>c<text:tab/>d<text:line-break/>e <text:span text:style-name="T1">f<text:a xlink:href="x">g</text:a></text:span></text:p>';
		expect(read(xml)).toEqual({ text: 'a b   c\td\ne fg', end: xml.length });
	});

	it('returns runs of spaces as written, and drops the indentation of a pretty-printed file', () => {
		expect(read('<text:p>Call  me </text:p>').text).toBe('Call  me ');
		expect(read('<text:p>\n    <text:span>x</text:span>\n  </text:p>').text).toBe('x');
	});

	it('returns entities and CDATA decoded, and leaves out notes and annotations', () => {
		expect(
			read(
				'<text:p>Smith &amp; Sons<![CDATA[ <b>]]><text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>no</text:p></text:note-body></text:note><office:annotation><text:p>nor</text:p></office:annotation></text:p>',
			).text,
		).toBe('Smith & Sons <b>');
	});

	it('returns at most 1024 spaces for one text:s, whatever its count', () => {
		expect(read('<text:p><text:s text:c="99999999"/></text:p>').text).toHaveLength(1024);
	});

	it('returns INCOMPLETE when the text ends before the paragraph does', () => {
		expect(read('<text:p>abc<text:span>d').end).toBe(INCOMPLETE);
		expect(read('<text:p>abc</text:').end).toBe(INCOMPLETE);
	});
});
