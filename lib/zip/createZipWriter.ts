import { deflateSync } from 'fflate';
import { crc32 } from '../read/xlsx/crc32';
import {
	centralDirectoryHeader,
	endOfCentralDirectory,
	localFileHeader,
	type ZipEntryRecord,
} from './zipRecords';

/** How one entry is written. */
export interface ZipEntryOptions {
	/** Deflate (the default) or store; a deflated entry that would come out no smaller is stored. */
	compression: 'deflate' | 'store';
	/** Modification time (written as DOS time in UTC fields, and as a Unix time in an extended-timestamp field). */
	modified: Date;
}

/** An entry as written, for the caller's accounting. */
export interface ZipEntryInfo {
	path: string;
	size: number;
	compressedSize: number;
	crc: number;
	offset: number;
}

/** A ZIP writer that hands back each part as it is made; it keeps only the central directory. */
export interface ZipWriter {
	/** The local header and data of one file, ready to write. */
	add(
		path: string,
		data: Uint8Array,
		options: ZipEntryOptions,
	): { chunks: Uint8Array[]; info: ZipEntryInfo };
	/** The central directory and end records (ZIP64 ones when needed). */
	finish(): Uint8Array[];
	/** Bytes handed out so far. */
	readonly written: number;
	/** Entries added so far. */
	readonly count: number;
}

const encoder = new TextEncoder();

/** The bytes stored for an entry: deflated when asked and smaller, else the data as is. */
function compressEntry(
	data: Uint8Array,
	compression: ZipEntryOptions['compression'],
): { method: 0 | 8; body: Uint8Array } {
	if (compression === 'deflate' && data.length > 0) {
		const deflated = deflateSync(data, { level: 6 });
		if (deflated.length < data.length) return { method: 8, body: deflated };
	}
	return { method: 0, body: data };
}

/**
 * Starts a ZIP archive written part by part: each {@link ZipWriter.add}
 * compresses one file whole (so its sizes and CRC-32 are known before its
 * local header, and no data descriptor is needed) and returns its bytes;
 * {@link ZipWriter.finish} returns the central directory. Names are written
 * as UTF-8 (flag bit 11). ZIP64 records are added where the spec needs them:
 * a file or offset past 4 GB, or more than 65,535 entries. The same input
 * and dates give the same bytes. Internal to the library: callers sanitize
 * names first.
 *
 * @returns the writer
 * @example
 * const zip = createZipWriter();
 * const { chunks } = zip.add('a.txt', new TextEncoder().encode('hi'), { compression: 'store', modified: new Date(0) });
 * [...chunks, ...zip.finish()].reduce((n, c) => n + c.length, 0)
 * //=> 128 (30 + 5 + 9 local header, 2 data, 46 + 5 + 9 central header, 22 end record)
 */
export function createZipWriter(): ZipWriter {
	/** Central directory headers of the entries added, in order; emptied by finish. */
	const central: Uint8Array[] = [];
	/** Bytes handed out so far: also where the next local header (or the central directory) starts. */
	let written = 0;
	let count = 0;
	let finished = false;

	const add = (
		path: string,
		data: Uint8Array,
		options: ZipEntryOptions,
	): { chunks: Uint8Array[]; info: ZipEntryInfo } => {
		if (finished) throw new Error('createZipWriter: add after finish');
		const { method, body } = compressEntry(data, options.compression);
		const entry: ZipEntryRecord = {
			name: encoder.encode(path),
			method,
			crc: crc32(data),
			size: data.length,
			compressedSize: body.length,
			offset: written,
			modified: options.modified,
		};
		const local = localFileHeader(entry);
		central.push(centralDirectoryHeader(entry));
		written += local.length + body.length;
		count++;
		const { size, compressedSize, crc, offset } = entry;
		return { chunks: [local, body], info: { path, size, compressedSize, crc, offset } };
	};

	const finish = (): Uint8Array[] => {
		if (finished) throw new Error('createZipWriter: finish twice');
		finished = true;
		const cdOffset = written;
		const cdSize = central.reduce((n, c) => n + c.length, 0);
		const out = central.splice(0);
		out.push(...endOfCentralDirectory(count, cdSize, cdOffset));
		written += out.reduce((n, c) => n + c.length, 0);
		return out;
	};

	return {
		add,
		finish,
		get written() {
			return written;
		},
		get count() {
			return count;
		},
	};
}
