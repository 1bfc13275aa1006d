import fc from 'fast-check';
import { findTag, INCOMPLETE, nextTag, tag } from '../../../../lib/read/xlsx/scanXml';

/** What nextTag leaves in `tag`, copied, beside its result. */
function readTag(s: string, from: number) {
	const start = nextTag(s, from);
	return start < 0 ? { start, at: tag.start } : { ...tag };
}

const MARKUP = fc
	.array(
		fc.constantFrom(
			'<',
			'>',
			'/',
			'"',
			"'",
			'<!--',
			'-->',
			'<![CDATA[',
			']]>',
			'<?',
			'?>',
			'<!DOCTYPE x [',
			']',
			'row',
			'x:',
			' r="1"',
			'a',
		),
		{ maxLength: 30 },
	)
	.map((a) => a.join(''));

describe('findTag', () => {
	describe('markup that is not a tag', () => {
		it('returns the start of the tag after comments, CDATA, processing instructions and declarations', () => {
			expect(
				findTag(
					'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a ">">]><!-- <c> --><![CDATA[<c>]]><row>',
					0,
				),
			).toBe(78);
		});

		it('returns the start of a tag at `from` itself', () => {
			expect(findTag('<c r="A1">', 0)).toBe(0);
		});

		it('returns the start of a tag whose end the text has not reached', () => {
			expect(findTag('text <row r="1', 0)).toBe(5);
		});
	});

	describe('text that ends first', () => {
		it('returns INCOMPLETE with tag.start -1 when no `<` follows', () => {
			expect(findTag('<a>text', 3)).toBe(INCOMPLETE);
			expect(tag.start).toBe(-1);
		});

		it('returns INCOMPLETE with tag.start at a comment the text cuts short', () => {
			expect(findTag('<!-- a --><!-- b', 0)).toBe(INCOMPLETE);
			expect(tag.start).toBe(10);
		});
	});
});

describe('nextTag', () => {
	describe('start and end tags', () => {
		it('returns a start tag with its end and name', () => {
			expect(readTag('<x:c r="A>1"/>', 0)).toEqual({
				start: 0,
				end: 13,
				closing: false,
				nameStart: 1,
				nameEnd: 4,
			});
		});

		it('returns an end tag with its name after the slash', () => {
			expect(readTag('</x:row >', 0)).toEqual({
				start: 0,
				end: 8,
				closing: true,
				nameStart: 2,
				nameEnd: 7,
			});
		});

		it('returns the tag after a comment', () => {
			expect(readTag('<!-- <c> --></row>', 0)).toEqual({
				start: 12,
				end: 17,
				closing: true,
				nameStart: 14,
				nameEnd: 17,
			});
		});
	});

	describe('text that ends first', () => {
		it('returns INCOMPLETE with tag.start at a tag the text cuts short', () => {
			expect(readTag('<v>1</v><c r="A', 5)).toEqual({ start: INCOMPLETE, at: 8 });
		});

		it('returns INCOMPLETE with tag.start -1 when no `<` follows', () => {
			expect(readTag('<v>123', 3)).toEqual({ start: INCOMPLETE, at: -1 });
		});
	});

	describe('arbitrary text', () => {
		it('returns the same tag from a prefix of the text as from the whole, or INCOMPLETE', () => {
			fc.assert(
				fc.property(MARKUP, fc.nat(), fc.nat(), (s, a, b) => {
					const from = a % (s.length + 1);
					const cut = from + (b % (s.length - from + 1));
					const whole = readTag(s, from);
					const part = readTag(s.slice(0, cut), from);
					if (part.start !== INCOMPLETE) expect(part).toEqual(whole);
					else if (whole.start !== INCOMPLETE) expect(part.at).toBeLessThanOrEqual(whole.start);
				}),
				{ numRuns: 2000 },
			);
		});
	});
});
