import { createMappingProfile, IntakeError } from '../../../lib';

describe('createMappingProfile', () => {
	it('returns the documented example', () => {
		expect(
			createMappingProfile(
				{ columns: [{ header: 'Tel', field: 'phone' }] },
				{ name: 'Clio monthly', schema: 'clients' },
			),
		).toEqual({
			version: 1,
			name: 'Clio monthly',
			schema: 'clients',
			columns: [{ header: 'Tel', field: 'phone' }],
		});
	});

	it('refuses a mapping that is not an object, or has no columns list, with MAP_INVALID_OPTION', () => {
		expect(() => createMappingProfile('x' as never)).toThrow(
			'Invalid option `mapping`: expected { columns: [{ header, field }] }, got "string"',
		);
		expect(() => createMappingProfile(null as never)).toThrow(IntakeError);
		expect(() => createMappingProfile({} as never)).toThrow(
			'Invalid option `mapping.columns`: expected a list of { header, field }, got "undefined"',
		);
	});
});
