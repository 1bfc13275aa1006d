import type { INodeProperties } from 'n8n-workflow';
import { SPREADSHEET_V1, SPREADSHEET_V2 } from '../../../nodes/SpreadsheetToRecords/defaults';
import { properties } from '../../../nodes/SpreadsheetToRecords/description';
import { shownFor } from './versions';

/** Every parameter n8n shows for a version, by name, the Options collection's included. */
function parametersOf(version: number): Map<string, INodeProperties> {
	const all = new Map<string, INodeProperties>();
	for (const p of shownFor(properties, version)) {
		all.set(p.name, p);
		if (p.name === 'options')
			for (const o of (p.options ?? []) as INodeProperties[]) all.set(o.name, o);
	}
	return all;
}

// n8n's scanner wants literal defaults in the description; execute reads SPREADSHEET_V1/V2. Both say what each version means.
describe.each([
	[1, SPREADSHEET_V1],
	[2, SPREADSHEET_V2],
] as const)('Spreadsheet to Records v%i defaults', (version, defaults) => {
	const all = parametersOf(version);
	it.each(Object.entries(defaults))('the description and execute agree on %s', (name, value) => {
		expect(all.get(name)?.default).toEqual(value);
	});
	it('pins every parameter it declares', () => {
		const unpinned = [...all.keys()].filter((n) => n !== 'options' && !(n in defaults));
		expect(unpinned).toEqual([]);
	});
});
