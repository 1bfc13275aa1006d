import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib';
import { IntakeError } from '../../errors';
import { pickSheet } from '../pickSheet';
import { corrupt, readZipDirectory, zipDataOffset, type ZipEntry } from './readZipDirectory';

/** A workbook's sheet list plus a slimmed archive ready for exceljs. */
export interface XlsxPackage {
	sheets: Array<{ name: string; state: string }>;
	/** 0-based index of the chosen sheet in `sheets`. */
	sheetIndex: number;
	date1904: boolean;
	/**
	 * A new archive holding only what the streaming reader needs, in the
	 * order it needs it (workbook, relationships, styles, shared strings, one
	 * sheet). Real Excel files store shared strings after the sheets, which
	 * would make exceljs spool every sheet to a temporary file.
	 */
	archive: Uint8Array;
}

/** Limits that tell a workbook from a decompression bomb. */
export interface XlsxLimits {
	/** Most bytes all the parts we read may inflate to. */
	maxInflatedBytes: number;
	/** Highest inflated/compressed ratio accepted for a part larger than 1 MiB. */
	maxRatio: number;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
	maxInflatedBytes: 1024 * 1024 * 1024,
	maxRatio: 400,
});

const META_CAP = 64 * 1024 * 1024;

function bomb(name: string, why: string): IntakeError {
	return new IntakeError(
		'ZIP_BOMB',
		`The workbook's part ${name} ${why}, which real spreadsheets never do; the file may be a decompression bomb and was not opened. If it is genuine, open it in Excel and save it again, or export it as CSV.`,
		{ part: name },
	);
}


function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const start = zipDataOffset(bytes, entry);
	return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates a small metadata part, refusing to produce more than it declares. */
function readText(bytes: Uint8Array, entry: ZipEntry): string {
	if (entry.uncompressedSize > META_CAP) throw bomb(entry.name, `claims ${entry.uncompressedSize} bytes`);
	const data = rawData(bytes, entry);
	if (entry.method === 0) return new TextDecoder().decode(data);
	if (entry.method !== 8) throw corrupt(`the part ${entry.name} uses an unknown compression method`);
	try {
		return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }));
	} catch (e) {
		if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(entry.name, 'inflates to more than it declares');
		throw corrupt(`the part ${entry.name} is damaged`);
	}
}

/** Inflates a part without keeping it, to prove it is no larger than declared. */
function checkInflatedSize(bytes: Uint8Array, entry: ZipEntry): Promise<void> {
	if (entry.method === 0) return Promise.resolve();
	if (entry.method !== 8) return Promise.reject(corrupt(`the part ${entry.name} uses an unknown compression method`));
	return new Promise((resolve, reject) => {
		const inflate = createInflateRaw({ chunkSize: 1 << 20 });
		let total = 0;
		let failed = false;
		inflate.on('data', (chunk: Buffer) => {
			total += chunk.length;
			if (total > entry.uncompressedSize && !failed) {
				failed = true;
				inflate.destroy();
				reject(bomb(entry.name, 'inflates to more than it declares'));
			}
		});
		inflate.on('error', () => {
			if (!failed) {
				failed = true;
				reject(corrupt(`the part ${entry.name} is damaged`));
			}
		});
		inflate.on('end', () => {
			if (!failed) resolve();
		});
		inflate.end(rawData(bytes, entry));
	});
}

function decodeXml(s: string): string {
	return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
		const k = e.toLowerCase();
		if (k === 'lt') return '<';
		if (k === 'gt') return '>';
		if (k === 'quot') return '"';
		if (k === 'apos') return "'";
		if (k === 'amp') return '&';
		const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
		return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
	});
}

function attrs(tag: string): Record<string, string> {
	const out: Record<string, string> = Object.create(null);
	for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
	return out;
}

function relationships(xml: string): Map<string, { type: string; target: string }> {
	const rels = new Map<string, { type: string; target: string }>();
	for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
		const a = attrs(m[0]);
		if (a.Id) rels.set(a.Id, { type: a.Type ?? '', target: a.Target ?? '' });
	}
	return rels;
}

function resolvePath(base: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = base.split('/').slice(0, -1);
	for (const seg of target.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg !== '.' && seg !== '') parts.push(seg);
	}
	return parts.join('/');
}

/**
 * Opens an XLSX archive: lists its sheets, picks one, checks every part it
 * will read against decompression bombs, and builds the slim archive.
 */
export async function openXlsxPackage(
	bytes: Uint8Array,
	sheet: string | number | undefined,
	limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Promise<XlsxPackage> {
	const entries = readZipDirectory(bytes);
	const byName = new Map<string, ZipEntry>();
	for (const e of entries) byName.set(e.name.toLowerCase(), e);
	const find = (name: string) => byName.get(name.toLowerCase());

	let workbookPath = 'xl/workbook.xml';
	const rootRels = find('_rels/.rels');
	if (rootRels) {
		for (const r of relationships(readText(bytes, rootRels)).values()) {
			if (r.type.endsWith('/officeDocument')) workbookPath = resolvePath('', r.target);
		}
	}
	const workbook = find(workbookPath);
	if (!workbook) throw corrupt('it has no workbook part');
	const workbookXml = readText(bytes, workbook);
	const relsPath = resolvePath(workbookPath, `_rels/${workbookPath.split('/').pop()}.rels`);
	const relsEntry = find(relsPath);
	if (!relsEntry) throw corrupt('it has no workbook relationships part');
	const rels = relationships(readText(bytes, relsEntry));

	const sheets: Array<{ name: string; state: string; path: string }> = [];
	for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
		const a = attrs(m[0]);
		const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
		const rel = rels.get(rid);
		if (!rel) continue;
		sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, state: a.state ?? 'visible', path: resolvePath(workbookPath, rel.target) });
	}
	if (sheets.length === 0) throw corrupt('it lists no worksheets');
	const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/i.test(workbookXml);

	const sheetIndex = pickSheet(sheets.map((s) => s.name), sheet);
	const sheetEntry = find(sheets[sheetIndex].path);
	if (!sheetEntry) throw corrupt(`the sheet "${sheets[sheetIndex].name}" is missing from the archive`);

	let stylesPath: string | undefined;
	let stringsPath: string | undefined;
	for (const r of rels.values()) {
		if (r.type.endsWith('/styles')) stylesPath = resolvePath(workbookPath, r.target);
		if (r.type.endsWith('/sharedStrings')) stringsPath = resolvePath(workbookPath, r.target);
	}
	const styles = stylesPath ? find(stylesPath) : undefined;
	const strings = stringsPath ? find(stringsPath) : undefined;

	const parts = [workbook, relsEntry, styles, strings, sheetEntry].filter((e): e is ZipEntry => e !== undefined);
	let declared = 0;
	for (const e of parts) {
		declared += e.uncompressedSize;
		if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(e.compressedSize, 1) > limits.maxRatio) {
			throw bomb(e.name, `is compressed more than ${limits.maxRatio} to 1`);
		}
	}
	if (declared > limits.maxInflatedBytes) {
		throw bomb(sheetEntry.name, `and the parts read with it inflate to ${Math.round(declared / 1048576)} MiB`);
	}
	for (const e of parts) await checkInflatedSize(bytes, e);

	const emptyStrings = new TextEncoder().encode(
		'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
	);
	const archive = buildArchive([
		{ name: 'xl/workbook.xml', entry: workbook, bytes },
		{ name: 'xl/_rels/workbook.xml.rels', entry: relsEntry, bytes },
		...(styles ? [{ name: 'xl/styles.xml', entry: styles, bytes }] : []),
		strings ? { name: 'xl/sharedStrings.xml', entry: strings, bytes } : { name: 'xl/sharedStrings.xml', stored: emptyStrings },
		{ name: 'xl/worksheets/sheet1.xml', entry: sheetEntry, bytes },
	]);
	return { sheets: sheets.map(({ name, state }) => ({ name, state })), sheetIndex, date1904, archive };
}

type Part = { name: string; entry: ZipEntry; bytes: Uint8Array } | { name: string; stored: Uint8Array };

/** Writes a ZIP archive by copying compressed parts as they are (no re-compression). */
function buildArchive(parts: Part[]): Uint8Array {
	const chunks: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const part of parts) {
		const name = new TextEncoder().encode(part.name);
		const data = 'stored' in part ? part.stored : rawData(part.bytes, part.entry);
		const method = 'stored' in part ? 0 : part.entry.method;
		const crc = 'stored' in part ? crc32(part.stored) : part.entry.crc32;
		const size = 'stored' in part ? part.stored.length : part.entry.uncompressedSize;
		const local = new Uint8Array(30 + name.length);
		const lv = new DataView(local.buffer);
		lv.setUint32(0, 0x04034b50, true);
		lv.setUint16(4, 20, true);
		lv.setUint16(8, method, true);
		lv.setUint32(14, crc, true);
		lv.setUint32(18, data.length, true);
		lv.setUint32(22, size, true);
		lv.setUint16(26, name.length, true);
		local.set(name, 30);
		const cd = new Uint8Array(46 + name.length);
		const cv = new DataView(cd.buffer);
		cv.setUint32(0, 0x02014b50, true);
		cv.setUint16(4, 20, true);
		cv.setUint16(6, 20, true);
		cv.setUint16(10, method, true);
		cv.setUint32(16, crc, true);
		cv.setUint32(20, data.length, true);
		cv.setUint32(24, size, true);
		cv.setUint16(28, name.length, true);
		cv.setUint32(42, offset, true);
		cd.set(name, 46);
		chunks.push(local, data);
		central.push(cd);
		offset += local.length + data.length;
	}
	const cdSize = central.reduce((n, c) => n + c.length, 0);
	const end = new Uint8Array(22);
	const ev = new DataView(end.buffer);
	ev.setUint32(0, 0x06054b50, true);
	ev.setUint16(8, parts.length, true);
	ev.setUint16(10, parts.length, true);
	ev.setUint32(12, cdSize, true);
	ev.setUint32(16, offset, true);
	const out = new Uint8Array(offset + cdSize + 22);
	let p = 0;
	for (const c of [...chunks, ...central, end]) {
		out.set(c, p);
		p += c.length;
	}
	return out;
}
