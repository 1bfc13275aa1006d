import { WINDOWS_1252_HIGH } from './data/windows1252';

/**
 * Text in BIFF records: 8-bit strings in the workbook's code page (BIFF2–7)
 * and the compressed or UTF-16 strings of BIFF8. Internal to the XLS reader.
 */

/** WHATWG labels for the CODEPAGE record's Windows and Mac code pages ([MS-XLS] 2.4.52). */
const CODEPAGE_LABELS: Readonly<Record<number, string>> = Object.freeze({
	367: 'windows-1252', // US-ASCII: a subset
	437: 'ibm866', // no WHATWG label for OEM US; only box drawing differs, rare in cells
	850: 'windows-1252',
	866: 'ibm866',
	874: 'windows-874',
	932: 'shift_jis',
	936: 'gbk',
	949: 'euc-kr',
	950: 'big5',
	1250: 'windows-1250',
	1251: 'windows-1251',
	1252: 'windows-1252',
	1253: 'windows-1253',
	1254: 'windows-1254',
	1255: 'windows-1255',
	1256: 'windows-1256',
	1257: 'windows-1257',
	1258: 'windows-1258',
	10000: 'macintosh',
	10007: 'x-mac-cyrillic',
	32768: 'macintosh', // Apple Roman, as BIFF2–4 on the Mac write it
	32769: 'windows-1252', // "ANSI Latin I" as BIFF2–4 write it
});

/** Windows-1252 text (see data/windows1252.ts for why not TextDecoder). */
export function windows1252(bytes: Uint8Array, start: number, end: number): string {
	let s = '';
	let from = start;
	for (let i = start; i < end; i++) {
		const b = bytes[i];
		if (b >= 0x80 && b <= 0x9f) {
			s += latin1(bytes, from, i) + String.fromCharCode(WINDOWS_1252_HIGH[b - 0x80]);
			from = i + 1;
		}
	}
	return s + latin1(bytes, from, end);
}

const decoders = new Map<string, { decode: (b: Uint8Array) => string }>();

function decoderFor(codepage: number): { decode: (b: Uint8Array) => string } {
	const label = CODEPAGE_LABELS[codepage] ?? 'windows-1252';
	let d = decoders.get(label);
	if (!d) {
		try {
			d = new TextDecoder(label);
		} catch {
			// A runtime without full ICU has only UTF-8/16 and windows-1252 for sure.
			d = new TextDecoder('windows-1252');
		}
		decoders.set(label, d);
	}
	return d;
}

/** Decodes 8-bit text in a BIFF2–7 code page. */
export function decodeCodepage(
	bytes: Uint8Array,
	start: number,
	end: number,
	codepage: number,
): string {
	if (end <= start) return '';
	// Plain ASCII is the same in every code page we read: skip the decoder.
	let ascii = true;
	for (let i = start; i < end; i++) {
		if (bytes[i] >= 0x80) {
			ascii = false;
			break;
		}
	}
	if (ascii) return latin1(bytes, start, end);
	if ((CODEPAGE_LABELS[codepage] ?? 'windows-1252') === 'windows-1252')
		return windows1252(bytes, start, end);
	return decoderFor(codepage).decode(bytes.subarray(start, end));
}

/** BIFF8 "compressed" characters: the low bytes of UTF-16 code units, so U+0000–U+00FF. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
	let s = '';
	for (let i = start; i < end; i += 4096) {
		s += String.fromCharCode.apply(
			null,
			bytes.subarray(i, Math.min(end, i + 4096)) as unknown as number[],
		);
	}
	return s;
}

const utf16 = new TextDecoder('utf-16le');

/** UTF-16LE characters. */
export function utf16le(bytes: Uint8Array, start: number, end: number): string {
	if (end - start < 48) {
		let s = '';
		for (let i = start; i + 1 < end; i += 2)
			s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
		return s;
	}
	return utf16.decode(bytes.subarray(start, end));
}

/**
 * Reads a string in one record: BIFF8 `cch` characters after a flags byte
 * (bit 0: UTF-16), or BIFF2–7 `cch` bytes in the code page. Stops at the
 * record's end when the length claims more.
 *
 * @returns the text and the offset after it
 */
export function readRecordString(
	data: Uint8Array,
	at: number,
	end: number,
	cch: number,
	biff8: boolean,
	codepage: number,
): { text: string; next: number } {
	if (!biff8) {
		const stop = Math.min(end, at + cch);
		return { text: decodeCodepage(data, at, stop, codepage), next: stop };
	}
	if (at >= end) return { text: '', next: end };
	const flags = data[at];
	const pos = at + 1;
	if (flags & 0x01) {
		const stop = Math.min(end, pos + cch * 2);
		return { text: utf16le(data, pos, stop - ((stop - pos) & 1)), next: stop };
	}
	const stop = Math.min(end, pos + cch);
	return { text: latin1(data, pos, stop), next: stop };
}
