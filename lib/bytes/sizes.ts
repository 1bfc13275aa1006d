/**
 * Byte sizes, named once. Every limit, chunk and window in the library is
 * written in these units (`64 * KIB`, `50 * MIB`), never as a bare product of
 * 1024s.
 */

/** One kibibyte: 1,024 bytes. */
export const KIB = 1024;

/** One mebibyte: 1,048,576 bytes. The unit of the file-size limits users set ("50 MB"). */
export const MIB = 1024 * KIB;

/** One gibibyte. */
export const GIB = 1024 * MIB;

/**
 * How much of a file's start is looked at to tell its format, encoding and
 * delimiter: 64 KiB, enough for the header and a few hundred rows of any
 * export seen so far.
 */
export const SNIFF_BYTES = 64 * KIB;

/**
 * Megabytes as a whole number of bytes ("50" → 52,428,800), as file-size
 * options are given.
 *
 * @param mb - a size in megabytes (MiB), possibly fractional
 * @returns the size in bytes, rounded
 * @example
 * megabytes(50)
 * //=> 52428800
 */
export function megabytes(mb: number): number {
	return Math.round(mb * MIB);
}
