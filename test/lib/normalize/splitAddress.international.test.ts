import { splitAddress } from '../../../lib';
import {
	isUsCase,
	loadInternationalCases,
	scoreCase,
} from '../../fixtures/addresses/loadInternational';

describe('splitAddress on the international cases (test/fixtures/addresses/international.json)', () => {
	const cases = loadInternationalCases();
	const outcomes = cases.map((c) => ({ c, outcome: scoreCase(c, splitAddress(c.input)) }));

	it('has at least 150 addresses outside the US, each with its source', () => {
		expect(cases.filter((c) => !isUsCase(c)).length).toBeGreaterThanOrEqual(150);
		expect(cases.every((c) => c.source.length > 0)).toBe(true);
	});
	it('never splits an address wrongly', () => {
		expect(outcomes.filter((o) => o.outcome === 'wrongSplit').map((o) => o.c.input)).toEqual([]);
	});
	it('gets at least 95% of the non-US cases exactly right', () => {
		const foreign = outcomes.filter((o) => !isUsCase(o.c));
		const right = foreign.filter((o) => o.outcome === 'right').length;
		expect(right / foreign.length).toBeGreaterThanOrEqual(0.95);
	});
	it('gets every US address in the same shapes exactly right', () => {
		expect(
			outcomes.filter((o) => isUsCase(o.c) && o.outcome !== 'right').map((o) => o.c.input),
		).toEqual([]);
	});
});
