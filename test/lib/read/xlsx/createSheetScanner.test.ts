import fc from 'fast-check';
import { isIntakeError } from '../../../../lib/errors';
import type { RawRow } from '../../../../lib/read/rawRow';
import { createSheetScanner } from '../../../../lib/read/xlsx/createSheetScanner';
import { createTextWindow } from '../../../../lib/read/xlsx/createTextWindow';
import type { ReadIssue } from '../../../../lib/types';
import { sheetXml } from '../../../helpers/zipBuilder';

/** Scans a sheet's text delivered in the given pieces; returns rows and issues. */
function scanPieces(pieces: string[]): { rows: RawRow[]; issues: ReadIssue[] } {
	const issues: ReadIssue[] = [];
	const scanner = createSheetScanner({
		part: 'sheet1.xml',
		sharedStrings: ['zero', 'one'],
		formats: [undefined, 'yyyy-mm-dd'],
		date1904: false,
		onIssue: (i) => issues.push(i),
	});
	const window = createTextWindow('sheet1.xml', (s, final) => scanner.scan(s, final));
	const rows: RawRow[] = [];
	pieces.forEach((p, i) => {
		window.push(p, i === pieces.length - 1);
		rows.push(...scanner.rows);
		scanner.rows = [];
	});
	return { rows, issues };
}

function split(text: string, cuts: number[]): string[] {
	const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
	const pieces: string[] = [];
	let last = 0;
	for (const p of points) {
		pieces.push(text.slice(last, p));
		last = p;
	}
	pieces.push(text.slice(last));
	return pieces;
}

const SHEET = sheetXml(
	'<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[x </row> y]]></t></is></c><c r="C1" s="1"><v>45306</v></c></row>' +
		'<!-- a comment with <row> in it --><row><c t="s"><v>1</v></c><c t="s"><v>9</v></c><c><f>A1</f></c><c t="e"><v>#N/A</v></c></row>' +
		'<row r="7"><c r="B7" t="str"><f>"q"</f><v>a &amp; b_x000D_</v></c><c r="D7" t="b"><v>0</v></c></row>',
);

describe('createSheetScanner', () => {
	describe('text arriving in pieces', () => {
		it('returns the same rows and issues however the text is cut', () => {
			const whole = scanPieces([SHEET]);
			expect(whole.rows).toEqual([
				{ row: 1, cells: ['zero', 'x </row> y', '2024-01-15'] },
				{ row: 2, cells: ['one', '', '', '#N/A'] },
				{ row: 7, cells: ['', 'a & b\r', '', 'FALSE'] },
			]);
			expect(whole.issues.map((i) => i.message.slice(0, i.message.indexOf(':')))).toEqual([
				'Row 2, cell B2',
				'Row 2, cell C2',
				'Row 2, cell D2',
			]);
			fc.assert(
				fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
					expect(scanPieces(split(SHEET, cuts))).toEqual(whole);
				}),
				{ numRuns: 300 },
			);
		});

		it('reads a sheet delivered one character at a time', () => {
			expect(scanPieces([...SHEET])).toEqual(scanPieces([SHEET]));
		});
	});

	describe('hostile text', () => {
		const alphabet = fc.constantFrom(
			'<',
			'>',
			'/',
			'"',
			"'",
			'=',
			'c',
			'r',
			'v',
			'row',
			'sheetData',
			'<row>',
			'</row>',
			'<c r="A1">',
			'<v>',
			'</v>',
			'<![CDATA[',
			']]>',
			'<!--',
			'-->',
			'<?',
			'?>',
			'x:',
			' ',
			'&amp;',
			'&#x0;',
			'XFE1',
			'<is><t>',
		);

		it('never throws anything but an IntakeError, and ends', () => {
			fc.assert(
				fc.property(
					fc.array(alphabet, { maxLength: 200 }),
					fc.array(fc.nat(), { maxLength: 10 }),
					(tokens, cuts) => {
						const text = `<worksheet><sheetData>${tokens.join('')}`;
						try {
							scanPieces(split(text, cuts));
						} catch (e) {
							if (!isIntakeError(e)) throw e;
						}
					},
				),
				{ numRuns: 1000 },
			);
		});

		it('scans one huge row in linear time', () => {
			const cells = Array.from({ length: 16000 }, (_, i) => `<c><v>${i}</v></c>`).join('');
			const text = sheetXml(`<row r="1">${cells}</row>`);
			const start = Date.now();
			const { rows } = scanPieces(
				split(
					text,
					Array.from({ length: 2000 }, (_, i) => i * 131),
				),
			);
			expect(rows[0].cells).toHaveLength(16000);
			expect(Date.now() - start).toBeLessThan(2000);
		});
	});
});
