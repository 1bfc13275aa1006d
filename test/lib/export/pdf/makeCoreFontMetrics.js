#!/usr/bin/env node
/* Generates lib/export/pdf/data/coreFontMetrics.ts: the advance widths of the
 * Helvetica and Helvetica-Bold glyphs (all 315 of Adobe's Core 14 AFM glyph
 * set) keyed by Unicode code point.
 *
 * Usage (from the repository root):
 *   npm pack pdfkit --pack-destination .scratch && tar xzf .scratch/pdfkit-*.tgz -C .scratch
 *   node test/lib/export/pdf/makeCoreFontMetrics.js .scratch/package/js/data /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
 *
 * The AFM files give glyph names and widths. A glyph name's Unicode value is
 * the Adobe Glyph List's; it is read here from DejaVu Sans's `post` and `cmap`
 * tables (whose glyph names follow the AGL), with the few AGL values DejaVu
 * names differently written out below. Run it again and diff: the output is
 * deterministic. Not shipped: lives under test/. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [afmDir, ttfPath] = process.argv.slice(2);
if (!afmDir || !ttfPath) {
	process.stderr.write('usage: makeCoreFontMetrics.js <afm-dir> <DejaVuSans.ttf>\n');
	process.exit(2);
}

function readAfm(file) {
	const text = fs.readFileSync(file, 'latin1');
	const widths = new Map();
	const notices = [];
	for (const line of text.split(/\r?\n/)) {
		if (/^(Comment|Notice) .*Copyright/.test(line)) notices.push(line);
		const m = /^C (-?\d+) ; WX (\d+) ; N (\S+) ;/.exec(line);
		if (m) widths.set(m[3], Number(m[2]));
	}
	return { widths, notices };
}

/** Glyph name → code points, from a TrueType font's post (format 2) and cmap (format 4) tables. */
function readTtfNames(file) {
	const b = fs.readFileSync(file);
	const tables = new Map();
	const n = b.readUInt16BE(4);
	for (let i = 0; i < n; i++) {
		const o = 12 + i * 16;
		tables.set(b.toString('latin1', o, o + 4), b.readUInt32BE(o + 8));
	}
	const post = tables.get('post');
	if (b.readUInt32BE(post) !== 0x20000) throw new Error('post format 2 expected');
	const numGlyphs = b.readUInt16BE(post + 32);
	const idx = [];
	for (let i = 0; i < numGlyphs; i++) idx.push(b.readUInt16BE(post + 34 + i * 2));
	let p = post + 34 + numGlyphs * 2;
	const extra = [];
	while (p < b.length && extra.length < 65536) {
		const len = b[p];
		if (p + 1 + len > b.length) break;
		extra.push(b.toString('latin1', p + 1, p + 1 + len));
		p += 1 + len;
		if (extra.length >= Math.max(...idx) - 257) break;
	}
	const gidName = idx.map((k) => (k < 258 ? MAC_NAMES[k] : extra[k - 258]));
	const cmap = tables.get('cmap');
	const nSub = b.readUInt16BE(cmap + 2);
	let sub = -1;
	for (let i = 0; i < nSub; i++) {
		const pid = b.readUInt16BE(cmap + 4 + i * 8);
		const eid = b.readUInt16BE(cmap + 6 + i * 8);
		const off = b.readUInt32BE(cmap + 8 + i * 8);
		if (pid === 3 && eid === 1 && b.readUInt16BE(cmap + off) === 4) sub = cmap + off;
	}
	const segX2 = b.readUInt16BE(sub + 6);
	const ends = sub + 14,
		starts = ends + segX2 + 2,
		deltas = starts + segX2,
		ranges = deltas + segX2;
	const byName = new Map();
	for (let s = 0; s < segX2 / 2; s++) {
		const end = b.readUInt16BE(ends + s * 2),
			start = b.readUInt16BE(starts + s * 2);
		const delta = b.readInt16BE(deltas + s * 2),
			ro = b.readUInt16BE(ranges + s * 2);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let gid;
			if (ro === 0) gid = (c + delta) & 0xffff;
			else {
				const g = b.readUInt16BE(ranges + s * 2 + ro + (c - start) * 2);
				gid = g === 0 ? 0 : (g + delta) & 0xffff;
			}
			const name = gidName[gid];
			if (!gid || !name) continue;
			if (!byName.has(name)) byName.set(name, []);
			byName.get(name).push(c);
		}
	}
	return byName;
}

// The 258 standard Macintosh glyph names of the TrueType post table.
const MAC_NAMES =
	'.notdef .null nonmarkingreturn space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis atilde aring ccedilla eacute egrave ecircumflex edieresis iacute igrave icircumflex idieresis ntilde oacute ograve ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis dagger degree cent sterling section bullet paragraph germandbls registered copyright trademark acute dieresis notequal AE Oslash infinity plusminus lessequal greaterequal yen mu partialdiff summation product pi integral ordfeminine ordmasculine Omega ae oslash questiondown exclamdown logicalnot radical florin approxequal Delta guillemotleft guillemotright ellipsis nonbreakingspace Agrave Atilde Otilde OE oe endash emdash quotedblleft quotedblright quoteleft quoteright divide lozenge ydieresis Ydieresis fraction currency guilsinglleft guilsinglright fi fl daggerdbl periodcentered quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute Edieresis Egrave Iacute Icircumflex Idieresis Igrave Oacute Ocircumflex apple Ograve Uacute Ucircumflex Ugrave dotlessi circumflex tilde macron breve dotaccent ring cedilla hungarumlaut ogonek caron Lslash lslash Scaron scaron Zcaron zcaron brokenbar Eth eth Yacute yacute Thorn thorn minus multiply onesuperior twosuperior threesuperior onehalf onequarter threequarters franc Gbreve gbreve Idotaccent Scedilla scedilla Cacute cacute Ccaron ccaron dcroat'.split(
		' ',
	);

// AGL values for names DejaVu spells differently (uniXXXX) or maps to more than one code point.
const AGL_OVERRIDES = {
	Delta: [0x2206, 0x0394],
	mu: [0x00b5, 0x03bc],
	Tcommaaccent: [0x0162, 0x021a],
	tcommaaccent: [0x0163, 0x021b],
	Scommaaccent: [0x0218],
	scommaaccent: [0x0219],
	Gcommaaccent: [0x0122],
	gcommaaccent: [0x0123],
	Kcommaaccent: [0x0136],
	kcommaaccent: [0x0137],
	Lcommaaccent: [0x013b],
	lcommaaccent: [0x013c],
	Ncommaaccent: [0x0145],
	ncommaaccent: [0x0146],
	Rcommaaccent: [0x0156],
	rcommaaccent: [0x0157],
	Dcroat: [0x0110],
	dcroat: [0x0111],
	space: [0x0020, 0x00a0],
	hyphen: [0x002d, 0x00ad],
	minus: [0x2212],
	fraction: [0x2044],
	periodcentered: [0x00b7],
	quoteright: [0x2019],
	quoteleft: [0x2018],
	macron: [0x00af],
	lozenge: [0x25ca],
};

const regular = readAfm(path.join(afmDir, 'Helvetica.afm'));
const bold = readAfm(path.join(afmDir, 'Helvetica-Bold.afm'));
const ttf = readTtfNames(ttfPath);

const rows = [];
for (const [name, w] of regular.widths) {
	// AGL gives commaaccent only a private-use value (U+F6C3): no text maps to it
	if (name === 'commaaccent') continue;
	let cps = AGL_OVERRIDES[name] ?? ttf.get(name);
	if (!cps) throw new Error(`no Unicode value for glyph ${name}`);
	cps = [...new Set(cps)].sort((a, b) => a - b);
	if (
		name === 'Delta' ||
		name === 'mu' ||
		name === 'space' ||
		name === 'hyphen' ||
		name === 'Tcommaaccent' ||
		name === 'tcommaaccent'
	) {
		cps = AGL_OVERRIDES[name];
	}
	const wb = bold.widths.get(name);
	if (wb === undefined) throw new Error(`Helvetica-Bold lacks ${name}`);
	rows.push({ name, cps, w, wb });
}
rows.sort((a, b) => a.cps[0] - b.cps[0]);

const hex = (c) => c.toString(16).padStart(4, '0');
const out = [];
out.push('/* Generated by test/lib/export/pdf/makeCoreFontMetrics.js: do not edit by hand. */');
out.push('/*');
out.push(' * Advance widths (1/1000 em) of the glyphs of Helvetica and Helvetica-Bold');
out.push(" * from Adobe's Core 14 AFM files (as distributed in the pdfkit npm package, js/data/).");
out.push(' * MODIFIED: only the glyph names and the WX widths are kept; each glyph is keyed by');
out.push(" * its Unicode value(s) from the Adobe Glyph List. The AFM files' notices:");
out.push(' *');
for (const n of [...regular.notices, ...bold.notices]) out.push(` *   ${n}`);
out.push(' *');
out.push(
	' * SPDX-License-Identifier: APAFML. The paragraph of MustRead.html, which accompanies the AFM files, unmodified:',
);
out.push(' *');
out.push(
	' *   This file and the 14 PostScript(R) AFM files it accompanies may be used, copied, and distributed for any',
);
out.push(
	' *   purpose and without charge, with or without modification, provided that all copyright notices are retained;',
);
out.push(
	' *   that the AFM files are not distributed without this file; that all modifications to this file or any of the',
);
out.push(
	' *   AFM files are prominently noted in the modified file(s); and that this paragraph is not modified. Adobe',
);
out.push(' *   Systems has no responsibility or obligation to support the use of the AFM files.');
out.push(' */');
out.push('');
out.push('/**');
out.push(
	' * One entry per glyph: `name:hexCodePoint[+hexCodePoint…]:widthHelvetica:widthHelveticaBold`,',
);
out.push(
	' * entries separated by spaces, ordered by first code point. The first code point of a glyph is',
);
out.push(
	' * the one written in ToUnicode maps; the others are aliases (U+00A0 shows as space, U+0394 as Delta).',
);
out.push(' */');
const entries = rows.map((r) => `${r.name}:${r.cps.map(hex).join('+')}:${r.w}:${r.wb}`);
out.push('export const CORE_FONT_GLYPHS =');
const lines = [];
let cur = '';
for (const e of entries) {
	if (cur.length + e.length + 1 > 100) {
		lines.push(cur);
		cur = '';
	}
	cur += (cur ? ' ' : '') + e;
}
if (cur) lines.push(cur);
out.push(lines.map((l, i) => `\t'${l}${i < lines.length - 1 ? ' ' : ''}'`).join(' +\n') + ';');
out.push('');
process.stdout.write(out.join('\n'));
process.stderr.write(`${rows.length} glyphs\n`);
