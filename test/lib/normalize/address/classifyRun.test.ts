import {
	hasTrailingSuiteNumber,
	hasTrailingUnitLetter,
	isBuildingPart,
	isIdentifierAfterStreet,
	isLoneIdentifierAfterStreet,
	isNameAheadOfCity,
	isRecipientLine,
	isShortCodeAndNumber,
	leadingDirectionals,
	placeRun,
	type RunPlace,
} from '../../../../lib/normalize/address/classifyRun';
import type { StreetLines } from '../../../../lib/normalize/address/lines';
import { tokenize } from '../../../../lib/normalize/address/tokens';
import { splitAddress } from '../../../../lib/normalize/splitAddress';

const noStreet = (): StreetLines => ({ street: [], units: [], recipient: [], hasBox: false });
const afterStreet = (): StreetLines => ({
	street: [tokenize('12 Main St')],
	units: [],
	recipient: [],
	hasBox: false,
});
const place = (over: Partial<RunPlace> = {}): RunPlace => ({
	group: 0,
	groupCount: 1,
	hasCity: true,
	streetGroup: 0,
	...over,
});

describe('recipient rules', () => {
	it('reads "Budd Insurance Agency Coldwater MI 49036": no number and no street word ahead of the city, so a name', () => {
		expect(isNameAheadOfCity(tokenize('Budd Insurance Agency'), place(), noStreet())).toBe(true);
		expect(isNameAheadOfCity(tokenize('Budd Road'), place(), noStreet())).toBe(false);
		expect(
			isNameAheadOfCity(tokenize('Budd Insurance'), place({ hasCity: false }), noStreet()),
		).toBe(false);
		expect(splitAddress('Budd Insurance Agency Coldwater MI 49036')).toEqual({
			recipient: 'Budd Insurance Agency',
			city: 'Coldwater',
			state: 'MI',
			zip: '49036',
		});
	});
	it('reads "Office of General Counsel, 820 N. Michigan Avenue": a line ahead of the street', () => {
		const line = tokenize('Office of General Counsel');
		expect(isRecipientLine(line, place({ groupCount: 2, streetGroup: 1 }), noStreet())).toBe(true);
		expect(isRecipientLine(line, place({ groupCount: 2, streetGroup: 0 }), noStreet())).toBe(false);
	});
	it('reads "JANE DOE\\n ACME INC\\n 12 MAIN ST": recipient lines of a label', () => {
		expect(splitAddress('JANE DOE\n ACME INC\n 12 MAIN ST\n SPRINGFIELD IL 62704')).toEqual({
			recipient: 'JANE DOE, ACME INC',
			street: '12 MAIN ST',
			city: 'SPRINGFIELD',
			state: 'IL',
			zip: '62704',
		});
	});
	it('reads "Attn: Accounts" as a recipient anywhere', () => {
		expect(isRecipientLine(tokenize('Attn: Accounts'), place({ group: 3 }), afterStreet())).toBe(
			true,
		);
		expect(splitAddress('12 Main St, Attn: Accounts, Springfield, IL 62704')).toMatchObject({
			street: '12 Main St',
			recipient: 'Attn: Accounts',
		});
	});
	it('keeps a building line ahead of the street: "Union Station, 12 Main St"', () => {
		expect(isRecipientLine(tokenize('Union Station'), place({ streetGroup: 1 }), noStreet())).toBe(
			false,
		);
	});
});

describe('unit rules', () => {
	it('reads "111 W. Monroe, 12C, Chicago" and "4101 winnfield road, 106 d": an identifier after the street line is its unit', () => {
		expect(isIdentifierAfterStreet(tokenize('12C'), afterStreet())).toBe(true);
		expect(isIdentifierAfterStreet(tokenize('106 d'), afterStreet())).toBe(true);
		expect(isIdentifierAfterStreet(tokenize('106 Elm'), afterStreet())).toBe(false);
		expect(isIdentifierAfterStreet(tokenize('12C'), noStreet())).toBe(false);
		expect(splitAddress('111 W. Monroe, 12C, Chicago, IL 60603')).toEqual({
			street: '111 W. Monroe',
			unit: '12C',
			city: 'Chicago',
			state: 'IL',
			zip: '60603',
		});
		expect(splitAddress('4101 winnfield road, 106 d, Baton Rouge, LA 70809')).toMatchObject({
			street: '4101 winnfield road',
			unit: '106 d',
		});
	});
	it('reads "1800 M Street, NW North Tower, Ste. 700": a part of the building after the street is a unit, a directional ahead of it ends the street', () => {
		const run = tokenize('NW North Tower');
		expect(isBuildingPart(run, afterStreet())).toBe(true);
		expect(leadingDirectionals(run)).toBe(1);
		expect(splitAddress('1800 M Street, NW North Tower, Ste. 700, Washington, DC 20036')).toEqual({
			street: '1800 M Street, NW',
			unit: 'North Tower Ste. 700',
			city: 'Washington',
			state: 'DC',
			zip: '20036',
		});
	});
	it('reads "12th Floor Executive Conference Room" after the street as its unit', () => {
		expect(isBuildingPart(tokenize('Executive Conference Room'), afterStreet())).toBe(true);
		expect(isBuildingPart(tokenize('West Hall'), afterStreet())).toBe(true);
		expect(isBuildingPart(tokenize('West Hall'), noStreet())).toBe(false);
		expect(
			splitAddress('1 Main St, 12th Floor Executive Conference Room, Springfield, IL 62704'),
		).toMatchObject({ street: '1 Main St', unit: '12th Floor Executive Conference Room' });
	});
	it('reads "OU Health Sciences Center P.O. Box 26901, SCB 223": a short code and a number after the street line is a unit', () => {
		expect(isShortCodeAndNumber(tokenize('SCB 223'), afterStreet())).toBe(true);
		expect(isShortCodeAndNumber(tokenize('Hwy 223'), afterStreet())).toBe(false);
		expect(isShortCodeAndNumber(tokenize('Box 223'), afterStreet())).toBe(false);
		expect(
			splitAddress('OU Health Sciences Center P.O. Box 26901, SCB 223, Oklahoma City, OK 73126'),
		).toMatchObject({ street: 'OU Health Sciences Center P.O. Box 26901', unit: 'SCB 223' });
	});
	it('reads "111 W. Monroe, B12, Chicago, IL": a lone identifier after the street line is its unit', () => {
		expect(isLoneIdentifierAfterStreet(tokenize('B12'), afterStreet())).toBe(true);
		expect(isLoneIdentifierAfterStreet(tokenize('B'), afterStreet())).toBe(false);
		expect(splitAddress('111 W. Monroe, B12, Chicago, IL 60603')).toMatchObject({
			street: '111 W. Monroe',
			unit: 'B12',
		});
	});
});

describe('trailing unit rules', () => {
	it('reads "101 W. Grand Ave. 600": a trailing number after the street name is a suite', () => {
		expect(hasTrailingSuiteNumber(tokenize('101 W. Grand Ave. 600'))).toBe(true);
		expect(hasTrailingSuiteNumber(tokenize('100 Highway 212'))).toBe(false);
		expect(hasTrailingSuiteNumber(tokenize('100 Route No 5'))).toBe(false);
		expect(hasTrailingSuiteNumber(tokenize('12 Main St N 5'))).toBe(true);
		expect(hasTrailingSuiteNumber(tokenize('12 Main N 5'))).toBe(false);
		expect(splitAddress('101 W. Grand Ave. 600 Chicago IL 60654')).toEqual({
			street: '101 W. Grand Ave.',
			unit: '600',
			city: 'Chicago',
			state: 'IL',
			zip: '60654',
		});
	});
	it('reads "720 10th Ave SW A": a letter after the street\'s directional is its unit', () => {
		expect(hasTrailingUnitLetter(tokenize('720 10th Ave SW A'))).toBe(true);
		expect(hasTrailingUnitLetter(tokenize('720 10th Ave SW N'))).toBe(false);
		expect(splitAddress('720 10th Ave SW A Seattle WA 98101')).toMatchObject({
			street: '720 10th Ave SW',
			unit: 'A',
		});
	});
});

describe('placeRun', () => {
	it('puts a street line on the street, less its trailing suite', () => {
		const lines = noStreet();
		placeRun(tokenize('101 W. Grand Ave. 600'), place({ hasCity: false }), lines);
		expect(lines.units).toEqual(['600']);
		expect(lines.street.map((r) => r.map((t) => t.text).join(' '))).toEqual(['101 W. Grand Ave.']);
	});
});
