import { Inflate } from 'fflate';
import { IntakeError } from '../../errors';
import { crc32 } from './crc32';
import { corrupt, zipDataOffset, type ZipEntry } from './readZipDirectory';
import { RATIO_FREE_BYTES, zipBomb, type XlsxLimits } from './xlsxLimits';
import { KIB, MIB } from '../../bytes/sizes';

/** Compressed bytes handed to the inflater at a time: at most ~16 MiB of output per step, even for a bomb; smaller steps cost more (fflate copies its 32 KiB window per step), larger ones raise peak memory. */
const STEP = 16 * KIB;
/** Stored parts are handed out in slices of this size. */
const STORED_SLICE = MIB;

/**
 * Inflates one part of a ZIP archive chunk by chunk, holding only the chunk
 * in flight, and checks it as it goes: it must not claim more than the
 * limits allow, inflate past the size it declares, end short of it, or fail
 * its CRC-32 (noted in `mismatched` when given, else an error). The last checks can only be made at the end, so a consumer that
 * acts on chunks as they come must expect the generator to throw after the
 * last one.
 *
 * A part that inflates past its declared size is a bomb (`ZIP_BOMB`) when the
 * output outgrows the limits (more than `maxRatio` times its compressed size
 * and over 1 MiB, or more than `maxInflatedBytes`); otherwise it is damage
 * (`FILE_CORRUPT`): a bomb is defined by what inflating it costs, and a part
 * that overruns by a plausible amount costs no more than a genuine part of
 * that size, so what the user needs to hear is "save the file again", not
 * "this may be an attack". Output past the declared size is inflated only to
 * tell the two apart (bounded by the same limits), never handed out.
 *
 * @param bytes - the whole archive
 * @param entry - the part, from `readZipDirectory`
 * @param limits - the bomb limits
 * @param mismatched - where to note the part when only its CRC-32 fails; without it that is FILE_CORRUPT
 * @returns the part's bytes, in chunks
 * @throws IntakeError `ZIP_BOMB`, or `FILE_CORRUPT` naming the part
 * @example
 * let size = 0
 * for (const chunk of inflateZipEntry(xlsxBytes, sheetEntry, DEFAULT_XLSX_LIMITS)) size += chunk.length
 * size === sheetEntry.uncompressedSize
 * //=> true
 */
export function* inflateZipEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	limits: Readonly<XlsxLimits>,
	mismatched?: string[],
): Generator<Uint8Array, void, undefined> {
	const declared = entry.uncompressedSize;
	// Traditional ZIP encryption (flag bit 0) and WinZip AES (method 99): a password, not damage.
	if (entry.flags & 1 || entry.method === 99) {
		throw new IntakeError(
			'FILE_ENCRYPTED',
			`The workbook's part ${entry.name} is encrypted inside its ZIP archive. Unzip it with its password, or save the workbook again from Excel without one, and try again.`,
		);
	}
	checkDeclaredSize(entry, limits);
	// An empty part some writers mark deflated without writing even an empty deflate block.
	if (declared === 0 && entry.compressedSize === 0) {
		if (entry.crc32 !== 0) checksumMismatch(entry, mismatched);
		return;
	}
	const start = zipDataOffset(bytes, entry);
	const data = bytes.subarray(start, start + entry.compressedSize);
	let crc = 0;

	if (entry.method === 0) {
		if (entry.compressedSize !== declared)
			throw corrupt(`the part ${entry.name} is damaged (its stored size does not match)`);
		for (let p = 0; p < data.length; p += STORED_SLICE) {
			const chunk = data.subarray(p, p + STORED_SLICE);
			crc = crc32(chunk, crc);
			yield chunk;
		}
		if (crc !== entry.crc32) checksumMismatch(entry, mismatched);
		return;
	}
	if (entry.method !== 8)
		throw corrupt(`the part ${entry.name} uses an unknown compression method (${entry.method})`);

	const bombAt = Math.min(
		limits.maxInflatedBytes,
		Math.max(RATIO_FREE_BYTES, entry.compressedSize * limits.maxRatio),
	);
	let total = 0;
	let over = false;
	let out: Uint8Array[] = [];
	const inflater = new Inflate((chunk: Uint8Array) => {
		if (chunk.length > 0) out.push(chunk);
	});
	for (let p = 0; p < data.length || p === 0; p += STEP) {
		const last = p + STEP >= data.length;
		try {
			inflater.push(data.subarray(p, p + STEP), last);
		} catch {
			throw over
				? overflow(entry)
				: corrupt(`the part ${entry.name} is damaged (it does not inflate)`);
		}
		const ready = out;
		out = [];
		for (const chunk of ready) {
			total += chunk.length;
			if (total > declared) {
				if (total > bombAt) throw zipBomb(entry.name, 'inflates to more than it declares');
				over = true;
			}
			if (over) continue;
			crc = crc32(chunk, crc);
			yield chunk;
		}
		if (last) break;
	}
	if (over) throw overflow(entry);
	if (total < declared)
		throw corrupt(`the part ${entry.name} is damaged (it is shorter than it declares)`);
	if (crc !== entry.crc32) checksumMismatch(entry, mismatched);
}

/**
 * Refuses a part whose declared size is beyond the limits or whose declared
 * ratio looks like a bomb's, without inflating anything.
 *
 * @param entry - the part
 * @param limits - the bomb limits
 * @throws IntakeError `ZIP_BOMB`
 * @example
 * checkDeclaredSize({ name: 'xl/worksheets/sheet1.xml', uncompressedSize: 2 ** 31, compressedSize: 1000 } as ZipEntry, DEFAULT_XLSX_LIMITS)
 * //=> throws ZIP_BOMB
 */
export function checkDeclaredSize(entry: ZipEntry, limits: Readonly<XlsxLimits>): void {
	const declared = entry.uncompressedSize;
	if (declared > limits.maxInflatedBytes) {
		throw zipBomb(entry.name, `claims to inflate to ${Math.round(declared / MIB)} MiB`);
	}
	if (
		declared > RATIO_FREE_BYTES &&
		declared / Math.max(entry.compressedSize, 1) > limits.maxRatio
	) {
		throw zipBomb(entry.name, `is compressed more than ${limits.maxRatio} to 1`);
	}
}

/**
 * A part that inflated to exactly its declared size but fails its CRC-32: a
 * writer that put a wrong checksum, or bytes changed since. With a list to
 * note it in, the part is read and the reader reports it (real files with a
 * faulty writer's checksum stay readable, never silently); without one, it is
 * FILE_CORRUPT.
 */
function checksumMismatch(entry: ZipEntry, mismatched: string[] | undefined): void {
	if (!mismatched) throw corrupt(`the part ${entry.name} is damaged (its checksum does not match)`);
	if (!mismatched.includes(entry.name)) mismatched.push(entry.name);
}

function overflow(entry: ZipEntry) {
	return corrupt(
		`the part ${entry.name} is damaged (it inflates to more than the ${entry.uncompressedSize} bytes it declares)`,
	);
}
