import type { IDataObject } from 'n8n-workflow';
import { getSchema } from '../../../../lib';
import { DEDUPE_V1, DEDUPE_V1_MODEL } from '../../../../nodes/Dedupe/defaults';
import { fileSettingsOf } from '../../../../nodes/ImportBatch/actions/importFile/options';
import { fakeExecuteFunctions } from '../../../helpers/fakeExecuteFunctions';

const settingsOf = (parameters: IDataObject) =>
	fileSettingsOf(fakeExecuteFunctions({ items: [{ json: {} }], files: [], parameters }), 0);

describe('fileSettingsOf', () => {
	it('spells out v1 for every parameter left at its default: clients, auto-detection, no dedupe', () => {
		expect(settingsOf({})).toEqual({
			binaryPropertyName: 'data',
			run: {
				schema: getSchema('clients'),
				read: { delimiter: 'auto', encoding: 'auto', headerRow: 'auto' },
				transform: {
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
				},
			},
		});
	});

	it('reads File Options: a header row, a sheet by name or by position, the delimiter and encoding', () => {
		const read = (fileOptions: IDataObject) => settingsOf({ fileOptions }).run.read;
		expect(
			read({ headerRow: 3, sheet: ' Clients ', delimiter: ';', encoding: 'windows-1252' }),
		).toEqual({
			delimiter: ';',
			encoding: 'windows-1252',
			headerRow: 3,
			sheet: 'Clients',
		});
		expect(read({ sheet: '1' })?.sheet).toBe(1);
		expect(read({ headerRow: 0 })?.headerRow).toBe('auto');
	});

	it("takes a saved profile's options as the base, and File Options over them", () => {
		const profile = {
			version: 1,
			columns: [{ header: 'Born', field: 'dateOfBirth' }],
			options: { dateOrder: 'DMY', phoneCountry: 'GB' },
		};
		const { run } = settingsOf({ profile, fileOptions: { phoneCountry: 'IE' } });
		expect(run.profile).toEqual(profile);
		expect([run.transform?.dateOrder, run.transform?.phoneCountry]).toEqual(['DMY', 'IE']);
	});

	it("finds duplicates with Dedupe v1's settings, the Match On and policy chosen here", () => {
		const { run } = settingsOf({
			dedupe: true,
			duplicatePolicy: 'skip',
			matchOn: ['email'],
			fileOptions: { phoneCountry: 'CA' },
		});
		expect(run.dedupe).toEqual({
			matchOn: ['email'],
			threshold: DEDUPE_V1.threshold,
			reviewThreshold: DEDUPE_V1.reviewThreshold,
			fields: [...DEDUPE_V1.fields],
			weights: DEDUPE_V1_MODEL.weights,
			prior: DEDUPE_V1_MODEL.prior,
			gmailNormalize: true,
			defaultCountry: 'CA',
			policy: 'skip',
			merge: { default: 'keepExisting', fields: {}, dateField: 'updatedAt' },
		});
	});

	it('matches on everything when Match On is emptied', () => {
		const { run } = settingsOf({ dedupe: true, matchOn: [] });
		expect(run.dedupe?.matchOn).toEqual(['email', 'phone', 'name', 'address', 'dateOfBirth']);
	});

	it('builds a custom schema as Map Columns does, and says what is wrong with a bad one', () => {
		const customSchema = '{ "name": "matters", "extends": "cases", "fields": [] }';
		expect(settingsOf({ schema: 'custom', customSchema }).run.schema).toMatchObject({
			name: 'matters',
		});
		expect(() => settingsOf({ schema: 'custom', customSchema: '{' })).toThrow(
			/^Custom Schema \(JSON\) is not valid JSON/,
		);
	});
});
