import fc from 'fast-check';
import { walkRecords } from '../../../../lib/read/xls/walkRecords';
import { bof, codepage, eof, label, number, rec, type Rec } from './biffFixtures';

function bytes(records: Rec[]): Uint8Array {
	return Uint8Array.from(
		records.flatMap(([id, body]) => [
			id & 0xff,
			id >>> 8,
			body.length & 0xff,
			body.length >>> 8,
			...body,
		]),
	);
}

/** Every record the walk shows, as [id, at, end], and where it stopped. */
function walk(stream: Uint8Array, offset = 0): { records: number[][]; pos: number } {
	const records = walkRecords(stream, offset);
	const seen: number[][] = [];
	while (records.next()) seen.push([records.id, records.at, records.end]);
	return { records: seen, pos: records.pos };
}

describe('walkRecords', () => {
	describe('a well-formed substream', () => {
		it('returns its records, without BOF and EOF, and stops after its EOF', () => {
			const stream = bytes([
				bof(0x0005),
				codepage(1252),
				eof(),
				bof(0x0010),
				number(0, 0, 1),
				eof(),
			]);
			// BOF is 4 + 16 bytes, CODEPAGE 4 + 2, EOF 4.
			expect(walk(stream)).toEqual({ records: [[0x0042, 24, 26]], pos: 30 });
		});

		it('returns the records of the substream at `offset`', () => {
			const stream = bytes([bof(0x0005), eof(), bof(0x0010), label(0, 0, 'a'), eof()]);
			expect(walk(stream, 24).records.map(([id]) => id)).toEqual([0x0204]);
		});

		it('steps over a substream nested inside, such as a chart in a sheet', () => {
			const stream = bytes([
				bof(0x0010),
				number(0, 0, 1),
				bof(0x0020),
				number(9, 9, 9),
				eof(),
				codepage(1252),
				eof(),
			]);
			expect(walk(stream).records.map(([id]) => id)).toEqual([0x0203, 0x0042]);
		});
	});

	describe('a reader that moves the walk on', () => {
		it('returns the record after the position it set', () => {
			const stream = bytes([
				bof(0x0005),
				rec(0x00fc, [1]),
				rec(0x003c, [2]),
				codepage(1252),
				eof(),
			]);
			const records = walkRecords(stream, 0);
			const ids: number[] = [];
			while (records.next()) {
				ids.push(records.id);
				// What an SST reader does with the CONTINUE after it.
				if (records.id === 0x00fc) records.pos = records.end + 5;
			}
			expect(ids).toEqual([0x00fc, 0x0042]);
		});
	});

	describe('damaged streams', () => {
		it('stops at a record running past the end, with pos at its start', () => {
			const stream = bytes([bof(0x0005), codepage(1252), rec(0x0022, [0, 0, 0, 0])]).subarray(
				0,
				32,
			);
			expect(walk(stream)).toEqual({ records: [[0x0042, 24, 26]], pos: 26 });
		});

		it('stops at the end of a stream with no EOF', () => {
			expect(walk(bytes([bof(0x0005), codepage(1252)]))).toEqual({
				records: [[0x0042, 24, 26]],
				pos: 26,
			});
		});

		it('returns false again once it has ended', () => {
			const records = walkRecords(bytes([bof(0x0005), eof(), bof(0x0010), codepage(1), eof()]), 0);
			expect([records.next(), records.next()]).toEqual([false, false]);
		});

		it('always ends, moving forward, whatever the bytes', () => {
			fc.assert(
				fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (stream, offset) => {
					const records = walkRecords(stream, offset % (stream.length + 1));
					let last = -1;
					let steps = 0;
					while (records.next()) {
						expect(records.at).toBeGreaterThan(last);
						expect(records.end).toBeLessThanOrEqual(stream.length);
						last = records.at;
						steps++;
					}
					expect(steps).toBeLessThanOrEqual(stream.length / 4);
				}),
				{ numRuns: 500 },
			);
		});
	});
});
