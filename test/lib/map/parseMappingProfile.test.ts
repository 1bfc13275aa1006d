import { createMappingProfile, IntakeError, parseMappingProfile } from '../../../lib';

/** The error a call throws, for asserting its code and message. */
function errorOf(fn: () => unknown): IntakeError {
	try {
		fn();
	} catch (error) {
		return error as IntakeError;
	}
	throw new Error('expected an error');
}

describe('parseMappingProfile', () => {
	describe('valid profiles', () => {
		it('returns the documented example', () => {
			expect(
				parseMappingProfile({
					version: 1,
					name: 'Clio monthly',
					columns: [{ header: 'Tel', field: 'phone' }],
				}),
			).toEqual({ version: 1, name: 'Clio monthly', columns: [{ header: 'Tel', field: 'phone' }] });
		});

		it('accepts whatever createMappingProfile makes, after a JSON round trip', () => {
			const profile = createMappingProfile(
				{
					columns: [
						{ header: 'Tel', field: 'phone' },
						{ header: 'Ref', field: null },
					],
				},
				{ name: 'Monthly', schema: 'clients', options: { dateOrder: 'DMY' } },
			);
			const parsed = parseMappingProfile(JSON.parse(JSON.stringify(profile)));
			expect(parsed).toEqual(profile);
		});

		it("keeps a typed column's typedBy, and reads a profile saved before typedBy as it always did", () => {
			const columns = [
				{ header: 'Phone 1 - Type', field: null },
				{ header: 'Phone 1 - Value', field: 'phone', typedBy: 'Phone 1 - Type' },
			];
			expect(parseMappingProfile({ version: 1, columns }).columns).toEqual(columns);
			expect(
				parseMappingProfile({ version: 1, columns: [{ header: 'Tel', field: 'phone' }] }).columns,
			).toEqual([{ header: 'Tel', field: 'phone' }]);
			expect(
				errorOf(() =>
					parseMappingProfile({ columns: [{ header: 'A', field: 'phone', typedBy: 7 }] }),
				).message,
			).toBe(
				"Invalid option `profile.columns[0].typedBy`: expected the header of the column that types it (e.g. 'Phone 1 - Type'), got 7",
			);
		});

		it('reads a profile without a version as version 1, and drops unknown keys', () => {
			expect(
				parseMappingProfile({ columns: [{ header: 'A', field: null, extra: 1 }], other: true }),
			).toEqual({ version: 1, columns: [{ header: 'A', field: null }] });
		});

		it('returns a fresh object, not the one given', () => {
			const given = { version: 1, columns: [{ header: 'A', field: 'email' }] };
			const parsed = parseMappingProfile(given);
			expect(parsed).not.toBe(given);
			expect(parsed.columns).not.toBe(given.columns);
		});
	});

	describe('invalid profiles', () => {
		const cases: Array<[string, unknown, string]> = [
			[
				'not an object',
				'x',
				'Invalid option `profile`: expected a mapping profile { version: 1, columns: [{ header, field }] }, got "x"',
			],
			[
				'null',
				null,
				'Invalid option `profile`: expected a mapping profile { version: 1, columns: [{ header, field }] }, got null',
			],
			[
				'a list',
				[],
				'Invalid option `profile`: expected a mapping profile { version: 1, columns: [{ header, field }] }, got []',
			],
			[
				'another version',
				{ version: 2, columns: [] },
				'Invalid option `profile.version`: expected 1, got 2',
			],
			[
				'a number as name',
				{ name: 5, columns: [] },
				'Invalid option `profile.name`: expected a string, got 5',
			],
			[
				'a number as schema',
				{ schema: 5, columns: [] },
				'Invalid option `profile.schema`: expected a string, got 5',
			],
			[
				'no columns',
				{ version: 1 },
				'Invalid option `profile.columns`: expected a list of { header, field }, got undefined',
			],
			[
				'a column that is not an object',
				{ columns: ['Email'] },
				'Invalid option `profile.columns[0]`: expected { header, field }, got "Email"',
			],
			[
				'a column without a header',
				{ columns: [{ header: 'A', field: null }, { field: 'email' }] },
				'Invalid option `profile.columns[1].header`: expected a string, got undefined',
			],
			[
				'a column whose field is a number',
				{ version: 1, columns: [{ header: 'Tel', field: 7 }] },
				'Invalid option `profile.columns[0].field`: expected a field key or null, got 7',
			],
			[
				'options that are not an object',
				{ columns: [], options: 'DMY' },
				'Invalid option `profile.options`: expected an object, got "DMY"',
			],
		];
		it.each(cases)('throws MAP_INVALID_OPTION for %s', (_, value, message) => {
			const error = errorOf(() => parseMappingProfile(value));
			expect(error).toBeInstanceOf(IntakeError);
			expect(error.code).toBe('MAP_INVALID_OPTION');
			expect(error.message).toBe(message);
		});

		it('names the profile as the caller calls it', () => {
			expect(errorOf(() => parseMappingProfile({ columns: 'x' }, 'remembered[2]')).message).toBe(
				'Invalid option `remembered[2].columns`: expected a list of { header, field }, got "x"',
			);
		});
	});
});
