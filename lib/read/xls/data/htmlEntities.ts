/**
 * The named character references an HTML table export uses: XML's five and
 * HTML 4's Latin-1, symbol and special sets (the HTML 4.01 entity sets, which
 * the WHATWG list keeps with the same code points). Source: W3C HTML 4.01
 * §24.2–24.4, https://www.w3.org/TR/html401/sgml/entities.html
 */
const LATIN1 =
	'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
	'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
	'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** Name → character. */
export const HTML_ENTITIES: ReadonlyMap<string, string> = new Map<string, string>([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	// Latin-1 names in code point order from U+00A0
	...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
	['OElig', '\u0152'],
	['oelig', '\u0153'],
	['Scaron', '\u0160'],
	['scaron', '\u0161'],
	['Yuml', '\u0178'],
	['fnof', '\u0192'],
	['circ', '\u02c6'],
	['tilde', '\u02dc'],
	['ensp', '\u2002'],
	['emsp', '\u2003'],
	['thinsp', '\u2009'],
	['zwnj', '\u200c'],
	['zwj', '\u200d'],
	['lrm', '\u200e'],
	['rlm', '\u200f'],
	['ndash', '\u2013'],
	['mdash', '\u2014'],
	['lsquo', '\u2018'],
	['rsquo', '\u2019'],
	['sbquo', '\u201a'],
	['ldquo', '\u201c'],
	['rdquo', '\u201d'],
	['bdquo', '\u201e'],
	['dagger', '\u2020'],
	['Dagger', '\u2021'],
	['bull', '\u2022'],
	['hellip', '\u2026'],
	['permil', '\u2030'],
	['prime', '\u2032'],
	['Prime', '\u2033'],
	['lsaquo', '\u2039'],
	['rsaquo', '\u203a'],
	['euro', '\u20ac'],
	['trade', '\u2122'],
	['larr', '\u2190'],
	['rarr', '\u2192'],
	['minus', '\u2212'],
]);
