import { deflateSync, zipSync, type Zippable } from 'fflate';

/**
 * Builds crafted ZIP and XLSX files in tests, so defects are pinned by bytes
 * written here rather than by copied files.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Zips parts (text is UTF-8), deflated unless `store`. */
export function zipParts(
	parts: Record<string, string | Uint8Array>,
	options: { store?: boolean } = {},
): Uint8Array {
	const files: Zippable = {};
	for (const [name, content] of Object.entries(parts)) {
		files[name] = [
			typeof content === 'string' ? new TextEncoder().encode(content) : content,
			{ level: options.store ? 0 : 6 },
		];
	}
	return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

/** A worksheet part around the given `<row>` elements. */
export function sheetXml(rows: string, prefix = ''): string {
	const p = prefix ? `${prefix}:` : '';
	const ns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}"><${p}dimension ref="A1"/><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
}

/** A shared strings part holding the given `<si>` contents (plain strings become `<t>` elements). */
export function sharedStringsXml(items: string[]): string {
	const si = items
		.map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`))
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${si}</sst>`;
}

/** A styles part whose cell formats (by index) have the given number formats; custom codes get ids from 164. */
export function stylesXml(formats: Array<number | string>): string {
	const custom: string[] = [];
	const xfs = formats.map((f) => {
		const id = typeof f === 'number' ? f : 164 + custom.push(f) - 1;
		return `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
	});
	const numFmts = custom
		.map(
			(code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/"/g, '&quot;')}"/>`,
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${custom.length ? `<numFmts count="${custom.length}">${numFmts}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`;
}

export interface WorkbookSpec {
	/** Sheets in tab order; `xml` is the whole part (see {@link sheetXml}). */
	sheets: Array<{ name: string; xml: string; kind?: 'worksheet' | 'chartsheet'; state?: string }>;
	/** The shared strings part, or the strings. */
	sharedStrings?: string | string[];
	/** The styles part. */
	styles?: string;
	/** Folder of the workbook part: `xl` (default), `''` for the archive root, or any other. */
	folder?: string;
	/** Name of the workbook part in its folder. */
	workbookName?: string;
	date1904?: boolean;
	/** Leave out [Content_Types].xml. */
	noContentTypes?: boolean;
	/** Extra parts to add, or to replace by name. */
	extra?: Record<string, string | Uint8Array>;
}

/** The parts of a minimal workbook, by name (see {@link buildXlsx}). */
export function workbookParts(spec: WorkbookSpec): Record<string, string | Uint8Array> {
	const folder = spec.folder ?? 'xl';
	const dir = folder ? `${folder}/` : '';
	const workbook = `${dir}${spec.workbookName ?? 'workbook.xml'}`;
	const parts: Record<string, string | Uint8Array> = {};
	const rels: string[] = [];
	const overrides: string[] = [
		`<Override PartName="/${workbook}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
	];
	const sheets = spec.sheets.map((s, i) => {
		const kind = s.kind ?? 'worksheet';
		const target = `${kind}s/sheet${i + 1}.xml`;
		parts[`${dir}${target}`] = s.xml;
		rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${target}"/>`);
		overrides.push(
			`<Override PartName="/${dir}${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`,
		);
		return `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`;
	});
	if (spec.sharedStrings !== undefined) {
		parts[`${dir}sharedStrings.xml`] =
			typeof spec.sharedStrings === 'string'
				? spec.sharedStrings
				: sharedStringsXml(spec.sharedStrings);
		rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
	}
	if (spec.styles !== undefined) {
		parts[`${dir}styles.xml`] = spec.styles;
		rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
	}
	parts[workbook] =
		`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
		`${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.join('')}</sheets></workbook>`;
	const slash = workbook.lastIndexOf('/');
	parts[`${workbook.slice(0, slash + 1)}_rels/${workbook.slice(slash + 1)}.rels`] =
		`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`;
	parts['_rels/.rels'] =
		`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbook}"/></Relationships>`;
	if (!spec.noContentTypes) {
		parts['[Content_Types].xml'] =
			`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
	}
	return { ...parts, ...spec.extra };
}

/** A minimal XLSX file. */
export function buildXlsx(spec: WorkbookSpec, options: { store?: boolean } = {}): Uint8Array {
	return zipParts(workbookParts(spec), options);
}

/** A one-sheet XLSX from `<row>` elements (and shared strings, styles). */
export function buildSheetXlsx(
	rows: string,
	extra: Omit<WorkbookSpec, 'sheets'> = {},
	options: { store?: boolean } = {},
): Uint8Array {
	return buildXlsx({ sheets: [{ name: 'Sheet1', xml: sheetXml(rows) }], ...extra }, options);
}

/**
 * Rewrites the CRC-32 and/or declared size of one part in both its local
 * header and the central directory, as damage (or a bomb's lie) would.
 */
export function patchEntry(
	zip: Uint8Array,
	name: string,
	patch: { crc32?: number; uncompressedSize?: number },
): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	const needle = new TextEncoder().encode(name);
	let found = 0;
	for (let p = 0; p + needle.length <= out.length; p++) {
		if (!needle.every((b, i) => out[p + i] === b)) continue;
		let at = -1;
		if (
			p >= 30 &&
			view.getUint32(p - 30, true) === 0x04034b50 &&
			view.getUint16(p - 4, true) === needle.length
		)
			at = p - 30 + 14;
		if (
			p >= 46 &&
			view.getUint32(p - 46, true) === 0x02014b50 &&
			view.getUint16(p - 18, true) === needle.length
		)
			at = p - 46 + 16;
		if (at < 0) continue;
		found++;
		if (patch.crc32 !== undefined) view.setUint32(at, patch.crc32 >>> 0, true);
		if (patch.uncompressedSize !== undefined) view.setUint32(at + 8, patch.uncompressedSize, true);
	}
	if (found < 2) throw new Error(`patchEntry: ${name} not found in both headers`);
	return out;
}

/** How {@link rawZip} bends the ZIP format, as real writers do. */
export interface RawZipOptions {
	/** Store every part (method 0) instead of deflating it. */
	store?: boolean;
	/** Set flag bit 3: zeros for CRC and sizes in the local headers, the real values in a data descriptor after the data. */
	dataDescriptor?: boolean;
	/** Write a ZIP64 end-of-central-directory record and locator before the end record. */
	zip64?: boolean;
	/** With `zip64`: put 0xFFFF/0xFFFFFFFF in the end record and in each directory entry's sizes and offset, the real values in ZIP64 fields. */
	zip64Markers?: boolean;
	/** An archive comment after the end record. */
	comment?: string;
	/** Bytes after the whole archive (its declared comment stays `comment`). */
	trailing?: Uint8Array;
	/** Bytes before the archive (a self-extractor stub); directory offsets are written as if the archive started at 0. */
	prefix?: Uint8Array;
	/** Set flag bit 0 (traditional encryption) on every part; the data stays plain. */
	encrypted?: boolean;
	/** Write empty parts as deflated with no data at all, not even an empty deflate block. */
	bareEmpty?: boolean;
}

/**
 * A ZIP archive written byte by byte, with names exactly as given (backslashes,
 * leading slashes, any case), for the quirks fflate's writer never produces.
 */
export function rawZip(
	parts: Array<[name: string, content: string | Uint8Array]>,
	options: RawZipOptions = {},
): Uint8Array {
	const out: number[] = [];
	const central: number[] = [];
	const u16 = (a: number[], n: number) => a.push(n & 0xff, (n >>> 8) & 0xff);
	const u32 = (a: number[], n: number) =>
		a.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
	const u64 = (a: number[], n: number) => {
		u32(a, n % 2 ** 32);
		u32(a, Math.floor(n / 2 ** 32));
	};
	const enc = new TextEncoder();
	const markers = options.zip64 && options.zip64Markers;
	for (const [name, content] of parts) {
		const data = typeof content === 'string' ? enc.encode(content) : content;
		const body =
			options.store || (options.bareEmpty && data.length === 0) ? data : deflateSync(data);
		const crc = crc32Of(data);
		const nameBytes = Array.from(enc.encode(name));
		const flags = (options.dataDescriptor ? 8 : 0) | (options.encrypted ? 1 : 0);
		const offset = out.length;
		u32(out, 0x04034b50);
		u16(out, 20);
		u16(out, flags);
		u16(out, options.store ? 0 : 8);
		u32(out, 0);
		u32(out, options.dataDescriptor ? 0 : crc);
		u32(out, options.dataDescriptor ? 0 : body.length);
		u32(out, options.dataDescriptor ? 0 : data.length);
		u16(out, nameBytes.length);
		u16(out, 0);
		out.push(...nameBytes);
		for (const b of body) out.push(b);
		if (options.dataDescriptor) {
			u32(out, 0x08074b50);
			u32(out, crc);
			u32(out, body.length);
			u32(out, data.length);
		}
		const extra: number[] = [];
		if (markers) {
			u16(extra, 1);
			u16(extra, 24);
			u64(extra, data.length);
			u64(extra, body.length);
			u64(extra, offset);
		}
		u32(central, 0x02014b50);
		u16(central, markers ? 45 : 20);
		u16(central, 20);
		u16(central, flags);
		u16(central, options.store ? 0 : 8);
		u32(central, 0);
		u32(central, crc);
		u32(central, markers ? 0xffffffff : body.length);
		u32(central, markers ? 0xffffffff : data.length);
		u16(central, nameBytes.length);
		u16(central, extra.length);
		u16(central, 0);
		u16(central, 0);
		u16(central, 0);
		u32(central, 0);
		u32(central, markers ? 0xffffffff : offset);
		central.push(...nameBytes, ...extra);
	}
	const dirOffset = out.length;
	for (const b of central) out.push(b);
	if (options.zip64) {
		const at = out.length;
		u32(out, 0x06064b50);
		u64(out, 44);
		u16(out, 45);
		u16(out, 45);
		u32(out, 0);
		u32(out, 0);
		u64(out, parts.length);
		u64(out, parts.length);
		u64(out, central.length);
		u64(out, dirOffset);
		u32(out, 0x07064b50);
		u32(out, 0);
		u64(out, at);
		u32(out, 1);
	}
	const comment = Array.from(enc.encode(options.comment ?? ''));
	u32(out, 0x06054b50);
	u16(out, 0);
	u16(out, 0);
	u16(out, markers ? 0xffff : parts.length);
	u16(out, markers ? 0xffff : parts.length);
	u32(out, markers ? 0xffffffff : central.length);
	u32(out, markers ? 0xffffffff : dirOffset);
	u16(out, comment.length);
	out.push(...comment);
	return Uint8Array.from([...(options.prefix ?? []), ...out, ...(options.trailing ?? [])]);
}

function crc32Of(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (const b of data) {
		crc ^= b;
		for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}
