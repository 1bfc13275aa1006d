import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { isIntakeError } from '../../../../lib/errors';
import { openXlsBook } from '../../../../lib/read/xls/readXlsRows';
import {
	boolerr,
	codepage,
	compoundFile,
	datemode,
	format,
	formula,
	label,
	labelSst,
	mulrk,
	number,
	rk,
	rkFloat,
	rkInt,
	sst,
	stringRec,
	workbookStream,
	xf,
} from './biffFixtures';

/** The codes a damaged legacy workbook may end in. */
const KNOWN = new Set(['FILE_CORRUPT', 'FILE_ENCRYPTED', 'UNSUPPORTED_FORMAT', 'SHEET_NOT_FOUND']);
/** A read of a file of a few kilobytes takes a millisecond or two; a second is a hang (with room for a busy machine). */
const TIME_LIMIT_MS = 1000;
/** XLS_FUZZ_SCALE=50 runs fifty times as many cases (about a minute), for a deeper search than the suite's few seconds. */
const SCALE = Math.max(1, Number(process.env.XLS_FUZZ_SCALE) || 1);

let slowest = 0;
const outcomes = new Map<string, number>();

/** Reads every row, or accepts an IntakeError with a known code; anything else fails the property. */
async function readOrKnownError(bytes: Uint8Array): Promise<void> {
	const started = performance.now();
	let outcome = 'rows';
	try {
		const book = await openXlsBook(bytes, undefined, () => undefined);
		for (const batch of book.rows())
			for (const row of batch) expect(row.cells.length).toBeLessThanOrEqual(16384);
	} catch (e) {
		if (!isIntakeError(e) || !KNOWN.has(e.code)) throw e;
		outcome = e.code;
	}
	const took = performance.now() - started;
	slowest = Math.max(slowest, took);
	outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
	expect(took).toBeLessThan(TIME_LIMIT_MS);
}

/** A BIFF8 stream using every record the reader knows, with its shared strings split over CONTINUE records. */
function richStream(): Uint8Array {
	const strings = [
		'Name',
		'Phone',
		'Born',
		'Ünïcødé ✓ 日本語',
		{ text: 'rich '.repeat(12), runs: 2, ext: 7 },
		'x'.repeat(120),
	];
	return workbookStream(
		[
			codepage(1200),
			datemode(false),
			format(164, 'yyyy-mm-dd'),
			xf(0),
			xf(164),
			...sst(strings, 48),
		],
		[
			{
				name: 'Contacts',
				records: [
					labelSst(0, 0, 0),
					labelSst(0, 1, 1),
					labelSst(0, 2, 2),
					labelSst(1, 0, 3),
					number(1, 1, 5551234567),
					rk(1, 2, rkInt(45306), 1),
					labelSst(2, 0, 4),
					mulrk(2, 1, [rkFloat(1.5), rkInt(7, true)]),
					labelSst(3, 0, 5),
					formula(3, 1, [0, 0]),
					stringRec('computed'),
					formula(3, 2, [2, 7]),
					boolerr(3, 3, 1, false),
					label(4, 0, 'label ✓'),
				],
			},
			{ name: 'Chart', type: 2, records: [] },
			{ name: 'Second', records: [label(0, 0, 'x')] },
		],
	);
}

/** Offsets of each record header in a BIFF stream. */
function recordOffsets(stream: Uint8Array): number[] {
	const out: number[] = [];
	for (let p = 0; p + 4 <= stream.length; p += 4 + (stream[p + 2] | (stream[p + 3] << 8)))
		out.push(p);
	return out;
}

function sheetJsFile(bookType: 'biff8' | 'biff5' | 'biff2'): Uint8Array {
	const wb = XLSX.utils.book_new();
	const ws = XLSX.utils.aoa_to_sheet([
		['Name', 'Phone', 'Born'],
		['Jane', 5551234567, 31116],
		['Bob', 4155550100, 45306],
	]);
	ws.C2.z = 'yyyy-mm-dd';
	XLSX.utils.book_append_sheet(wb, ws, 'People');
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Other');
	return new Uint8Array(XLSX.write(wb, { bookType, type: 'array' }));
}

const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
	minLength: 1,
	maxLength: 12,
});
const u16Value = fc.oneof(
	fc.constantFrom(0, 1, 2, 3, 7, 8, 0x2020, 0x7fff, 0xffff),
	fc.integer({ min: 0, max: 0xffff }),
);
const u32Value = fc.oneof(
	fc.constantFrom(0, 1, 0x7fffffff, 0xfffffffe, 0xffffffff, 0xfffffffd, 0xfffffffc),
	fc.nat(),
);

describe('openXlsBook (properties)', () => {
	const stream = richStream();
	const records = recordOffsets(stream);
	const file = compoundFile([{ name: 'Workbook', data: stream }]);

	afterAll(() => {
		// The figures the report quotes: how the runs ended and the slowest one.
		process.stdout.write(
			`openXlsBook fuzz: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; slowest ${slowest.toFixed(1)} ms\n`,
		);
	});

	it('reads the unmutated files', async () => {
		const book = await openXlsBook(file, undefined, () => undefined);
		expect([...book.rows()].flat().map((r) => r.cells[0])).toEqual([
			'Name',
			'Ünïcødé ✓ 日本語',
			'rich '.repeat(12),
			'x'.repeat(120),
			'label ✓',
		]);
	});

	it('reads rows or throws a known IntakeError when record lengths, SST counts and CONTINUE lengths are damaged', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.tuple(
						fc.nat(),
						fc.constantFrom('length', 'id', 'sstCount', 'body'),
						u16Value,
						u32Value,
					),
					{ minLength: 1, maxLength: 4 },
				),
				async (edits) => {
					const s = new Uint8Array(stream);
					const dv = new DataView(s.buffer);
					for (const [pick, what, v16, v32] of edits) {
						const at = records[pick % records.length];
						const id = dv.getUint16(at, true);
						if (what === 'length') dv.setUint16(at + 2, v16, true);
						else if (what === 'id') dv.setUint16(at, v16 % 3 === 0 ? 0x003c : v16, true);
						else if (what === 'sstCount' && id === 0x00fc) dv.setUint32(at + 8, v32, true);
						else if (at + 4 + (v16 % 16) + 4 <= s.length)
							dv.setUint32(at + 4 + (v16 % 16), v32, true);
					}
					await readOrKnownError(compoundFile([{ name: 'Workbook', data: s }]));
				},
			),
			{ numRuns: 600 * SCALE },
		);
	});

	it('reads rows or throws a known IntakeError when sector numbers and sizes in the compound file are damaged', async () => {
		// Header fields, DIFAT entries, and every 4-byte word of the FAT and directory sectors.
		const words = [0x2c, 0x30, 0x38, 0x3c, 0x40, 0x44, 0x48, 0x4c, 0x50, 0x1e, 0x20];
		for (let p = 512; p < Math.min(file.length, 512 * 4); p += 4) words.push(p);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.constantFrom(...words), u32Value), { minLength: 1, maxLength: 4 }),
				async (edits) => {
					const bytes = new Uint8Array(file);
					const dv = new DataView(bytes.buffer);
					for (const [at, v] of edits) dv.setUint32(at, v, true);
					await readOrKnownError(bytes);
				},
			),
			{ numRuns: 600 * SCALE },
		);
	});

	it.each([
		['our BIFF8', file],
		['SheetJS BIFF8', sheetJsFile('biff8')],
		['SheetJS BIFF5', sheetJsFile('biff5')],
		['SheetJS BIFF2', sheetJsFile('biff2')],
	])(
		'reads rows or throws a known IntakeError when bytes of %s are flipped or the file is cut',
		async (_name, original) => {
			await fc.assert(
				fc.asyncProperty(flips, fc.option(fc.nat(), { nil: undefined }), async (changes, cut) => {
					let bytes = new Uint8Array(original);
					for (const [at, value] of changes) bytes[at % bytes.length] = value;
					if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
					await readOrKnownError(bytes);
				}),
				{ numRuns: 400 * SCALE },
			);
		},
	);

	it('reads rows or throws a known IntakeError on damaged HTML and SpreadsheetML', async () => {
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(
			wb,
			XLSX.utils.aoa_to_sheet([
				['Name', 'N'],
				['Jane & co', 5],
				['<b>x</b>', 6],
			]),
			'S',
		);
		const originals = (['html', 'xlml'] as const).map(
			(bookType) => new Uint8Array(XLSX.write(wb, { bookType, type: 'array' })),
		);
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(0, 1),
				flips,
				fc.option(fc.nat(), { nil: undefined }),
				async (which, changes, cut) => {
					let bytes = new Uint8Array(originals[which]);
					for (const [at, value] of changes) bytes[at % bytes.length] = value === 0 ? 0x3c : value;
					if (cut !== undefined) bytes = bytes.subarray(0, cut % bytes.length);
					await readOrKnownError(bytes);
				},
			),
			{ numRuns: 400 * SCALE },
		);
	});
});
