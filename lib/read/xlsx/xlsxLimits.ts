import { IntakeError } from '../../errors';
import { GIB, MIB } from '../../bytes/sizes';

/** Limits that tell a workbook from a decompression bomb. */
export interface XlsxLimits {
	/** Most bytes all the parts we read may inflate to. */
	maxInflatedBytes: number;
	/** Highest inflated/compressed ratio accepted for a part larger than 1 MiB. */
	maxRatio: number;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
	maxInflatedBytes: GIB,
	maxRatio: 400,
});

/** Parts up to this size are never judged by their compression ratio. */
export const RATIO_FREE_BYTES = MIB;

/**
 * The ZIP_BOMB error for a part that inflates, or claims to, like a
 * decompression bomb.
 *
 * @param part - the part's name in the archive
 * @param why - what it does, completing "The workbook's part X …"
 * @returns the error to throw
 * @example
 * zipBomb('xl/worksheets/sheet1.xml', 'inflates to more than it declares').code
 * //=> 'ZIP_BOMB'
 */
export function zipBomb(part: string, why: string): IntakeError {
	return new IntakeError(
		'ZIP_BOMB',
		`The workbook's part ${part} ${why}, which real spreadsheets never do; the file may be a decompression bomb and was not opened. If it is genuine, open it in Excel and save it again, or export it as CSV.`,
		{ part },
	);
}
