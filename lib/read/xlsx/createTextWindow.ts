import { corrupt } from './readZipDirectory';
import { MIB } from '../../bytes/sizes';

/** The most text held while waiting for one element to end: far above any real row or string. */
export const MAX_PENDING_CHARS = 64 * MIB;

/**
 * Reads as much of `text` as holds complete elements and returns where it
 * stopped (the start of an element the text cuts short). With `final`, the
 * text is all there is.
 */
export type TextScan = (text: string, final: boolean) => number;

/** Feeds decoded text to a scan, keeping what it could not use yet. */
export interface TextWindow {
	/** Adds text; runs the scan when enough is pending. `final` marks the end of the part. */
	push(text: string, final: boolean): void;
}

/**
 * Holds the text of a part being inflated between scans: the scan sees the
 * text left over from last time plus the new text. When an element is cut
 * short, the scan is not run again until the pending text has doubled, so
 * even one huge element costs linear time; and no more than
 * {@link MAX_PENDING_CHARS} are ever held.
 *
 * @param part - the part's name, for the error
 * @param scan - reads complete elements
 * @returns the window
 * @throws IntakeError `FILE_CORRUPT` when one element outgrows the cap
 * @example
 * const window = createTextWindow('xl/sharedStrings.xml', (s) => s.lastIndexOf('</si>') + 5)
 * window.push('<sst><si><t>a</t></si><si>', false)
 * //=> (scans up to the second <si>, keeps it for next time)
 */
export function createTextWindow(part: string, scan: TextScan): TextWindow {
	let pending = '';
	let retryAt = 0;
	return {
		push(text: string, final: boolean): void {
			const s = pending.length === 0 ? text : pending + text;
			if (!final && s.length < retryAt) {
				pending = s;
				return;
			}
			const used = scan(s, final);
			const rest = s.length - used;
			if (rest > MAX_PENDING_CHARS) {
				throw corrupt(
					`the part ${part} holds an element of more than ${MAX_PENDING_CHARS / MIB}M characters`,
				);
			}
			pending = rest === 0 ? '' : s.slice(used);
			retryAt = rest * 2;
		},
	};
}
