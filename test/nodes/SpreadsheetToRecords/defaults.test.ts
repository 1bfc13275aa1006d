import type { INodeProperties } from 'n8n-workflow';
import { SPREADSHEET_V1 } from '../../../nodes/SpreadsheetToRecords/defaults';
import { properties } from '../../../nodes/SpreadsheetToRecords/description';

// n8n's scanner wants literal defaults in the description; execute reads SPREADSHEET_V1. Both say what v1 means.
describe('Spreadsheet to Records v1 defaults', () => {
	const all = new Map<string, INodeProperties>();
	for (const p of properties) {
		all.set(p.name, p);
		if (p.name === 'options')
			for (const o of (p.options ?? []) as INodeProperties[]) all.set(o.name, o);
	}
	it.each(Object.entries(SPREADSHEET_V1))(
		'the description and execute agree on %s',
		(name, value) => {
			expect(all.get(name)?.default).toEqual(value);
		},
	);
	it('pins every parameter it declares', () => {
		const unpinned = [...all.keys()].filter((n) => n !== 'options' && !(n in SPREADSHEET_V1));
		expect(unpinned).toEqual([]);
	});
});
