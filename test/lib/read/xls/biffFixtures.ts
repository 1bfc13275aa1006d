/**
 * A small BIFF8 and compound-file writer for tests. SheetJS writes strings as
 * LABEL records and never a shared string table, so the SST, CONTINUE,
 * LABELSST, MULRK, FORMULA + STRING, DIFAT and mini-stream paths are built
 * here, record by record, with byte layouts from [MS-XLS] and [MS-CFB].
 */

export type Rec = [id: number, body: number[]];

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (x: number) => Array.from(new Uint8Array(new Float64Array([x]).buffer));
const isWide = (s: string) =>
	[...s].some((ch) => ch.charCodeAt(0) > 0xff) || /[\ud800-\udfff]/.test(s);
const chars = (s: string, wide: boolean) =>
	wide
		? Array.from(s, (ch) =>
				Array.from({ length: ch.length }, (_, i) => u16(ch.charCodeAt(i))).flat(),
			).flat()
		: Array.from(s, (ch) => ch.charCodeAt(0));
/** XLUnicodeString: 16-bit count, flags, characters. */
export const xlString = (s: string) => [
	...u16(s.length),
	isWide(s) ? 1 : 0,
	...chars(s, isWide(s)),
];

export const rec = (id: number, body: number[]): Rec => [id, body];
export const bof = (type: number): Rec =>
	rec(0x0809, [
		...u16(0x0600),
		...u16(type),
		...u16(0x0dbb),
		...u16(0x07cc),
		...u32(0),
		...u32(0x0006),
	]);
export const eof = (): Rec => rec(0x000a, []);
export const codepage = (cp: number): Rec => rec(0x0042, u16(cp));
export const datemode = (d1904: boolean): Rec => rec(0x0022, u16(d1904 ? 1 : 0));
export const format = (code: number, text: string): Rec =>
	rec(0x041e, [...u16(code), ...xlString(text)]);
export const xf = (formatCode: number): Rec =>
	rec(0x00e0, [...u16(0), ...u16(formatCode), ...new Array(16).fill(0)]);
export const filepass = (): Rec => rec(0x002f, [0, 0, 1, 0, 1, 0]);
export const number = (r: number, c: number, x: number, xfi = 0): Rec =>
	rec(0x0203, [...u16(r), ...u16(c), ...u16(xfi), ...f64(x)]);
export const rk = (r: number, c: number, raw: number, xfi = 0): Rec =>
	rec(0x027e, [...u16(r), ...u16(c), ...u16(xfi), ...u32(raw)]);
export const mulrk = (r: number, c: number, raws: number[], xfi = 0): Rec =>
	rec(0x00bd, [
		...u16(r),
		...u16(c),
		...raws.flatMap((x) => [...u16(xfi), ...u32(x)]),
		...u16(c + raws.length - 1),
	]);
export const labelSst = (r: number, c: number, index: number, xfi = 0): Rec =>
	rec(0x00fd, [...u16(r), ...u16(c), ...u16(xfi), ...u32(index)]);
export const label = (r: number, c: number, s: string, xfi = 0): Rec =>
	rec(0x0204, [...u16(r), ...u16(c), ...u16(xfi), ...xlString(s)]);
export const rstring = (r: number, c: number, s: string): Rec =>
	rec(0x00d6, [...u16(r), ...u16(c), ...u16(0), ...xlString(s), ...u16(1), ...u16(0), ...u16(0)]);
export const boolerr = (r: number, c: number, value: number, isError: boolean): Rec =>
	rec(0x0205, [...u16(r), ...u16(c), ...u16(0), value, isError ? 1 : 0]);
export const blank = (r: number, c: number): Rec => rec(0x0201, [...u16(r), ...u16(c), ...u16(0)]);
export const mulblank = (r: number, c: number, n: number): Rec =>
	rec(0x00be, [
		...u16(r),
		...u16(c),
		...new Array(n).fill(0).flatMap(() => u16(0)),
		...u16(c + n - 1),
	]);
/** A formula cell with its saved result: a number, or [kind, value] for string (0), boolean (1), error (2), empty (3). */
export const formula = (r: number, c: number, result: number | [number, number], xfi = 0): Rec => {
	const value =
		typeof result === 'number' ? f64(result) : [result[0], 0, result[1], 0, 0, 0, 0xff, 0xff];
	// The formula itself: a one-token expression (tInt 1), which the reader never evaluates.
	return rec(0x0006, [
		...u16(r),
		...u16(c),
		...u16(xfi),
		...value,
		...u16(0),
		...u32(0),
		...u16(3),
		0x1e,
		...u16(1),
	]);
};
export const stringRec = (s: string): Rec => rec(0x0207, xlString(s));
/** RK of a 30-bit whole number. */
export const rkInt = (n: number, div100 = false) => ((n << 2) | 2 | (div100 ? 1 : 0)) >>> 0;
/** RK of a double's upper 32 bits. */
export const rkFloat = (x: number, div100 = false) =>
	((new Uint32Array(new Float64Array([x]).buffer)[1] & ~3) | (div100 ? 1 : 0)) >>> 0;

export interface SstString {
	text: string;
	/** Rich-text runs to write after the characters (skipped by readers). */
	runs?: number;
	/** Phonetic block size to write after the runs (skipped by readers). */
	ext?: number;
}

/**
 * SST and CONTINUE records with bodies of at most `maxBody` bytes. A string's
 * header never splits; its characters do, and each CONTINUE that carries on
 * a string's characters starts with a flags byte, 8-bit when the rest fits.
 */
export function sst(
	strings: Array<string | SstString>,
	maxBody = 8224,
	declaredUnique?: number,
): Rec[] {
	const out: Rec[] = [];
	let body: number[] = [...u32(strings.length), ...u32(declaredUnique ?? strings.length)];
	let id = 0x00fc;
	const flush = () => {
		out.push(rec(id, body));
		id = 0x003c;
		body = [];
	};
	for (const item of strings) {
		const s: SstString = typeof item === 'string' ? { text: item } : item;
		const wide = isWide(s.text);
		const header = [
			...u16(s.text.length),
			(wide ? 1 : 0) | (s.runs ? 8 : 0) | (s.ext ? 4 : 0),
			...(s.runs ? u16(s.runs) : []),
			...(s.ext ? u32(s.ext) : []),
		];
		if (body.length + header.length + (wide ? 2 : 1) > maxBody) flush();
		body.push(...header);
		let rest = s.text;
		let high = wide;
		for (;;) {
			const room = Math.floor((maxBody - body.length) / (high ? 2 : 1));
			const take = rest.slice(0, Math.max(0, room));
			body.push(...chars(take, high));
			rest = rest.slice(take.length);
			if (rest === '') break;
			flush();
			high = isWide(rest);
			body.push(high ? 1 : 0);
		}
		// Runs and phonetic bytes split anywhere, with no flags byte.
		const tail = [...new Array((s.runs ?? 0) * 4).fill(0x11), ...new Array(s.ext ?? 0).fill(0x22)];
		for (const b of tail) {
			if (body.length >= maxBody) flush();
			body.push(b);
		}
	}
	flush();
	return out;
}

export interface SheetSpec {
	name: string;
	records: Rec[];
	hidden?: 0 | 1 | 2;
	/** BOUNDSHEET type: 0 worksheet, 1 macro, 2 chart. */
	type?: number;
}

function encode(records: Rec[]): number[] {
	return records.flatMap(([id, body]) => [...u16(id), ...u16(body.length), ...body]);
}

/** A Workbook stream: globals (with BOUNDSHEETs pointing at the sheets), then each sheet's BOF…EOF. */
export function workbookStream(globals: Rec[], sheets: SheetSpec[]): Uint8Array {
	const boundsheet = (offset: number, s: SheetSpec): Rec =>
		rec(0x0085, [
			...u32(offset),
			s.hidden ?? 0,
			s.type ?? 0,
			s.name.length,
			isWide(s.name) ? 1 : 0,
			...chars(s.name, isWide(s.name)),
		]);
	const head = (offsets: number[]) =>
		encode([bof(0x0005), ...globals, ...sheets.map((s, i) => boundsheet(offsets[i], s)), eof()]);
	const bodies = sheets.map((s) =>
		encode([bof(s.type === 2 ? 0x0020 : 0x0010), ...s.records, eof()]),
	);
	let offset = head(sheets.map(() => 0)).length;
	const offsets = bodies.map((b) => {
		const at = offset;
		offset += b.length;
		return at;
	});
	return Uint8Array.from([...head(offsets), ...bodies.flat()]);
}

/**
 * A version 3 compound file (512-byte sectors), or version 4 (4096-byte
 * sectors), holding the given streams under the root. Streams under 4096
 * bytes go to the mini stream; a file needing more than 109 FAT sectors gets
 * DIFAT sectors.
 */
export function compoundFile(
	streams: Array<{ name: string; data: Uint8Array }>,
	options: { sectorSize?: 512 | 4096 } = {},
): Uint8Array {
	const SS = options.sectorSize ?? 512;
	const perFat = SS / 4;
	const END = 0xfffffffe;
	const big = streams.filter((s) => s.data.length >= 4096);
	const small = streams.filter((s) => s.data.length < 4096);
	const miniSectors = small.map((s) => Math.ceil(s.data.length / 64));
	const miniCount = miniSectors.reduce((a, b) => a + b, 0);
	const dirSectors = Math.ceil(((streams.length + 1) * 128) / SS);
	const miniFatSectors = Math.ceil((miniCount * 4) / SS);
	const miniContainer = Math.ceil((miniCount * 64) / SS);
	const bigSectors = big.map((s) => Math.ceil(s.data.length / SS));
	const payload =
		dirSectors + miniFatSectors + miniContainer + bigSectors.reduce((a, b) => a + b, 0);
	let fatN = 1;
	let difatN = 0;
	for (;;) {
		difatN = Math.max(0, Math.ceil((fatN - 109) / (perFat - 1)));
		if (fatN * perFat >= payload + fatN + difatN) break;
		fatN++;
	}
	const total = fatN + difatN + payload;
	const fat = new Array(fatN * perFat).fill(0xffffffff);
	const out = new Uint8Array((total + 1) * SS);
	const dv = new DataView(out.buffer);
	let next = 0;
	const alloc = (n: number, mark?: number) => {
		const start = next;
		for (let k = 0; k < n; k++) fat[start + k] = mark ?? (k === n - 1 ? END : start + k + 1);
		next += n;
		return n === 0 ? END : start;
	};
	const fatStart = alloc(fatN, 0xfffffffd);
	const difatStart = alloc(difatN, 0xfffffffc);
	const dirStart = alloc(dirSectors);
	const miniFatStart = alloc(miniFatSectors);
	const miniStart = alloc(miniContainer);
	const bigStarts = bigSectors.map((n) => alloc(n));
	const at = (sector: number) => (sector + 1) * SS;
	// header
	out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	dv.setUint16(0x18, 0x3e, true);
	dv.setUint16(0x1a, SS === 512 ? 3 : 4, true);
	dv.setUint16(0x1c, 0xfffe, true);
	dv.setUint16(0x1e, SS === 512 ? 9 : 12, true);
	if (SS === 4096) dv.setUint32(0x28, dirSectors, true);
	dv.setUint16(0x20, 6, true);
	dv.setUint32(0x2c, fatN, true);
	dv.setUint32(0x30, dirStart, true);
	dv.setUint32(0x38, 4096, true);
	dv.setUint32(0x3c, miniFatSectors ? miniFatStart : END, true);
	dv.setUint32(0x40, miniFatSectors, true);
	dv.setUint32(0x44, difatN ? difatStart : END, true);
	dv.setUint32(0x48, difatN, true);
	for (let i = 0; i < 109; i++)
		dv.setUint32(0x4c + i * 4, i < fatN ? fatStart + i : 0xffffffff, true);
	for (let d = 0; d < difatN; d++) {
		for (let i = 0; i < perFat - 1; i++) {
			const k = 109 + d * (perFat - 1) + i;
			dv.setUint32(at(difatStart + d) + i * 4, k < fatN ? fatStart + k : 0xffffffff, true);
		}
		dv.setUint32(at(difatStart + d) + SS - 4, d + 1 < difatN ? difatStart + d + 1 : END, true);
	}
	fat.forEach((v, i) =>
		dv.setUint32(at(fatStart + Math.floor(i / perFat)) + (i % perFat) * 4, v, true),
	);
	// mini stream and mini FAT
	let mini = 0;
	const miniStarts = small.map((s, k) => {
		const start = mini;
		out.set(s.data, at(miniStart) + start * 64);
		for (let j = 0; j < miniSectors[k]; j++)
			dv.setUint32(
				at(miniFatStart) + (start + j) * 4,
				j === miniSectors[k] - 1 ? END : start + j + 1,
				true,
			);
		mini += miniSectors[k];
		return miniSectors[k] ? start : END;
	});
	for (let j = mini; j < miniFatSectors * perFat; j++)
		dv.setUint32(at(miniFatStart) + j * 4, 0xffffffff, true);
	big.forEach((s, k) => out.set(s.data, at(bigStarts[k])));
	// directory: root, then the streams as a chain of right siblings
	const entry = (
		i: number,
		name: string,
		type: number,
		start: number,
		size: number,
		child: number,
		right: number,
	) => {
		const base = at(dirStart) + i * 128;
		for (let c = 0; c < name.length; c++) dv.setUint16(base + c * 2, name.charCodeAt(c), true);
		dv.setUint16(base + 0x40, (name.length + 1) * 2, true);
		out[base + 0x42] = type;
		out[base + 0x43] = 1;
		dv.setUint32(base + 0x44, 0xffffffff, true);
		dv.setUint32(base + 0x48, right, true);
		dv.setUint32(base + 0x4c, child, true);
		dv.setUint32(base + 0x74, start, true);
		dv.setUint32(base + 0x78, size, true);
	};
	entry(
		0,
		'Root Entry',
		5,
		miniContainer ? miniStart : END,
		miniCount * 64,
		streams.length ? 1 : 0xffffffff,
		0xffffffff,
	);
	streams.forEach((s, i) => {
		const b = big.indexOf(s);
		const start = b >= 0 ? bigStarts[b] : miniStarts[small.indexOf(s)];
		entry(
			i + 1,
			s.name,
			2,
			start,
			s.data.length,
			0xffffffff,
			i + 1 < streams.length ? i + 2 : 0xffffffff,
		);
	});
	for (let i = streams.length + 1; i < dirSectors * (SS / 128); i++)
		dv.setUint32(at(dirStart) + i * 128 + 0x44, 0xffffffff, true);
	return out;
}

/** A BIFF8 workbook in its compound file. */
export function xlsFile(
	globals: Rec[],
	sheets: SheetSpec[],
	extraStreams: Array<{ name: string; data: Uint8Array }> = [],
	options: { sectorSize?: 512 | 4096 } = {},
): Uint8Array {
	return compoundFile(
		[{ name: 'Workbook', data: workbookStream(globals, sheets) }, ...extraStreams],
		options,
	);
}

/**
 * A BIFF5/7 (Excel 95) Book stream: 8-bit text in `codepage`, given here as
 * bytes already encoded, and one sheet per entry.
 */
export function biff5Stream(
	cp: number,
	sheets: Array<{ name: number[]; cells: Array<[number, number, number[]]> }>,
): Uint8Array {
	const bof5 = (type: number): Rec =>
		rec(0x0809, [...u16(0x0500), ...u16(type), ...u16(0x0dbb), ...u16(0x07cc)]);
	const boundsheet = (offset: number, name: number[]): Rec =>
		rec(0x0085, [...u32(offset), 0, 0, name.length, ...name]);
	const head = (offsets: number[]) =>
		encode([
			bof5(0x0005),
			codepage(cp),
			...sheets.map((s, i) => boundsheet(offsets[i], s.name)),
			eof(),
		]);
	const bodies = sheets.map((s) =>
		encode([
			bof5(0x0010),
			...s.cells.map(([r, c, text]): Rec =>
				rec(0x0204, [...u16(r), ...u16(c), ...u16(0), ...u16(text.length), ...text]),
			),
			eof(),
		]),
	);
	let offset = head(sheets.map(() => 0)).length;
	const offsets = bodies.map((b) => {
		const at = offset;
		offset += b.length;
		return at;
	});
	return Uint8Array.from([...head(offsets), ...bodies.flat()]);
}
