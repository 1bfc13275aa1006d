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

	it('keeps a typed column when its field is set by hand for a plain one; a typed column set by hand turns plain', () => {
		const google = autoMapHeaders(['Tel', 'Phone 1 - Type', 'Phone 1 - Value'], 'clients');
		const result = overrideMapping(google, { Tel: 'phone' }, 'clients');
		expect(result.columns.map((c) => [c.header, c.field, c.typedBy])).toEqual([
			['Tel', 'phone', undefined],
			['Phone 1 - Type', null, undefined],
			['Phone 1 - Value', 'phone', 'Phone 1 - Type'],
		]);
		expect(
			overrideMapping(google, { 'Phone 1 - Value': 'mobilePhone' }, 'clients').columns[2],
		).toEqual({
			header: 'Phone 1 - Value',
			field: 'mobilePhone',
			confidence: 1,
			reason: 'set by hand',
		});
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
