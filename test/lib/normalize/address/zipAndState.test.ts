import { tokenize } from '../../../../lib/normalize/address/tokens';
import type { AddressParts } from '../../../../lib/normalize/address/types';
import {
	stateEndingAt,
	takeStateBeforeCity,
	takeZipAndState,
	uspsZip,
} from '../../../../lib/normalize/address/zipAndState';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

/** What takeZipAndState takes from the end of `text`, and the words it leaves. */
function take(text: string, format: 'asWritten' | 'usps' = 'asWritten') {
	const tokens = tokenize(text);
	const parts: AddressParts = {};
	const end = takeZipAndState(tokens, tokens.length, parts, format);
	return { parts, rest: tokens.slice(0, end).map((t) => t.text) };
}

describe('stateEndingAt', () => {
	it('reads a state name as its USPS code', () => {
		expect(stateEndingAt(tokenize('Wake Forest, North Carolina'), 4)).toEqual([2, 'NC']);
		expect(stateEndingAt(tokenize('Chicago Illinois'), 2)).toEqual([1, 'IL']);
	});
	it('reads a code written with periods: "N.Y."', () => {
		expect(stateEndingAt(tokenize('Albany N.Y.'), 2)).toEqual([1, 'NY']);
	});
	it('reads "9 Front St Washington DC" as the city and the state\'s code, not "Washington DC"', () => {
		expect(stateEndingAt(tokenize('9 Front St Washington DC'), 5)).toEqual([1, 'DC']);
		expect(splitAddress('9 Front St Washington DC 20001')).toEqual({
			street: '9 Front St',
			city: 'Washington',
			state: 'DC',
			zip: '20001',
		});
	});
	it('finds no state in a lone word or a word that is none', () => {
		expect(stateEndingAt(tokenize('IL'), 1)).toBeUndefined();
		expect(stateEndingAt(tokenize('Main Street'), 2)).toBeUndefined();
	});
});

describe('takeZipAndState', () => {
	it('takes a full ZIP wherever it ends the text: "02110", "62704-1234", "627041234"', () => {
		expect(take('Boston MA 02110')).toEqual({
			parts: { state: 'MA', zip: '02110' },
			rest: ['Boston'],
		});
		expect(take('Springfield IL 62704-1234').parts.zip).toBe('62704-1234');
		expect(take('Springfield IL 627041234').parts.zip).toBe('627041234');
		expect(take('12 Main St 02110')).toEqual({
			parts: { zip: '02110' },
			rest: ['12', 'Main', 'St'],
		});
	});
	it('takes "2110", "9151-2100" and "6065460610" only right after a state', () => {
		expect(take('Boston MA 2110').parts).toEqual({ state: 'MA', zip: '2110' });
		expect(take('Boston MA 9151-2100').parts).toEqual({ state: 'MA', zip: '9151-2100' });
		expect(take('Boston MA 6065460610').parts).toEqual({ state: 'MA', zip: '6065460610' });
		expect(take('12 Main St 2110')).toEqual({ parts: {}, rest: ['12', 'Main', 'St', '2110'] });
	});
	it('takes a ZIP in two digit groups after a state: "041 01"', () => {
		expect(take('Boston MA 041 01')).toEqual({
			parts: { state: 'MA', zip: '041 01' },
			rest: ['Boston'],
		});
	});
	it('drops a trailing period, comma or quote from the ZIP', () => {
		expect(take('Boston MA 02110.').parts.zip).toBe('02110');
	});
	it('writes the USPS form on request, a dropped leading zero put back: "Boston MA 2110" → "02110"', () => {
		expect(take('Boston MA 2110', 'usps').parts.zip).toBe('02110');
		expect(take('Saint Louis MO 631242055', 'usps').parts.zip).toBe('63124-2055');
		expect(take('Saint Louis MO 631242055').parts.zip).toBe('631242055');
	});
});

describe('takeStateBeforeCity', () => {
	it('reads "101 E Market St Unit 17771 CA Long Beach 90807": the state written ahead of the city', () => {
		const tokens = tokenize('101 E Market St Unit 17771 CA Long Beach');
		const parts: AddressParts = {};
		expect(takeStateBeforeCity(tokens, tokens.length, parts)).toBe(6);
		expect(parts).toEqual({ state: 'CA', city: 'Long Beach' });
		expect(splitAddress('101 E Market St Unit 17771 CA Long Beach 90807')).toEqual({
			street: '101 E Market St',
			unit: 'Unit 17771',
			city: 'Long Beach',
			state: 'CA',
			zip: '90807',
		});
	});
	it('leaves a code that no known place or number follows or precedes', () => {
		const tokens = tokenize('12 Main St Apt CA Nowhereville');
		const parts: AddressParts = {};
		expect(takeStateBeforeCity(tokens, tokens.length, parts)).toBe(tokens.length);
		expect(parts).toEqual({});
	});
});

describe('uspsZip', () => {
	it('writes ZIP+4 with a dash: "12345-6789"', () => {
		expect(uspsZip('123456789', 'IL')).toBe('12345-6789');
		expect(uspsZip('12345 6789', undefined)).toBe('12345-6789');
	});
	it('puts back a leading zero in the states whose ZIPs start with 0', () => {
		expect(uspsZip('2110', 'MA')).toBe('02110');
		expect(uspsZip('21101234', 'MA')).toBe('02110-1234');
		expect(uspsZip('2110', 'IL')).toBe('2110');
	});
	it('keeps other digit runs as written', () => {
		expect(uspsZip('6065460610', 'MA')).toBe('6065460610');
		expect(uspsZip('ABC', 'MA')).toBe('ABC');
	});
});
