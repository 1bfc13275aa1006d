import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { pickDefaultSheet } from '../../../../lib/read/xlsx/pickDefaultSheet';
import { buildXlsx, sheetXml, workbookParts, zipParts } from '../../../helpers/zipBuilder';

const data = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Jane</t></is></c></row>');
const empty = sheetXml('');
const blankRow = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t></t></is></c></row>');

async function pick(zip: Uint8Array): Promise<number> {
	// Opened with no sheet asked for, which picks by the same rule; the pick is made again here directly.
	return pickDefaultSheet(await openXlsxPackage(zip, undefined));
}

describe('pickDefaultSheet', () => {
	it('returns the first worksheet holding a value, past charts and empty sheets', async () => {
		const zip = buildXlsx({
			sheets: [
				{ name: 'Chart', xml: '<chartsheet/>', kind: 'chartsheet' },
				{ name: 'Cover', xml: empty },
				{ name: 'Blank', xml: blankRow },
				{ name: 'People', xml: data },
			],
		});
		expect(await pick(zip)).toBe(3);
	});

	it('returns the first worksheet when none holds a value', async () => {
		const zip = buildXlsx({
			sheets: [
				{ name: 'Chart', xml: '<chartsheet/>', kind: 'chartsheet' },
				{ name: 'A', xml: empty },
				{ name: 'B', xml: empty },
			],
		});
		expect(await pick(zip)).toBe(1);
	});

	it('passes over a worksheet whose part the archive lacks', async () => {
		const parts = workbookParts({
			sheets: [
				{ name: 'Gone', xml: data },
				{ name: 'People', xml: data },
			],
		});
		delete parts['xl/worksheets/sheet1.xml'];
		expect(await pick(zipParts(parts))).toBe(1);
	});
});
