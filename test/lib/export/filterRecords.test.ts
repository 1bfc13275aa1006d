import fc from 'fast-check';
import { filterRecords } from '../../../lib/export/filterRecords';
import type { ExportRecord, FilterCondition, FilterGroup } from '../../../lib/export/types';

const names = (rs: ExportRecord[]): unknown[] => rs.map((r) => r.name);
const and = (...conditions: FilterGroup['conditions']): FilterGroup => ({
	operator: 'and',
	conditions,
});
const or = (...conditions: FilterGroup['conditions']): FilterGroup => ({
	operator: 'or',
	conditions,
});

describe('filterRecords', () => {
	describe('numbers and dates in any written form', () => {
		const records: ExportRecord[] = [
			{ name: 'José', since: '2025-01-05', fee: '1,234.5' },
			{ name: 'Zoë', since: '1/5/2025', fee: 1234.5 },
			{ name: 'Łukasz', since: new Date('2025-01-05T00:00:00Z'), fee: '1234.50' },
			{ name: 'Ana', since: 'Jan 6, 2025', fee: '-12' },
			{ name: 'Bo', since: '2024-12-31T23:00:00', fee: 'n/a' },
			{ name: 'Cy', since: '', fee: null },
		];

		it('returns every written form of the same day for eq', () => {
			expect(
				names(filterRecords(records, and({ field: 'since', operator: 'eq', value: '01/05/2025' }))),
			).toEqual(['José', 'Zoë', 'Łukasz']);
			expect(
				names(
					filterRecords(
						records,
						and({ field: 'since', operator: 'eq', value: new Date('2025-01-05T00:00:00Z') }),
					),
				),
			).toEqual(['José', 'Zoë', 'Łukasz']);
		});

		it('returns every written form of the same number for eq', () => {
			expect(
				names(filterRecords(records, and({ field: 'fee', operator: 'eq', value: 1234.5 }))),
			).toEqual(['José', 'Zoë', 'Łukasz']);
			expect(
				names(filterRecords(records, and({ field: 'fee', operator: 'eq', value: '1,234.50' }))),
			).toEqual(['José', 'Zoë', 'Łukasz']);
		});

		it('compares dates as dates for gt/gte/lt/lte, leaving out values that are not dates', () => {
			expect(
				names(filterRecords(records, and({ field: 'since', operator: 'gt', value: '2025-01-05' }))),
			).toEqual(['Ana']);
			expect(
				names(filterRecords(records, and({ field: 'since', operator: 'gte', value: '1/5/2025' }))),
			).toEqual(['José', 'Zoë', 'Łukasz', 'Ana']);
			expect(
				names(
					filterRecords(records, and({ field: 'since', operator: 'lt', value: 'January 5, 2025' })),
				),
			).toEqual(['Bo']);
			expect(
				names(
					filterRecords(records, and({ field: 'since', operator: 'lte', value: '2025-01-05' })),
				),
			).toEqual(['José', 'Zoë', 'Łukasz', 'Bo']);
		});

		it('compares numbers as numbers, not as text (9 < 10)', () => {
			const rs = [
				{ name: 'a', n: '9' },
				{ name: 'b', n: '10' },
				{ name: 'c', n: 100 },
			];
			expect(names(filterRecords(rs, and({ field: 'n', operator: 'gt', value: '9' })))).toEqual([
				'b',
				'c',
			]);
			expect(
				names(filterRecords(records, and({ field: 'fee', operator: 'lt', value: 0 }))),
			).toEqual(['Ana']);
		});

		it('reads a column of day-first dates day-first (detected over all records)', () => {
			const rs = [
				{ name: 'a', d: '03/04/2025' },
				{ name: 'b', d: '25/12/2024' },
			];
			expect(
				names(filterRecords(rs, and({ field: 'd', operator: 'eq', value: '2025-04-03' }))),
			).toEqual(['a']);
			expect(
				names(
					filterRecords(rs, and({ field: 'd', operator: 'eq', value: '2025-03-04' }), {
						dateOrder: 'MDY',
					}),
				),
			).toEqual(['a']);
		});
	});

	describe('text', () => {
		const records: ExportRecord[] = [
			{ name: 'José', city: 'São Paulo', tags: ['VIP', 'new'] },
			{ name: 'Jose', city: 'sao paulo', tags: [] },
			{ name: 'ZOË', city: '  Boston ', tags: ['old'] },
			{ name: 'Zoe\u0308', city: null },
		];

		it('compares case-insensitively, accents counting, composed and decomposed alike', () => {
			expect(
				names(filterRecords(records, and({ field: 'name', operator: 'eq', value: 'josé' }))),
			).toEqual(['José']);
			expect(
				names(filterRecords(records, and({ field: 'name', operator: 'eq', value: 'zoë' }))),
			).toEqual(['ZOË', 'Zoe\u0308']);
			expect(
				names(filterRecords(records, and({ field: 'city', operator: 'eq', value: 'boston' }))),
			).toEqual(['ZOË']);
		});

		it('handles contains, starts_with, ends_with and their negations', () => {
			expect(
				names(filterRecords(records, and({ field: 'city', operator: 'contains', value: 'PAULO' }))),
			).toEqual(['José', 'Jose']);
			expect(
				names(
					filterRecords(records, and({ field: 'city', operator: 'starts_with', value: 'são' })),
				),
			).toEqual(['José']);
			expect(
				names(filterRecords(records, and({ field: 'city', operator: 'ends_with', value: 'ton' }))),
			).toEqual(['ZOË']);
			expect(
				names(
					filterRecords(records, and({ field: 'city', operator: 'not_contains', value: 'paulo' })),
				),
			).toEqual(['ZOË', 'Zoe\u0308']);
		});

		it('matches a list when one of its items does, and in/not_in against a list or "a,b"', () => {
			expect(
				names(filterRecords(records, and({ field: 'tags', operator: 'eq', value: 'vip' }))),
			).toEqual(['José']);
			expect(
				names(
					filterRecords(records, and({ field: 'tags', operator: 'in', value: ['old', 'new'] })),
				),
			).toEqual(['José', 'ZOË']);
			expect(
				names(
					filterRecords(records, {
						filter_field: 'name',
						filter_operator: 'in',
						filter_value: 'jose, zoë',
					}),
				),
			).toEqual(['Jose', 'ZOË', 'Zoe\u0308']);
			expect(
				names(
					filterRecords(
						records,
						and({ field: 'name', operator: 'not_in', value: ['José', 'Jose'] }),
					),
				),
			).toEqual(['ZOË', 'Zoe\u0308']);
		});

		it('tells empty from not empty: missing, null, blank and [] are empty', () => {
			expect(names(filterRecords(records, and({ field: 'tags', operator: 'is_empty' })))).toEqual([
				'Jose',
				'Zoe\u0308',
			]);
			expect(
				names(filterRecords(records, and({ field: 'city', operator: 'is_not_empty' }))),
			).toEqual(['José', 'Jose', 'ZOË']);
		});
	});

	describe('groups and fields', () => {
		const records: ExportRecord[] = [
			{ name: 'a', status: 'open', client: { name: 'Acme', tier: 1 } },
			{ name: 'b', status: 'closed', client: { name: 'Globex', tier: 2 } },
			{ name: 'c', status: 'open', client: { name: 'Initech', tier: 3 } },
		];

		it('nests and/or groups and reads dotted paths', () => {
			const filter = and(
				{ field: 'status', operator: 'eq', value: 'open' },
				or(
					{ field: 'client.name', operator: 'eq', value: 'acme' },
					{ field: 'client.tier', operator: 'gte', value: 3 },
				),
			);
			expect(names(filterRecords(records, filter))).toEqual(['a', 'c']);
		});

		it('treats an empty and-group as all records and an empty or-group as none', () => {
			expect(filterRecords(records, and())).toHaveLength(3);
			expect(filterRecords(records, or())).toHaveLength(0);
		});

		it('never reads through a prototype: __proto__ and constructor are fields like any other', () => {
			const hostile = [JSON.parse('{"name":"x","__proto__":{"admin":true}}'), { name: 'y' }];
			expect(
				names(
					filterRecords(hostile, and({ field: '__proto__.admin', operator: 'eq', value: true })),
				),
			).toEqual(['x']);
			expect(
				names(filterRecords(hostile, and({ field: 'constructor', operator: 'is_not_empty' }))),
			).toEqual([]);
			expect(
				names(
					filterRecords(
						hostile,
						and({ field: 'constructor.name', operator: 'eq', value: 'Object' }),
					),
				),
			).toEqual([]);
			expect(({} as Record<string, unknown>).admin).toBeUndefined();
		});
	});

	describe('malformed filters', () => {
		const expectInvalid = (filter: unknown, message: RegExp): void => {
			expect(() => filterRecords([{ a: 1 }], filter as FilterGroup)).toThrow(
				expect.objectContaining({
					code: 'EXPORT_INVALID_FILTER',
					message: expect.stringMatching(message),
				}),
			);
		};

		it('names an unknown operator and where it is', () => {
			expectInvalid(
				and(
					{ field: 'a', operator: 'eq', value: 1 },
					or({ field: 'a', operator: 'like' as never, value: 1 }),
				),
				/^Invalid filter at filters\.conditions\[1\]\.conditions\[0\]: unknown operator "like" for "a"/,
			);
		});

		it('names a group without conditions or with a bad operator', () => {
			expectInvalid({ operator: 'and' }, /filters: the group has no `conditions` list/);
			expectInvalid(
				{ operator: 'xor', conditions: [] },
				/`operator` must be "and" or "or", got "xor"/,
			);
			expectInvalid(
				and({ operator: 'nand', conditions: [] } as never),
				/filters\.conditions\[0\]: a group's `operator`/,
			);
			expectInvalid('status = open', /expected a group/);
		});

		it('refuses a non-numeric, non-date value for gt/gte/lt/lte', () => {
			expectInvalid(
				and({ field: 'a', operator: 'gt', value: 'abc' }),
				/gt on "a" compares with "abc", which is neither a number/,
			);
			expectInvalid(
				{ filter_field: 'a', filter_operator: 'lte', filter_value: true },
				/^Invalid filter at filter_field\/filter_operator\/filter_value: lte on "a"/,
			);
		});

		it('refuses a missing field, a missing value and a non-list for in', () => {
			expectInvalid(
				and({ operator: 'eq', value: 1 } as unknown as FilterCondition),
				/`field` must be a field name/,
			);
			expectInvalid(
				and({ field: 'a', operator: 'eq' }),
				/eq on "a" needs a text, number, boolean or date value, got undefined/,
			);
			expectInvalid(and({ field: 'a', operator: 'in', value: { x: 1 } }), /in on "a" needs a list/);
		});

		it('refuses nesting deeper than 32 groups', () => {
			let deep: FilterGroup = and({ field: 'a', operator: 'eq', value: 1 });
			for (let i = 0; i < 31; i++) deep = and(deep);
			expect(filterRecords([{ a: 1 }], deep)).toHaveLength(1);
			expectInvalid(and(deep), /groups nest deeper than 32 levels/);
		});
	});

	describe('against a reference implementation', () => {
		// a plain reading of the operators, on records whose values are whole numbers or letters only
		type Rec = { a?: number; s?: string };
		const empty = (v: unknown): boolean =>
			v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
		const text = (v: unknown): string =>
			v === undefined || v === null ? '' : String(v).toLowerCase();
		const eq = (v: unknown, b: unknown): boolean =>
			empty(v)
				? empty(b)
				: typeof v === 'number' && typeof b === 'number'
					? v === b
					: text(v).trim() === text(b).trim();
		function reference(r: Rec, c: FilterCondition | FilterGroup): boolean {
			if ('conditions' in c)
				return c.operator === 'and'
					? c.conditions.every((x) => reference(r, x))
					: c.conditions.some((x) => reference(r, x));
			const v = (r as Record<string, unknown>)[c.field];
			const b = c.value;
			switch (c.operator) {
				case 'eq':
					return eq(v, b);
				case 'neq':
					return !eq(v, b);
				case 'contains':
					return !empty(v) && text(v).includes(text(b));
				case 'not_contains':
					return !(!empty(v) && text(v).includes(text(b)));
				case 'starts_with':
					return !empty(v) && text(v).trim().startsWith(text(b));
				case 'ends_with':
					return !empty(v) && text(v).trim().endsWith(text(b));
				case 'gt':
					return typeof v === 'number' && v > (b as number);
				case 'gte':
					return typeof v === 'number' && v >= (b as number);
				case 'lt':
					return typeof v === 'number' && v < (b as number);
				case 'lte':
					return typeof v === 'number' && v <= (b as number);
				case 'in':
					return (b as unknown[]).some((x) => eq(v, x));
				case 'not_in':
					return !(b as unknown[]).some((x) => eq(v, x));
				case 'is_empty':
					return empty(v);
				case 'is_not_empty':
					return !empty(v);
			}
		}
		const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' '), maxLength: 3 });
		const record = fc.record(
			{ a: fc.integer({ min: -3, max: 3 }), s: letters },
			{ requiredKeys: [] },
		);
		const scalar = (field: 'a' | 's'): fc.Arbitrary<string | number> =>
			field === 'a' ? fc.integer({ min: -3, max: 3 }) : letters;
		const condition: fc.Arbitrary<FilterCondition> = fc
			.constantFrom<'a' | 's'>('a', 's')
			.chain((field) =>
				fc.oneof(
					fc.record({
						field: fc.constant(field),
						operator: fc.constantFrom(
							'eq',
							'neq',
							'contains',
							'not_contains',
							'starts_with',
							'ends_with' as const,
						),
						value: scalar(field),
					}),
					fc.record({
						field: fc.constant(field),
						operator: fc.constantFrom('gt', 'gte', 'lt', 'lte' as const),
						value: fc.integer({ min: -3, max: 3 }),
					}),
					fc.record({
						field: fc.constant(field),
						operator: fc.constantFrom('in', 'not_in' as const),
						value: fc.array(scalar(field), { maxLength: 3 }),
					}),
					fc.record({
						field: fc.constant(field),
						operator: fc.constantFrom('is_empty', 'is_not_empty' as const),
					}),
				),
			);
		const group = fc.letrec<{ group: FilterGroup; node: FilterCondition | FilterGroup }>((tie) => ({
			group: fc.record({
				operator: fc.constantFrom('and', 'or' as const),
				conditions: fc.array(tie('node'), { maxLength: 4 }),
			}),
			node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, condition, tie('group')),
		})).group;

		it('keeps exactly the records the reference keeps', () => {
			fc.assert(
				fc.property(fc.array(record, { maxLength: 12 }), group, (records, filter) => {
					expect(filterRecords(records, filter)).toEqual(
						records.filter((r) => reference(r, filter)),
					);
				}),
				{ numRuns: 3000 },
			);
		});
	});
});
