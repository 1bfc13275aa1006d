import { IntakeError } from '../../../../lib/errors';
import { readBiffWorkbook } from '../../../../lib/read/xls/readBiffWorkbook';
import { codepage, datemode, filepass, format, sst, workbookStream, xf } from './biffFixtures';

describe('readBiffWorkbook', () => {
	describe('globals', () => {
		it('returns sheet names, states and kinds, the code page, the date system, formats and styles', () => {
			const stream = workbookStream(
				[codepage(1200), datemode(true), format(164, 'yyyy-mm-dd'), xf(0), xf(164)],
				[
					{ name: 'Contacts', records: [] },
					{ name: 'Chart 1', type: 2, records: [] },
					{ name: 'Hidden', hidden: 1, records: [] },
					{ name: 'Très caché ✓', hidden: 2, records: [] },
				],
			);
			const book = readBiffWorkbook(stream);
			expect(book.version).toBe(8);
			expect(book.sheets.map(({ name, state, kind }) => ({ name, state, kind }))).toEqual([
				{ name: 'Contacts', state: 'visible', kind: 'worksheet' },
				{ name: 'Chart 1', state: 'visible', kind: 'chart' },
				{ name: 'Hidden', state: 'hidden', kind: 'worksheet' },
				{ name: 'Très caché ✓', state: 'veryHidden', kind: 'worksheet' },
			]);
			expect(book.codepage).toBe(1200);
			expect(book.date1904).toBe(true);
			expect(book.formats.get(164)).toBe('yyyy-mm-dd');
			expect(book.xfFormats).toEqual([0, 164]);
		});

		it('throws FILE_ENCRYPTED for a FILEPASS record, and FILE_CORRUPT for a stream without a BOF or sheets', () => {
			const fail = (stream: Uint8Array) => {
				try {
					readBiffWorkbook(stream);
				} catch (e) {
					return (e as IntakeError).code;
				}
				return 'none';
			};
			expect(fail(workbookStream([filepass()], [{ name: 'S', records: [] }]))).toBe(
				'FILE_ENCRYPTED',
			);
			expect(fail(new Uint8Array(64))).toBe('FILE_CORRUPT');
			expect(fail(workbookStream([], []))).toBe('FILE_CORRUPT');
		});
	});

	describe('shared strings', () => {
		const texts = [
			'Jane',
			'Müller',
			'Ünïcødé ✓ 日本語',
			'',
			'x'.repeat(300) + '✓'.repeat(50) + 'y'.repeat(40),
			'last',
		];

		it('returns strings split across CONTINUE records, switching between 8- and 16-bit characters at the split', () => {
			for (const maxBody of [8224, 64, 37, 20]) {
				const book = readBiffWorkbook(
					workbookStream(sst(texts, maxBody), [{ name: 'S', records: [] }]),
				);
				expect(book.sst).toEqual(texts);
			}
		});

		it('returns the text without its rich-text runs and phonetic data, also when those run into the next record', () => {
			const strings = [
				{ text: 'Bold part', runs: 3 },
				{ text: 'ふりがな', ext: 25 },
				{ text: 'both', runs: 2, ext: 9 },
				'plain',
			];
			for (const maxBody of [8224, 30, 17]) {
				expect(
					readBiffWorkbook(workbookStream(sst(strings, maxBody), [{ name: 'S', records: [] }])).sst,
				).toEqual(['Bold part', 'ふりがな', 'both', 'plain']);
			}
		});

		it('returns only the strings there are when the count claims millions', () => {
			const book = readBiffWorkbook(
				workbookStream(sst(['a', 'b'], 8224, 0xffffffff), [{ name: 'S', records: [] }]),
			);
			expect(book.sst).toEqual(['a', 'b']);
		});
	});
});
