import { createRowBuilder } from '../../../lib/read/createRowBuilder';

describe('createRowBuilder', () => {
	describe('ordinary headers', () => {
		it('returns a plain object of header → cell, in header order', () => {
			const row = createRowBuilder(['Name', 'City'])(['Ann', 'Oslo']);
			expect(row).toEqual({ Name: 'Ann', City: 'Oslo' });
			expect(Object.keys(row)).toEqual(['Name', 'City']);
			expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		});

		it('fills missing cells with "" and ignores cells past the headers', () => {
			const build = createRowBuilder(['a', 'b', 'c']);
			expect(build(['1'])).toEqual({ a: '1', b: '', c: '' });
			expect(build(['1', '2', '3', '4'])).toEqual({ a: '1', b: '2', c: '3' });
		});

		it('returns a new object for each row', () => {
			const build = createRowBuilder(['a']);
			expect(build(['1'])).not.toBe(build(['1']));
		});

		it('is not changed by later changes to the headers array', () => {
			const headers = ['a'];
			const build = createRowBuilder(headers);
			headers.push('b');
			expect(build(['1', '2'])).toEqual({ a: '1' });
		});
	});

	describe('hostile headers', () => {
		it('defines __proto__ as an own, enumerable property without touching the prototype', () => {
			const row = createRowBuilder(['__proto__', 'Name'])(['{"polluted":true}', 'Jane']);
			expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
			expect(Object.getOwnPropertyDescriptor(row, '__proto__')).toEqual({
				value: '{"polluted":true}',
				enumerable: true,
				writable: true,
				configurable: true,
			});
			expect(Object.keys(row)).toEqual(['__proto__', 'Name']);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});

		it('keeps constructor and prototype as own values, shown by JSON and spreads', () => {
			const row = createRowBuilder(['constructor', 'prototype'])(['c', 'p']);
			expect(JSON.parse(JSON.stringify(row))).toEqual({ constructor: 'c', prototype: 'p' });
			expect({ ...row }.constructor).toBe('c');
		});

		it('fills a missing hostile cell with "" too', () => {
			const row = createRowBuilder(['a', '__proto__'])(['1']);
			expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('');
		});

		it('keeps lookalike names (__proto__ (2), hasOwnProperty) as ordinary keys', () => {
			const row = createRowBuilder(['__proto__ (2)', 'hasOwnProperty'])(['x', 'y']);
			expect(row).toEqual({ '__proto__ (2)': 'x', hasOwnProperty: 'y' });
		});
	});
});
