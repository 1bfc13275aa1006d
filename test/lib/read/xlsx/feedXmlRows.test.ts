import { createTextWindow } from '../../../../lib/read/xlsx/createTextWindow';
import { feedXmlRows, type RowScanner } from '../../../../lib/read/xlsx/feedXmlRows';
import type { RawRow } from '../../../../lib/read/rawRow';

/** A scanner of `<r>text</r>` elements that is done at `</t>`, and the window and take around it. */
function setUp() {
	let row = 0;
	const scanner: RowScanner & { done: boolean } = { done: false, rows: [] };
	const window = createTextWindow('part.xml', (s) => {
		const re = /<r>([^<]*)<\/r>|<\/t>/g;
		let used = 0;
		for (let m = re.exec(s); m; m = re.exec(s)) {
			if (m[0] === '</t>') scanner.done = true;
			else if (!scanner.done) scanner.rows.push({ row: ++row, cells: [m[1]] });
			used = re.lastIndex;
		}
		return used;
	});
	const take = (): RawRow[] => {
		const rows = scanner.rows;
		scanner.rows = [];
		return rows;
	};
	return { scanner, window, take };
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('feedXmlRows', () => {
	it('decodes the chunks, yields the rows once 512 or more are in hand, and leaves the rest to take', () => {
		const { scanner, window, take } = setUp();
		const xml = `<?xml version="1.0" encoding="UTF-8"?><t>${'<r>é</r>'.repeat(1100)}</t>`;
		// cut inside a two-byte character and inside an element
		const whole = bytes(xml);
		const chunks = [whole.subarray(0, 101), whole.subarray(101, 5000), whole.subarray(5000)];
		const batches = [...feedXmlRows(chunks, scanner, window, take)];
		// the chunks push 551 rows, then 549: each yielded as it came
		expect(batches.map((b) => b.length)).toEqual([551, 549]);
		const rest = take();
		expect(rest).toEqual([]);
		expect([batches[0][0], batches[1][548]]).toEqual([
			{ row: 1, cells: ['é'] },
			{ row: 1100, cells: ['é'] },
		]);
	});

	it('still draws the chunks after the table ends, without decoding them', () => {
		const { scanner, window, take } = setUp();
		let drawn = 0;
		function* chunks() {
			for (const part of ['<t><r>a</r></t>', 'trailing text', 'more']) {
				drawn++;
				yield bytes(part);
			}
		}
		expect([...feedXmlRows(chunks(), scanner, window, take)]).toEqual([]);
		expect(drawn).toBe(3);
		expect(take()).toEqual([{ row: 1, cells: ['a'] }]);
	});
});
