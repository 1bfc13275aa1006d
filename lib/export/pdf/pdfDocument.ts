/*
 * The objects of a table report's PDF other than the page contents: the page
 * tree with a "Page n of N" footer per page, the catalog, the document
 * properties and the four font objects. Object numbers of the fixed objects
 * are reserved before the page contents are written, so that the same input
 * gives the same numbers and bytes.
 */
import { getCoreFontEncoding } from './coreFontEncoding';
import { PdfFile, pdfDate, pdfTextString } from './pdfFile';
import { measureText, showText } from './pdfText';
import { MARGIN } from './tableLayout';

const FOOTER_Y = 20;
const FOOTER_SIZE = 8;

/** The numbers of the document's fixed objects. */
export interface DocumentNumbers {
	catalog: number;
	pages: number;
	info: number;
	/** F1–F4: Helvetica and Helvetica-Bold, each in the two encodings. */
	fonts: number[];
	/** One /Encoding per slot of the core-font encoding. */
	encodings: number[];
	/** One ToUnicode CMap per slot, so text extracts as written. */
	toUnicodes: number[];
}

/** Reserves the fixed objects' numbers, first in the file: catalog, pages, info, fonts, encodings, CMaps. */
export function reserveDocumentObjects(file: PdfFile): DocumentNumbers {
	const catalog = file.reserve();
	const pages = file.reserve();
	const info = file.reserve();
	const fonts = [file.reserve(), file.reserve(), file.reserve(), file.reserve()];
	const encodings = [file.reserve(), file.reserve()];
	const toUnicodes = [file.reserve(), file.reserve()];
	return { catalog, pages, info, fonts, encodings, toUnicodes };
}

/** The /Differences array of one encoding slot: runs of glyph names, each run after its first code. */
function encodingDifferences(names: ReadonlyArray<string | undefined>): string {
	const diffs: string[] = [];
	let expect = -1;
	for (let code = 32; code < 256; code++) {
		const name = names[code];
		if (name === undefined) continue;
		if (code !== expect) diffs.push(String(code));
		diffs.push(`/${name}`);
		expect = code + 1;
	}
	return diffs.join(' ');
}

/** A ToUnicode CMap for one slot: each code to its character, in blocks of 100 (the most one bfchar block may hold). */
function toUnicodeCMap(unicodes: ReadonlyArray<number | undefined>, slot: number): string {
	const entries: string[] = [];
	for (let code = 32; code < 256; code++) {
		const u = unicodes[code];
		if (u !== undefined)
			entries.push(`<${code.toString(16).padStart(2, '0')}> <${u.toString(16).padStart(4, '0')}>`);
	}
	const blocks: string[] = [];
	for (let i = 0; i < entries.length; i += 100) {
		const part = entries.slice(i, i + 100);
		blocks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
	}
	return (
		'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
		'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
		`/CMapName /Intake-Core-${slot} def\n/CMapType 2 def\n` +
		'1 begincodespacerange\n<00> <ff>\nendcodespacerange\n' +
		`${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`
	);
}

/** The encodings, CMaps and fonts F1–F4 (F1/F2 Helvetica, F3/F4 Helvetica-Bold; odd slots the second encoding). */
function writeFonts(file: PdfFile, nums: DocumentNumbers): void {
	const enc = getCoreFontEncoding();
	for (let slot = 0; slot < 2; slot++) {
		file.writeObject(
			nums.encodings[slot],
			`<< /Type /Encoding /Differences [${encodingDifferences(enc.glyphNames[slot])}] >>`,
		);
		file.writeStream(nums.toUnicodes[slot], toUnicodeCMap(enc.unicodes[slot], slot));
	}
	const faces = ['Helvetica', 'Helvetica', 'Helvetica-Bold', 'Helvetica-Bold'];
	for (let f = 0; f < 4; f++) {
		const slot = f % 2;
		const face = f < 2 ? 0 : 1;
		file.writeObject(
			nums.fonts[f],
			`<< /Type /Font /Subtype /Type1 /BaseFont /${faces[f]} /Encoding ${nums.encodings[slot]} 0 R ` +
				`/FirstChar 32 /LastChar 255 /Widths [${enc.widths[slot][face].join(' ')}] /ToUnicode ${nums.toUnicodes[slot]} 0 R >>`,
		);
	}
}

/** Each page object, with its footer as a second content stream; returns the page objects' numbers. */
function writePageObjects(
	file: PdfFile,
	nums: DocumentNumbers,
	contents: readonly number[],
	size: { width: number; height: number },
): number[] {
	const total = contents.length;
	const [f1, f2, f3, f4] = nums.fonts;
	const pageNums: number[] = [];
	for (let p = 0; p < total; p++) {
		const label = `Page ${p + 1} of ${total}`;
		const lx = size.width - MARGIN - (measureText(label, false) * FOOTER_SIZE) / 1000;
		const footerNum = file.reserve();
		file.writeStream(footerNum, `0.35 g\n${showText(label, lx, FOOTER_Y, FOOTER_SIZE, false)}`);
		const pageNum = file.reserve();
		file.writeObject(
			pageNum,
			`<< /Type /Page /Parent ${nums.pages} 0 R /MediaBox [0 0 ${size.width} ${size.height}] ` +
				`/Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R /F4 ${f4} 0 R >> >> ` +
				`/Contents [${contents[p]} 0 R ${footerNum} 0 R] >>`,
		);
		pageNums.push(pageNum);
	}
	return pageNums;
}

/**
 * Finishes a table report's PDF once its page contents are written: footers
 * and page objects, the page tree, the catalog, the fonts and the document
 * properties (title, producer, creation date when given), then the
 * cross-reference table.
 *
 * @param file - the file, with the page contents written
 * @param nums - the fixed objects' numbers, from reserveDocumentObjects
 * @param contents - the page content streams' numbers, in page order
 * @param doc - the page size, the title and the creation date
 * @returns the whole file's bytes
 */
export function finishPdfDocument(
	file: PdfFile,
	nums: DocumentNumbers,
	contents: readonly number[],
	doc: { width: number; height: number; title: string; created?: Date },
): Uint8Array {
	const pageNums = writePageObjects(file, nums, contents, doc);
	file.writeObject(
		nums.pages,
		`<< /Type /Pages /Count ${contents.length} /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] >>`,
	);
	file.writeObject(nums.catalog, `<< /Type /Catalog /Pages ${nums.pages} 0 R >>`);
	writeFonts(file, nums);
	const info = [`/Title ${pdfTextString(doc.title)}`, '/Producer (n8n-nodes-intake)'];
	if (doc.created) info.push(`/CreationDate (${pdfDate(doc.created)})`);
	file.writeObject(nums.info, `<< ${info.join(' ')} >>`);
	return file.finish(nums.catalog, nums.info);
}
