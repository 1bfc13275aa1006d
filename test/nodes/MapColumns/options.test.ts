import { chosenOptions, pinnedOptions } from '../../../nodes/MapColumns/options';

describe('chosenOptions', () => {
	it('returns nothing when nothing was chosen, so a saved profile stays sparse', () => {
		expect(chosenOptions({}, undefined)).toEqual({});
	});

	it("takes a profile's options as the base, what the node sets winning, field lists merged", () => {
		const profile = {
			version: 1 as const,
			columns: [],
			options: {
				dateOrder: 'DMY' as const,
				whitespace: 'trim' as const,
				defaults: { state: 'TX' },
				valueMaps: { caseType: { PI: 'Personal Injury' } },
			},
		};
		expect(
			chosenOptions(
				{
					dateOrder: 'MDY',
					defaults: { values: [{ field: 'country', value: 'US' }, { field: '__unmapped__' }] },
					fixedValues: { values: [{ field: 'source', value: 'web' }] },
					valueMaps: {
						values: [
							{ field: 'caseType', from: 'FAM', to: 'Family' },
							{ field: 'caseType', from: '', to: 'ignored' },
						],
					},
				},
				profile,
			),
		).toEqual({
			dateOrder: 'MDY',
			whitespace: 'trim',
			defaults: { state: 'TX', country: 'US' },
			fixedValues: { source: 'web' },
			valueMaps: { caseType: { PI: 'Personal Injury', FAM: 'Family' } },
		});
	});
});

describe('pinnedOptions', () => {
	it('fills every option chosen nowhere with v1’s, so no library default decides', () => {
		expect(pinnedOptions({})).toEqual({
			rowNumberField: '_row',
			firstRowNumber: 2,
			addressLayout: 'auto',
			dateOrder: 'auto',
			decimalMark: 'auto',
			nameOrder: 'auto',
			phoneCountry: 'US',
			emptyRows: 'skip',
			emailSuggestions: true,
			unmappedValues: 'error',
			whitespace: 'collapse',
			zipFormat: 'asWritten',
		});
	});

	it('passes Decimal Mark and Name Order as chosen, and saves them in the profile options', () => {
		const chosen = chosenOptions({ decimalMark: ',', nameOrder: 'surnameFirst' }, undefined);
		expect(chosen).toEqual({ decimalMark: ',', nameOrder: 'surnameFirst' });
		expect(pinnedOptions(chosen)).toMatchObject({ decimalMark: ',', nameOrder: 'surnameFirst' });
	});

	it('keeps what was chosen', () => {
		expect(pinnedOptions({ phoneCountry: 'GB', firstRowNumber: 1 })).toMatchObject({
			phoneCountry: 'GB',
			firstRowNumber: 1,
			dateOrder: 'auto',
		});
	});
});
