import { parsePositional } from '../../../../lib/normalize/address/positional';
import type { AddressParts } from '../../../../lib/normalize/address/types';

function parse(text: string, format: 'asWritten' | 'usps' = 'asWritten'): AddressParts {
	const parts: AddressParts = {};
	parsePositional(text, parts, format);
	return parts;
}

describe('parsePositional', () => {
	it('reads ",Denver,CO,80202" left to right, the empty street left out', () => {
		expect(parse(',Denver,CO,80202')).toEqual({ city: 'Denver', state: 'CO', zip: '80202' });
	});
	it('reads ",,CO,80202" with no city', () => {
		expect(parse(',,CO,80202')).toEqual({ state: 'CO', zip: '80202' });
	});
	it('splits the street position into street and unit, and names state and country by code', () => {
		expect(parse('1 Main St Apt 2,Denver,Colorado,80202,USA')).toEqual({
			street: '1 Main St',
			unit: 'Apt 2',
			city: 'Denver',
			state: 'CO',
			zip: '80202',
			country: 'US',
		});
		expect(parse('1 Main St,Denver,co,80202,ca').country).toBe('CA');
		expect(parse('1 Main St,Denver,co,80202,ca').state).toBe('CO');
	});
	it('keeps a street line of another country whole, and its region as that country writes it', () => {
		expect(parse('Unter den Linden 77,Berlin,,10117,Deutschland')).toEqual({
			street: 'Unter den Linden 77',
			city: 'Berlin',
			zip: '10117',
			country: 'DE',
		});
		expect(parse('1 Main St,Toronto,Ontario,M5V 3L9,Canada').state).toBe('ON');
	});
	it('keeps a state or country it does not know as written', () => {
		expect(parse(',Lyon,Rhône,69001,République')).toEqual({
			city: 'Lyon',
			state: 'Rhône',
			zip: '69001',
			country: 'République',
		});
	});
	it('reads more than five fields as street lines at the front (a unit, a building)', () => {
		expect(parse('Building 4,1 Main St,Denver,CO,80202,US')).toEqual({
			street: '1 Main St',
			unit: 'Building 4',
			city: 'Denver',
			state: 'CO',
			zip: '80202',
			country: 'US',
		});
	});
	it('writes the ZIP in USPS form on request', () => {
		expect(parse(',Boston,MA,2110', 'usps').zip).toBe('02110');
		expect(parse(',Boston,MA,2110').zip).toBe('2110');
	});
});
