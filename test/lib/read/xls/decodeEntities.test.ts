import { decodeEntities } from '../../../../lib/read/xls/decodeEntities';

describe('decodeEntities', () => {
	it('returns named, decimal and hexadecimal references replaced', () => {
		expect(
			decodeEntities(
				'Fish &amp; Chips &#8211; caf&eacute; &#xE9;&nbsp;&lt;b&gt; &quot;q&quot; &apos;',
			),
		).toBe('Fish & Chips – café é\u00a0<b> "q" \'');
	});

	it('returns unknown names and bare ampersands as written, and U+FFFD for numbers that name no character', () => {
		expect(decodeEntities('AT&T &bogus; &amp &#0; &#x110000; &#xD800;')).toBe(
			'AT&T &bogus; &amp \ufffd \ufffd \ufffd',
		);
	});
});
