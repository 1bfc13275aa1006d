import { IntakeError } from '../../errors';

/** A table report to render as PDF. */
export interface PdfTable {
	/** The report's heading. */
	title: string;
	/** Lines under the heading: when it was generated, the filter in words, the record count. */
	subtitle: string[];
	headers: string[];
	/** Cell text, one array per row, as wide as `headers`. */
	rows: string[][];
}

/** Options of {@link writePdfTable}. */
export interface PdfOptions {
	/** Default `auto`: landscape when the columns need it. */
	orientation?: 'auto' | 'portrait' | 'landscape';
	/** Written in the document's properties. */
	creationDate?: Date;
}

/**
 * Renders a table report as a PDF (being written: issue 15).
 *
 * @throws IntakeError `EXPORT_INVALID_OPTION` until the PDF writer lands
 * @example
 * writePdfTable({ title: 'Clients', subtitle: [], headers: ['Name'], rows: [['José']] })
 */
export function writePdfTable(_table: PdfTable, _options: PdfOptions = {}): Uint8Array {
	throw new IntakeError('EXPORT_INVALID_OPTION', 'PDF export is not available yet; export as CSV, XLSX or JSON.');
}
