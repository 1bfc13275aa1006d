import type { StreetLines } from '../../../../lib/normalize/address/lines';
import { readGroup } from '../../../../lib/normalize/address/readGroup';
import { tokenize } from '../../../../lib/normalize/address/tokens';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

/** Reads `text` as one comma group: the run left, and what went to the lines. */
function read(text: string) {
	const tokens = tokenize(text);
	const lines: StreetLines = { street: [], units: [], recipient: [], hasBox: false };
	const run = readGroup(tokens, 0, tokens.length, lines);
	return { run: run.map((t) => t.text).join(' '), units: lines.units, recipient: lines.recipient };
}

describe('readGroup', () => {
	it('leaves the street words as the run, and takes the unit out', () => {
		expect(read('12 Main St Apt 4B')).toEqual({
			run: '12 Main St',
			units: ['Apt 4B'],
			recipient: [],
		});
	});

	describe('attention text', () => {
		it('reads "1301 Bertha Howe Ave # 6 attn Desert Valley Ent": the rest of the line is for someone\'s attention', () => {
			expect(read('1301 Bertha Howe Ave # 6 attn Desert Valley Ent')).toEqual({
				run: '1301 Bertha Howe Ave',
				units: ['# 6'],
				recipient: ['attn Desert Valley Ent'],
			});
		});
	});

	describe('boxes and lockboxes', () => {
		it('reads "lockbox 9351 po box 8500": the lockbox is a unit of the PO box', () => {
			expect(read('lockbox 9351 po box 8500')).toEqual({
				run: 'po box 8500',
				units: ['lockbox 9351'],
				recipient: [],
			});
		});
		it('reads "box # 2806 po box 8500" and "p.o. box 850001 box # 0123": a second box is a unit of the first', () => {
			expect(read('box # 2806 po box 8500')).toEqual({
				run: 'po box 8500',
				units: ['box # 2806'],
				recipient: [],
			});
			expect(read('p.o. box 850001 box # 0123')).toEqual({
				run: 'p.o. box 850001',
				units: ['box # 0123'],
				recipient: [],
			});
		});
		it('keeps a lockbox ("lockbox 1007 po box 4829", "6000 Feldwood Rd lbx # 402605") and a PO box on the delivery line', () => {
			expect(splitAddress('lockbox 1007 po box 4829 Springfield IL 62704')).toEqual({
				street: 'po box 4829',
				unit: 'lockbox 1007',
				city: 'Springfield',
				state: 'IL',
				zip: '62704',
			});
			expect(read('6000 Feldwood Rd lbx # 402605')).toEqual({
				run: '6000 Feldwood Rd lbx # 402605',
				units: [],
				recipient: [],
			});
		});
		it('reads the rural routes "RR 3 Box 9" and "HC 64 Box 12" as one delivery line', () => {
			expect(read('RR 3 Box 9').run).toBe('RR 3 Box 9');
			expect(read('HC 64 Box 12').run).toBe('HC 64 Box 12');
		});
	});

	describe('text ahead of the street line', () => {
		it('reads "TWILIO 645 Harrison St", "Plantation 3520 West Broward Blvd": one name word ahead of a house number', () => {
			expect(read('TWILIO 645 Harrison St')).toEqual({
				run: '645 Harrison St',
				units: [],
				recipient: ['TWILIO'],
			});
			expect(read('Plantation 3520 West Broward Blvd')).toEqual({
				run: '3520 West Broward Blvd',
				units: [],
				recipient: ['Plantation'],
			});
		});
		it('reads "Acme Inc 12 Main St", "Mellon Bank lockbox 360172 500 Ross St.": text ahead of the street line names a recipient', () => {
			expect(read('Acme Inc 12 Main St')).toEqual({
				run: '12 Main St',
				units: [],
				recipient: ['Acme Inc'],
			});
			expect(read('Mellon Bank lockbox 360172 500 Ross St.')).toEqual({
				run: 'lockbox 360172 500 Ross St.',
				units: [],
				recipient: ['Mellon Bank'],
			});
		});
		it('keeps "North Main 12" whole: street words are no name', () => {
			expect(read('North Main 12 Main St').recipient).toEqual([]);
		});
	});

	describe('units', () => {
		it('reads "Mile K Beach Road # 1": on a street line with no house number, the "#" number is the house\'s', () => {
			expect(read('Mile K Beach Road # 1')).toEqual({
				run: 'Mile K Beach Road # 1',
				units: [],
				recipient: [],
			});
			expect(read('12 Beach Road # 1').units).toEqual(['# 1']);
		});
		it('reads "3590 South State Road 7 Suite 28 Reference Division": words after the unit that are no street are the recipient\'s', () => {
			expect(read('3590 South State Road 7 Suite 28 Reference Division')).toEqual({
				run: '3590 South State Road 7',
				units: ['Suite 28'],
				recipient: ['Reference Division'],
			});
		});
		it('keeps street words after a unit on the street: "12 Main St Apt 4 North"', () => {
			expect(read('12 Main St Apt 4 North')).toEqual({
				run: '12 Main St North',
				units: ['Apt 4'],
				recipient: [],
			});
		});
	});
});
