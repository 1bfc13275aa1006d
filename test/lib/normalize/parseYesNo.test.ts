import { NO_WORDS, YES_WORDS } from '../../../lib/normalize/data/yesNoWords';
import { parseYesNo } from '../../../lib/normalize/parseYesNo';

describe('parseYesNo', () => {
	it('reads every yes word as true and every no word as false', () => {
		expect(YES_WORDS.map(parseYesNo)).toEqual(YES_WORDS.map(() => true));
		expect(NO_WORDS.map(parseYesNo)).toEqual(NO_WORDS.map(() => false));
	});
	it('ignores case and surrounding spaces', () => {
		expect(parseYesNo(' Yes ')).toBe(true);
		expect(parseYesNo('TRUE')).toBe(true);
		expect(parseYesNo('Unchecked')).toBe(false);
		expect(parseYesNo('\tN\n')).toBe(false);
	});
	it('leaves anything else undefined', () => {
		expect(parseYesNo('maybe')).toBeUndefined();
		expect(parseYesNo('')).toBeUndefined();
		expect(parseYesNo('yes please')).toBeUndefined();
		expect(parseYesNo('2')).toBeUndefined();
		expect(parseYesNo(1 as unknown as string)).toBeUndefined();
	});
	it('has no word that means both', () => {
		expect(YES_WORDS.filter((w) => NO_WORDS.includes(w))).toEqual([]);
	});
});
