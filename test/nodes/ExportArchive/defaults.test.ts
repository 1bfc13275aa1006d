import type { INodeProperties } from 'n8n-workflow';
import { EXPORT_V1 } from '../../../nodes/ExportArchive/defaults';
import { properties } from '../../../nodes/ExportArchive/description';

// n8n's scanner wants literal defaults in the description; execute reads EXPORT_V1. Both say what v1 means.
describe('Export / Archive v1 defaults', () => {
	const all = new Map<string, INodeProperties[]>();
	const add = (p: INodeProperties) => all.set(p.name, [...(all.get(p.name) ?? []), p]);
	for (const p of properties) {
		add(p);
		if (p.name === 'options') for (const o of (p.options ?? []) as INodeProperties[]) add(o);
	}
	it.each(Object.entries(EXPORT_V1))('the description and execute agree on %s', (name, value) => {
		const declared = all.get(name) ?? [];
		expect(declared.length).toBeGreaterThan(0);
		for (const p of declared) expect(p.default).toEqual(value);
	});
	it('pins every parameter it declares', () => {
		const pinned = new Set(Object.keys(EXPORT_V1));
		const unpinned = [...all.keys()].filter((name) => name !== 'options' && !pinned.has(name));
		expect(unpinned).toEqual([]);
	});
});
