import { strToU8, zlibSync } from 'fflate';

/**
 * A PDF file assembled object by object: each object is serialized once, as
 * bytes, and its byte offset recorded for the cross-reference table. Object
 * numbers are reserved up front (`reserve`) so a parent can name children
 * written later.
 */
export class PdfFile {
	private readonly chunks: Uint8Array[] = [];
	private length = 0;
	private readonly offsets: number[] = [];
	private count = 0;

	constructor() {
		// The comment's high bytes mark the file as binary for transfer tools.
		this.push(strToU8('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', true));
	}

	/** Reserves the next object number. */
	reserve(): number {
		this.count++;
		return this.count;
	}

	/** Writes object `num` with a dictionary, array or other value given as PDF syntax. */
	writeObject(num: number, body: string): void {
		this.offsets[num] = this.length;
		this.push(strToU8(`${num} 0 obj\n${body}\nendobj\n`, true));
	}

	/** Writes object `num` as a Flate-compressed stream; `dict` holds extra entries (without << >>). */
	writeStream(num: number, content: string, dict = ''): void {
		const data = zlibSync(strToU8(content, true), { level: 6 });
		this.offsets[num] = this.length;
		this.push(
			strToU8(
				`${num} 0 obj\n<< ${dict}${dict ? ' ' : ''}/Length ${data.length} /Filter /FlateDecode >>\nstream\n`,
				true,
			),
		);
		this.push(data);
		this.push(strToU8('\nendstream\nendobj\n', true));
	}

	/** Writes the cross-reference table and trailer and returns the whole file. */
	finish(root: number, info: number): Uint8Array {
		const xrefAt = this.length;
		const lines = [`xref\n0 ${this.count + 1}\n0000000000 65535 f \n`];
		for (let n = 1; n <= this.count; n++) {
			const off = this.offsets[n];
			if (off === undefined) throw new Error(`PDF object ${n} was reserved but never written`);
			lines.push(`${String(off).padStart(10, '0')} 00000 n \n`);
		}
		lines.push(
			`trailer\n<< /Size ${this.count + 1} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
		);
		this.push(strToU8(lines.join(''), true));
		const out = new Uint8Array(this.length);
		let at = 0;
		for (const c of this.chunks) {
			out.set(c, at);
			at += c.length;
		}
		return out;
	}

	private push(bytes: Uint8Array): void {
		this.chunks.push(bytes);
		this.length += bytes.length;
	}
}

/** A PDF text string for document properties: ASCII as a literal, anything else UTF-16BE hex. */
export function pdfTextString(text: string): string {
	if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, '\\$&')})`;
	let hex = '<FEFF';
	for (let i = 0; i < text.length; i++)
		hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
	return `${hex}>`;
}

/** A date as a PDF date string in UTC: `D:20250105093000Z`. */
export function pdfDate(date: Date): string {
	const p = (n: number, w = 2) => String(n).padStart(w, '0');
	return (
		`D:${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}` +
		`${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`
	);
}
