import { unzlibSync } from 'fflate';

/**
 * A small PDF reader for the writer's tests, independent of the writer's code:
 * it follows startxref to the cross-reference table, checks that every entry
 * points at its `N 0 obj`, inflates the streams, and extracts each page's text
 * through the fonts' own /ToUnicode maps (and /ActualText spans), as a viewer
 * copying text would.
 */
export interface ReadPdf {
	version: string;
	pageCount: number;
	/** MediaBox of each page: [width, height]. */
	pageSizes: Array<[number, number]>;
	/** Extracted lines per page: text shown at the same baseline, joined left to right. */
	pages: string[][];
	info: string;
}

const latin1 = (bytes: Uint8Array) => {
	let s = '';
	for (let i = 0; i < bytes.length; i += 8192)
		s += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return s;
};

export function readPdf(bytes: Uint8Array): ReadPdf {
	const text = latin1(bytes);
	const version = /^%PDF-(\d\.\d)/.exec(text)?.[1];
	if (!version) throw new Error('no %PDF header');
	if (!text.endsWith('%%EOF\n')) throw new Error('no %%EOF at the end');
	const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
	if (text.slice(startxref, startxref + 4) !== 'xref')
		throw new Error(`startxref ${startxref} does not point at xref`);
	const head = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
	if (!head) throw new Error('bad xref head');
	const size = Number(head[1]);
	const entriesAt = startxref + head[0].length;
	const objects = new Map<number, string>();
	for (let n = 1; n < size; n++) {
		const entry = text.slice(entriesAt + n * 20, entriesAt + n * 20 + 20);
		const m = /^(\d{10}) 00000 n \n$/.exec(entry);
		if (!m) throw new Error(`xref entry ${n} malformed: ${JSON.stringify(entry)}`);
		const off = Number(m[1]);
		if (!text.startsWith(`${n} 0 obj\n`, off))
			throw new Error(`xref offset of object ${n} is wrong`);
		const end = text.indexOf('\nendobj\n', off);
		objects.set(n, text.slice(off + `${n} 0 obj\n`.length, end));
	}
	const trailer = /trailer\n<< \/Size (\d+) \/Root (\d+) 0 R \/Info (\d+) 0 R >>/.exec(text);
	if (!trailer || Number(trailer[1]) !== size)
		throw new Error('trailer /Size does not match the xref');

	const obj = (n: number) => {
		const o = objects.get(n);
		if (o === undefined) throw new Error(`object ${n} missing`);
		return o;
	};
	const stream = (n: number) => {
		const o = obj(n);
		const len = Number(/\/Length (\d+)/.exec(o)?.[1]);
		const at = o.indexOf('stream\n') + 7;
		const raw = Uint8Array.from(o.slice(at, at + len), (ch) => ch.charCodeAt(0));
		if (o.slice(at + len, at + len + 10) !== '\nendstream')
			throw new Error(`stream ${n} /Length is wrong`);
		return latin1(unzlibSync(raw));
	};
	const ref = (s: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(s)?.[1]);

	const root = obj(Number(trailer[2]));
	const pagesObj = obj(ref(root, 'Pages'));
	const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesObj)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map(
		(m) => Number(m[1]),
	);
	const count = Number(/\/Count (\d+)/.exec(pagesObj)?.[1]);
	if (kids.length !== count) throw new Error('/Count does not match /Kids');

	const cmaps = new Map<string, Map<number, string>>();
	const fontMap = (pageObj: string, name: string) => {
		const fontNum = ref(pageObj, name.slice(1));
		const key = String(fontNum);
		if (!cmaps.has(key)) {
			const cmap = stream(ref(obj(fontNum), 'ToUnicode'));
			const map = new Map<number, string>();
			for (const m of cmap.matchAll(/<([0-9a-f]{2})> <([0-9a-f]{4})>/g))
				map.set(parseInt(m[1], 16), String.fromCharCode(parseInt(m[2], 16)));
			cmaps.set(key, map);
		}
		return cmaps.get(key) as Map<number, string>;
	};

	const pages: string[][] = [];
	const pageSizes: Array<[number, number]> = [];
	for (const kid of kids) {
		const page = obj(kid);
		const box = /\/MediaBox \[0 0 (\d+) (\d+)\]/.exec(page);
		pageSizes.push([Number(box?.[1]), Number(box?.[2])]);
		const contents = [...(/\/Contents \[([^\]]*)\]/.exec(page)?.[1] ?? '').matchAll(/(\d+) 0 R/g)]
			.map((m) => stream(Number(m[1])))
			.join('');
		const pieces: Array<{ x: number; y: number; s: string }> = [];
		for (const bt of contents.matchAll(/BT (-?[\d.]+) (-?[\d.]+) Td (.*?)ET\n/g)) {
			let font: Map<number, string> | undefined;
			let s = '';
			let actual: string | undefined;
			const ops =
				/\/(F\d) [\d.]+ Tf|\((?:[^\\)]|\\.)*\) Tj|\/ActualText <FEFF([0-9A-F]*)> >> BDC|EMC/g;
			for (const m of bt[3].matchAll(ops)) {
				if (m[1]) font = fontMap(page, `/${m[1]}`);
				else if (m[2] !== undefined)
					actual = String.fromCharCode(...(m[2].match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
				else if (m[0] === 'EMC') {
					s += actual ?? '';
					actual = undefined;
				} else if (actual === undefined) {
					const lit = m[0].slice(1, -4).replace(/\\(.)/g, '$1');
					for (const ch of lit) s += font?.get(ch.charCodeAt(0)) ?? '\ufffd';
				}
			}
			pieces.push({ x: Number(bt[1]), y: Number(bt[2]), s });
		}
		pieces.sort((a, b) => b.y - a.y || a.x - b.x);
		const lines: string[] = [];
		let lastY = NaN;
		for (const p of pieces) {
			if (Math.abs(p.y - lastY) < 0.5) lines[lines.length - 1] += ' | ' + p.s;
			else lines.push(p.s);
			lastY = p.y;
		}
		pages.push(lines);
	}
	return { version, pageCount: count, pageSizes, pages, info: obj(Number(trailer[3])) };
}
