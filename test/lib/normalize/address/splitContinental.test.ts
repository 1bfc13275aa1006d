import {
	readPostcodeLine,
	splitContinental,
} from '../../../../lib/normalize/address/splitContinental';
import type { AddressParts } from '../../../../lib/normalize/address/types';

function split(lines: string[], country?: string): AddressParts | false {
	const parts: AddressParts = {};
	return splitContinental(lines, country, parts) && parts;
}

describe('readPostcodeLine', () => {
	it('reads postcode and city, with an Italian province after the city', () => {
		expect(readPostcodeLine('00100 Roma RM', 'IT')).toEqual({
			zip: '00100',
			city: 'Roma',
			state: 'RM',
			distinct: false,
		});
	});
	it('reads the postcode shapes of the Netherlands, Sweden, Poland and Portugal as distinct', () => {
		expect(readPostcodeLine('1012 NX Amsterdam', undefined)).toEqual({
			zip: '1012 NX',
			city: 'Amsterdam',
			distinct: true,
		});
		expect(readPostcodeLine('111 51 Stockholm', undefined)?.zip).toBe('111 51');
		expect(readPostcodeLine('00-001 Warszawa', undefined)?.zip).toBe('00-001');
		expect(readPostcodeLine('1100-053 Lisboa', undefined)?.zip).toBe('1100-053');
	});
	it('takes a country prefix off the postcode, and names the country by it', () => {
		expect(readPostcodeLine('D-10117 Berlin', undefined)).toEqual({
			zip: '10117',
			city: 'Berlin',
			country: 'DE',
			distinct: true,
		});
	});
	it('reads a province in brackets, a district number and Cedex', () => {
		expect(readPostcodeLine('28013 Madrid (Madrid)', 'ES')?.state).toBe('Madrid');
		expect(readPostcodeLine('110 00 Praha 1', undefined)?.city).toBe('Praha 1');
		expect(readPostcodeLine('75014 Paris Cedex 14', undefined)?.city).toBe('Paris Cedex 14');
	});
	it('reads a trailing country code as the country, and an Italian one as a province', () => {
		expect(readPostcodeLine('10117 Berlin DE', undefined)?.country).toBe('DE');
		expect(readPostcodeLine('09124 Cagliari CA', undefined)?.state).toBe('CA');
	});
	it('returns undefined for a US street line or a postcode of the wrong shape', () => {
		expect(readPostcodeLine('12345 Main Street', undefined)).toBeUndefined();
		expect(readPostcodeLine('Springfield IL 62704', undefined)).toBeUndefined();
		expect(readPostcodeLine('1012 Amsterdam', 'DE')).toBeUndefined();
	});
});

describe('splitContinental', () => {
	it('splits "street number, postcode city"', () => {
		expect(split(['Unter den Linden 77', '10117 Berlin'])).toEqual({
			street: 'Unter den Linden 77',
			city: 'Berlin',
			zip: '10117',
		});
	});
	it('keeps a line ahead of the street as the recipient, and one after it as the unit', () => {
		expect(split(['Bundeskanzleramt', 'Willy-Brandt-Straße 1', '10557 Berlin'])).toEqual({
			recipient: 'Bundeskanzleramt',
			street: 'Willy-Brandt-Straße 1',
			city: 'Berlin',
			zip: '10557',
		});
		expect(split(['Calle Mayor 5', '3º B', '28013 Madrid'])).toEqual({
			street: 'Calle Mayor 5',
			unit: '3º B',
			city: 'Madrid',
			zip: '28013',
		});
	});
	it('cuts one line after the house number or the street', () => {
		expect(split(['Unter den Linden 77 10117 Berlin'])).toMatchObject({
			street: 'Unter den Linden 77',
			zip: '10117',
		});
		expect(split(['10 Rue de Rivoli 75001 Paris'])).toMatchObject({
			street: '10 Rue de Rivoli',
			zip: '75001',
		});
	});
	it('joins a house number line to its street', () => {
		expect(split(['2', 'rue de la Reine', 'L-2418 Luxembourg'])).toMatchObject({
			street: '2, rue de la Reine',
			country: 'LU',
		});
		expect(split(['Via Roma', '1', '00184 Roma'])).toMatchObject({ street: 'Via Roma, 1' });
		expect(split(['C/ Gran Vía', '12', '2º izq.', '28013 Madrid'])).toEqual({
			street: 'C/ Gran Vía, 12',
			unit: '2º izq.',
			city: 'Madrid',
			zip: '28013',
		});
	});
	it('splits street and city without a postcode only when the country is known', () => {
		expect(split(['12 Rue Victor Hugo', 'Lyon'], 'FR')).toEqual({
			street: '12 Rue Victor Hugo',
			city: 'Lyon',
		});
		expect(split(['12 Rue Victor Hugo', 'Lyon'])).toBe(false);
	});
	it('returns false without a country for what a US address may be', () => {
		expect(split(['Suite 5', '1200 Broadway'])).toBe(false);
		expect(split(['Acme', '1200 Broadway'])).toBe(false);
		expect(split(['1200 Broadway'])).toBe(false);
	});
});
