import {
	detachText,
	readElementText,
	readRichText,
	readText,
	scanned,
} from '../../../../lib/read/xlsx/scanXmlText';
import { INCOMPLETE } from '../../../../lib/read/xlsx/scanXml';

describe('readText', () => {
	describe('plain character data', () => {
		it('returns the position after the end tag and leaves the decoded text', () => {
			expect(readText('<v>1 &amp; 2</v>', 3)).toBe(16);
			expect(scanned.text).toBe('1 & 2');
		});

		it('returns the position after an empty element', () => {
			expect(readText('<t></t><x/>', 3)).toBe(7);
			expect(scanned.text).toBe('');
		});
	});

	describe('mixed content', () => {
		it('keeps a CDATA section as written, entities and all', () => {
			expect(readText('<t>a<![CDATA[<b> &amp;]]>c</t>', 3)).toBe(30);
			expect(scanned.text).toBe('a<b> &amp;c');
		});

		it('drops a comment and a stray start tag, keeping the text, and stops at the first end tag', () => {
			expect(readText('<t>a<!-- x -->b<u>c</u>d</t>', 3)).toBe(23);
			expect(scanned.text).toBe('abc');
		});
	});

	describe('text that ends first', () => {
		it('returns INCOMPLETE before the end tag arrives', () => {
			expect(readText('<v>12', 3)).toBe(INCOMPLETE);
		});

		it('returns INCOMPLETE inside an unfinished CDATA section', () => {
			expect(readText('<t>a<![CDATA[b', 3)).toBe(INCOMPLETE);
		});
	});
});

describe('readRichText', () => {
	describe('string items', () => {
		it('joins the runs and leaves out phonetic text', () => {
			expect(readRichText('<si><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></si>', 4)).toBe(
				58,
			);
			expect(scanned.text).toBe('ab');
		});

		it('reads a prefixed <x:t> and an empty <t/>', () => {
			expect(readRichText('<si><x:t>a</x:t><t/></si>', 4)).toBe(25);
			expect(scanned.text).toBe('a');
		});

		it('passes over run properties', () => {
			expect(readRichText('<si><r><rPr><b/></rPr><t>bold</t></r></si>', 4)).toBe(42);
			expect(scanned.text).toBe('bold');
		});
	});

	describe('text that ends first', () => {
		it('returns INCOMPLETE before the item ends', () => {
			expect(readRichText('<si><t>a</t>', 4)).toBe(INCOMPLETE);
		});
	});
});

describe('detachText', () => {
	it('returns text equal to what it is given, short or long', () => {
		const chunk = `${'x'.repeat(100)}Jane Doe, Springfield, IL${'y'.repeat(100)}`;
		expect(detachText(chunk.slice(100, 125))).toBe('Jane Doe, Springfield, IL');
		expect(detachText('abc')).toBe('abc');
		expect(detachText('')).toBe('');
	});
});

describe('readElementText', () => {
	describe('an element with content', () => {
		it('returns the position after it and leaves its text', () => {
			expect(readElementText('<v>1 &amp; 2</v>', 2, readText)).toBe(16);
			expect(scanned.text).toBe('1 & 2');
		});

		it('reads rich text with the reader it is given', () => {
			expect(readElementText('<is><r><t>a</t></r><t>b</t></is>', 3, readRichText)).toBe(32);
			expect(scanned.text).toBe('ab');
		});

		it('returns INCOMPLETE when the text ends inside it', () => {
			expect(readElementText('<v>12', 2, readText)).toBe(INCOMPLETE);
		});
	});

	describe('a self-closing element', () => {
		it('returns the position after its tag and leaves no text', () => {
			scanned.text = 'stale';
			expect(readElementText('<v/><c>', 3, readText)).toBe(4);
			expect(scanned.text).toBe('');
		});
	});
});
