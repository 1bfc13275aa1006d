import { autoMapHeaders, overrideMapping } from '../../../lib';

describe('overrideMapping', () => {
	const proposed = autoMapHeaders(['Email', 'Alt Email', 'Ref'], 'clients');

	it('sets chosen fields at confidence 1 and takes a field away from the column that held it', () => {
		const result = overrideMapping(proposed, { 'Alt Email': 'email', Ref: 'notes' }, 'clients');
		expect(result.columns).toEqual([
			{
				header: 'Email',
				field: null,
				confidence: 0,
				reason: 'Left unmapped: email was set by hand for column "Alt Email"',
			},
			{ header: 'Alt Email', field: 'email', confidence: 1, reason: 'set by hand' },
			{ header: 'Ref', field: 'notes', confidence: 1, reason: 'set by hand' },
		]);
		expect(result.missingRequired).toEqual(['firstName', 'lastName']);
	});

	it('leaves a column unmapped on request', () => {
		expect(overrideMapping(proposed, { Email: null }, 'clients').columns[0]).toEqual({
			header: 'Email',
			field: null,
			confidence: 0,
			reason: 'Left unmapped by hand',
		});
	});

	it('refuses unknown columns and fields, and one field for two columns', () => {
		expect(() => overrideMapping(proposed, { Nope: 'email' }, 'clients')).toThrow(
			'Column "Nope" in the overrides is not in the input. Its columns are: "Email", "Alt Email", "Ref"',
		);
		expect(() => overrideMapping(proposed, { Ref: 'caseType' }, 'clients')).toThrow(
			'Field "caseType" (override for column "Ref") is not in the clients schema',
		);
		expect(() => overrideMapping(proposed, { Ref: 'notes', Email: 'notes' }, 'clients')).toThrow(
			'chosen for two columns',
		);
	});
});
