import { findCityStart, streetEnd } from '../../../../lib/normalize/address/findCity';
import { tokenize } from '../../../../lib/normalize/address/tokens';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

/** The street words streetEnd finds at the start of `text`, or '' for none. */
function streetOf(text: string): string {
	const tokens = tokenize(text);
	const end = streetEnd(tokens, 0, tokens.length);
	return end < 0
		? ''
		: tokens
				.slice(0, end)
				.map((t) => t.text)
				.join(' ');
}

/** The city findCityStart finds in the last comma group of `text`, before `state`. */
function cityOf(text: string, state: string): string {
	const tokens = tokenize(text);
	let a = tokens.length - 1;
	while (a > 0 && !tokens[a - 1].comma) a--;
	const start = findCityStart(tokens, 0, [a, tokens.length], a > 0, state);
	return tokens
		.slice(start)
		.map((t) => t.text)
		.join(' ');
}

describe('streetEnd', () => {
	it('ends the street at its type: "23485 Western Ave Park Forest"', () => {
		expect(streetEnd(tokenize('23485 Western Ave Park Forest'), 0, 5)).toBe(3);
	});
	it('reads "4788 Lake Mirror Place": a type word right after the house number names the street when another type follows', () => {
		expect(streetOf('4788 Lake Mirror Place Springfield')).toBe('4788 Lake Mirror Place');
		expect(streetOf('4788 Ave Mirror Place Springfield')).toBe('4788 Ave');
	});
	it('ends a run of street types together: "Park Dr", "Street Dr"', () => {
		expect(streetOf('12 Park Dr Springfield')).toBe('12 Park Dr');
		expect(streetOf('12 Street Dr Springfield')).toBe('12 Street Dr');
	});
	it('keeps a route number and a short directional: "Highway 212", "Main St NW"', () => {
		expect(streetOf('100 Highway 212 Kenai')).toBe('100 Highway 212');
		expect(streetOf('12 Main St NW Washington')).toBe('12 Main St NW');
	});
	it('is -1 with no street type, and leaves a word for the city', () => {
		expect(streetEnd(tokenize('1320 West Webster Chiago'), 0, 4)).toBe(-1);
		expect(streetEnd(tokenize('12 Main St'), 0, 3)).toBe(-1);
	});
});

describe('findCityStart', () => {
	it('reads ", N Hanover,": a one-letter directional alone ahead of the city is part of its name', () => {
		expect(cityOf('12 Main St, N Hanover', 'PA')).toBe('N Hanover');
	});
	it('reads "Hwy. 31, W. White House": after a number the directional is the route\'s', () => {
		expect(cityOf('100 Hwy. 31, W. White House', 'TN')).toBe('White House');
		expect(splitAddress('100 Hwy. 31, W. White House, TN 37188')).toMatchObject({
			street: '100 Hwy. 31, W.',
			city: 'White House',
		});
	});
	it('reads "1105 Bolton Road, NW Atlanta": a directional at the head of the city group ends the street', () => {
		expect(cityOf('1105 Bolton Road, NW Atlanta', 'GA')).toBe('Atlanta');
		expect(splitAddress('1105 Bolton Road, NW Atlanta, GA 30318')).toMatchObject({
			street: '1105 Bolton Road, NW',
			city: 'Atlanta',
		});
	});
	it('takes a whole group with no street sign as the city', () => {
		expect(cityOf('12 Main St, Smallville', 'KS')).toBe('Smallville');
	});
	it('cuts after units and PO boxes ahead of the street: "department 0823 po box 120001 dallas"', () => {
		expect(cityOf('department 0823 po box 120001 dallas', 'TX')).toBe('dallas');
		expect(splitAddress('department 0823 po box 120001 dallas tx 75312')).toEqual({
			street: 'po box 120001',
			unit: 'department 0823',
			city: 'dallas',
			state: 'TX',
			zip: '75312',
		});
	});
	it('reads "box # 2806 po box 8500": boxes one after another', () => {
		expect(cityOf('box # 2806 po box 8500 dallas', 'TX')).toBe('dallas');
	});
	it('with no street type, ends the street at its last digit-bearing word ("Highway 212"), or one name word after a house number ("1320 West Webster Chiago")', () => {
		expect(cityOf('100 Highway 212 Smallville', 'AK')).toBe('Smallville');
		expect(cityOf('1320 West Webster Chiago', 'IL')).toBe('Chiago');
	});
});
