import fc from 'fast-check';
import { isIntakeError } from '../../../../lib/errors';
import { classifyZip } from '../../../../lib/read/xlsx/classifyZip';
import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { readXlsxRows } from '../../../../lib/read/xlsx/readXlsxRows';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import {
	buildSheetXlsx,
	sheetXml,
	stylesXml,
	workbookParts,
	zipParts,
} from '../../../helpers/zipBuilder';

/** Classifies and reads a workbook to the end; returns nothing, or the IntakeError thrown. Any other throw fails. */
async function readOrIntakeError(bytes: Uint8Array): Promise<void> {
	try {
		classifyZip(readZipDirectory(bytes), bytes);
		const pkg = await openXlsxPackage(bytes, undefined);
		for await (const batch of readXlsxRows(pkg, () => undefined)) void batch;
	} catch (e) {
		if (!isIntakeError(e)) throw e;
	}
}

const ROWS =
	'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>x</t></r><rPh><t>y</t></rPh></is></c><c r="C1" s="1"><v>45306</v></c></row>' +
	'<row><c t="str"><f>"a"</f><v><![CDATA[a]]></v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c t="d"><v>2024-01-01</v></c></row>';

describe('hostile workbooks', () => {
	it.each([
		['stored', true],
		['deflated', false],
	])('throws nothing but IntakeError for %s workbooks with flipped bytes', async (_kind, store) => {
		const original = buildSheetXlsx(
			ROWS,
			{ sharedStrings: ['<t>a&amp;b_x000D_</t>'], styles: stylesXml([0, 14]) },
			{ store },
		);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
					minLength: 1,
					maxLength: 6,
				}),
				async (flips) => {
					const bytes = original.slice();
					for (const [at, value] of flips) bytes[at % bytes.length] = value;
					await readOrIntakeError(bytes);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('throws nothing but IntakeError when the XML of any part is mangled (with valid CRCs)', async () => {
		const parts = workbookParts({
			sheets: [{ name: 'S', xml: sheetXml(ROWS) }],
			sharedStrings: ['<t>a&amp;b_x000D_</t>', '<r><t>c</t></r>'],
			styles: stylesXml([0, 14, 'yyyy']),
		});
		const names = Object.keys(parts);
		const junk = fc.constantFrom(
			'<',
			'>',
			'/',
			'"',
			"'",
			'=',
			' ',
			'&',
			';',
			'#',
			'x',
			':',
			'<![CDATA[',
			']]>',
			'<!--',
			'-->',
			'<?',
			'?>',
			'<c>',
			'</c>',
			'<row>',
			'<si>',
			'<t>',
			'\u0000',
			'é',
		);
		await fc.assert(
			fc.asyncProperty(
				fc.nat(names.length - 1),
				fc.array(fc.tuple(fc.nat(), fc.nat(3), junk), { minLength: 1, maxLength: 8 }),
				async (which, edits) => {
					const name = names[which];
					let text = String(parts[name]);
					for (const [at, cut, insert] of edits) {
						const i = at % (text.length + 1);
						text = text.slice(0, i) + insert + text.slice(i + cut);
					}
					await readOrIntakeError(zipParts({ ...parts, [name]: text }));
				},
			),
			{ numRuns: 500 },
		);
	});

	it('throws nothing but IntakeError for truncated workbooks', async () => {
		const original = buildSheetXlsx(ROWS, { sharedStrings: ['a'] });
		for (let n = 0; n < original.length; n += 7) await readOrIntakeError(original.subarray(0, n));
	});
});
