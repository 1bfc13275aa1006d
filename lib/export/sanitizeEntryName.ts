/**
 * The longest name segment written, in UTF-8 bytes: file systems allow 255,
 * and room is left for a collision suffix (" (12345)").
 */
export const MAX_SEGMENT_BYTES = 240;

/** The longest folder path written (UTF-8 bytes, separators included), deep folders cut from the end. */
export const MAX_FOLDER_BYTES = 512;

/** The longest extension kept whole when a name is cut short. */
const MAX_KEPT_EXTENSION = 16;

/**
 * Names Windows keeps for devices, with or without an extension
 * (`CON`, `con.txt`, `COM1.tar.gz`); COM and LPT with superscript digits too,
 * which Windows maps to the same devices.
 */
const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[1-9¹²³]|LPT[1-9¹²³])(?:\.|$)/i;

/** C0 and C1 control characters, DEL, and the characters Windows refuses in a name. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*]/g;

/** Unicode line and paragraph separators, bidi overrides and zero-width marks: they make a name read other than it is. */
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/g;

const encoder = new TextEncoder();

function utf8Length(text: string): number {
	return encoder.encode(text).length;
}

/** Cuts text to at most `max` UTF-8 bytes, never inside a character (a surrogate pair stays whole). */
function cutToBytes(text: string, max: number): string {
	if (utf8Length(text) <= max) return text;
	let out = '';
	let bytes = 0;
	for (const ch of text) {
		const n = utf8Length(ch);
		if (bytes + n > max) break;
		out += ch;
		bytes += n;
	}
	return out;
}

/** One segment made safe; '' when nothing of it is left. */
function cleanSegment(raw: string, isFile: boolean): string {
	let s = raw.replace(INVISIBLE, '').replace(UNSAFE, '_');
	// Windows drops trailing dots and spaces, so "a.txt." and "a.txt" would be one file; leading spaces get lost in shells
	s = s.replace(/^\s+/, '').replace(/[\s.]+$/, '');
	if (s === '' || /^\.+$/.test(s)) return '';
	if (RESERVED.test(s)) s = `_${s}`;
	if (utf8Length(s) > MAX_SEGMENT_BYTES) {
		const dot = s.lastIndexOf('.');
		const ext = isFile && dot > 0 && s.length - dot <= MAX_KEPT_EXTENSION ? s.slice(dot) : '';
		s =
			cutToBytes(s.slice(0, s.length - ext.length), MAX_SEGMENT_BYTES - utf8Length(ext)).replace(
				/[\s.]+$/,
				'',
			) + ext;
	}
	return s;
}

/**
 * Makes a file's name (or a relative path) safe to put in an archive and to
 * extract anywhere: backslashes count as separators; `..` and `.` segments,
 * absolute roots and drive letters (`C:`) are dropped; control characters
 * and the characters Windows refuses (`<>:"|?*`) become `_`; reserved Windows
 * device names (`CON`, `NUL.txt`, `COM1`…) get a leading `_`; trailing dots
 * and spaces go; each segment is cut to 240 UTF-8 bytes, its extension kept.
 * Text is NFC-normalized. A name with nothing left becomes `file`.
 *
 * @param name - the name as given, perhaps hostile (`../../etc/passwd`, `C:\x`)
 * @returns a relative path with `/` separators that stays inside the folder it is extracted into
 *
 * @example
 * sanitizeEntryName('..\\..\\Windows\\CON.txt')
 * //=> 'Windows/_CON.txt'
 * sanitizeEntryName('/etc/passwd')
 * //=> 'etc/passwd'
 */
export function sanitizeEntryName(name: string): string {
	const { folders, file } = sanitizeEntryPath(undefined, name);
	return [...folders, file].join('/');
}

/** The path's segments, made safe, empty and `.`/`..` ones dropped. */
function segmentsOf(name: string | undefined, lastIsFile: boolean): string[] {
	const text = typeof name === 'string' ? name.normalize('NFC') : '';
	// backslashes are separators on Windows; a drive letter or a UNC host must not make the path absolute
	const parts = text
		.replace(/\\/g, '/')
		.replace(/^[A-Za-z]:/, '')
		.split('/');
	const out: string[] = [];
	parts.forEach((part, i) => {
		if (part === '..' || part === '.') return;
		const s = cleanSegment(part, lastIsFile && i === parts.length - 1);
		if (s !== '') out.push(s);
	});
	return out;
}

/**
 * An entry's folder and name, sanitized as {@link sanitizeEntryName} does,
 * as folder segments (within {@link MAX_FOLDER_BYTES}, deeper ones dropped)
 * and a file name. A name's own `/` adds folders inside `folder`; a name
 * with nothing left becomes `file`. Internal to the export module.
 */
export function sanitizeEntryPath(
	folder: string | undefined,
	name: string,
): { folders: string[]; file: string } {
	const nameSegments = segmentsOf(name, true);
	const file = nameSegments.pop() ?? 'file';
	const folders: string[] = [];
	let bytes = 0;
	for (const s of [...segmentsOf(folder, false), ...nameSegments]) {
		const n = utf8Length(s) + 1;
		if (bytes + n > MAX_FOLDER_BYTES) break;
		folders.push(s);
		bytes += n;
	}
	return { folders, file };
}
