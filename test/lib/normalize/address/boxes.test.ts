import {
	hasPostOfficeBoxIn,
	lockboxAt,
	poBoxAt,
	poBoxDesignatorLength,
	startsNumberedPoBox,
	startsPoBox,
} from '../../../../lib/normalize/address/boxes';
import { tokenize } from '../../../../lib/normalize/address/tokens';

const designator = (text: string) => poBoxDesignatorLength(tokenize(text), 0);

describe('poBoxDesignatorLength', () => {
	it.each([
		['PO Box 42', 2],
		['P.O. Box 42', 2],
		['P O Box 42', 3],
		['Post Office Box 42', 3],
		['Post Office 42', 2],
		['POB 42', 1],
		['Box 42', 1],
		['Drawer 7', 1],
	])('counts the words of the designator of "%s": %i', (text, words) => {
		expect(designator(text)).toBe(words);
	});
	it('is 0 where no PO box starts', () => {
		expect(designator('PO 42')).toBe(0);
		expect(designator('Post Office Road')).toBe(0);
		expect(designator('P Street')).toBe(0);
		expect(designator('12 Main St')).toBe(0);
		expect(poBoxDesignatorLength(tokenize('PO Box'), 5)).toBe(0);
	});
	it('startsPoBox is its predicate', () => {
		expect(startsPoBox(tokenize('POB 42'), 0)).toBe(true);
		expect(startsPoBox(tokenize('Post 42'), 0)).toBe(false);
	});
});

describe('poBoxAt', () => {
	it('counts the "#" after the designator: "Box # 63"', () => {
		expect(poBoxAt(tokenize('Box # 63'), 0)).toBe(2);
		expect(poBoxAt(tokenize('PO Box 63'), 0)).toBe(2);
	});
	it('leaves a "#" after a comma alone', () => {
		expect(poBoxAt(tokenize('Box, # 63'), 0)).toBe(1);
	});
});

describe('startsNumberedPoBox', () => {
	it('sees "PO Box 12", not "lock box teller"', () => {
		expect(startsNumberedPoBox(tokenize('PO Box 12'), 0)).toBe(true);
		expect(startsNumberedPoBox(tokenize('lock box teller'), 1)).toBe(false);
	});
});

describe('hasPostOfficeBoxIn', () => {
	it('finds a "PO Box" later in the line, but not a bare "Box" or "Drawer"', () => {
		const tokens = tokenize('box # 2806 po box 8500');
		expect(hasPostOfficeBoxIn(tokens, 1, tokens.length)).toBe(true);
		expect(hasPostOfficeBoxIn(tokens, 0, 3)).toBe(false);
		expect(hasPostOfficeBoxIn(tokenize('Drawer 7 Box 9'), 0, 4)).toBe(false);
	});
});

describe('lockboxAt', () => {
	it.each([
		['lockbox 1007', 2],
		['lock box # 427', 4],
		['lbx 427', 2],
		['lb # 842467', 3],
		['lockbox no 12', 3],
	])('counts "%s" with its number: %i', (text, length) => {
		const tokens = tokenize(text);
		expect(lockboxAt(tokens, 0, tokens.length)).toBe(length);
	});
	it('wants a number inside the bound', () => {
		const tokens = tokenize('lock box # 427 Jamison');
		expect(lockboxAt(tokens, 0, 5)).toBe(4);
		expect(lockboxAt(tokens, 0, 3)).toBe(0);
		expect(lockboxAt(tokenize('lockbox teller'), 0, 2)).toBe(0);
	});
	it('takes "lb" as a lockbox only before a number or "#" ("12 lb bag" is none)', () => {
		expect(lockboxAt(tokenize('lb bag 12'), 0, 3)).toBe(0);
	});
});
