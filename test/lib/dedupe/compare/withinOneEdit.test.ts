import fc from 'fast-check';
import { withinOneEdit } from '../../../../lib/dedupe/compare/withinOneEdit';
import { editDistance } from '../../../../lib/normalize/text';

const whole = (a: string, b: string) => withinOneEdit(a, 0, a.length, b, 0, b.length);

describe('withinOneEdit', () => {
	it('answers true for equal texts and for one change, drop, addition or adjacent swap', () => {
		expect(whole('60614', '60614')).toBe(true);
		expect(whole('60614', '60615')).toBe(true);
		expect(whole('60614', '6064')).toBe(true);
		expect(whole('jon', 'john')).toBe(true);
		expect(whole('60614', '60641')).toBe(true);
		expect(whole('', 'a')).toBe(true);
	});

	it('answers false for two edits or more', () => {
		expect(whole('60614', '61604')).toBe(false);
		expect(whole('abc', 'cab')).toBe(false);
		expect(whole('jon', 'johnny')).toBe(false);
		expect(whole('19850307', '19850703')).toBe(false);
	});

	it('reads only the stretches it is given', () => {
		// the mailbox names of two addresses, one letter apart, with different domains after them
		expect(withinOneEdit('jon@x.com', 0, 3, 'john@y.org', 0, 4)).toBe(true);
		expect(withinOneEdit('jon@x.com', 3, 9, 'john@y.org', 4, 10)).toBe(false);
	});

	it('agrees with editDistance(a, b, 1) ≤ 1 (property)', () => {
		const text = fc.stringMatching(/^[ab1]{0,7}$/);
		fc.assert(
			fc.property(text, text, (a, b) => {
				expect(whole(a, b)).toBe(editDistance(a, b, 1) <= 1);
			}),
			{ numRuns: 5000 },
		);
	});
});
