import type { INodeProperties } from 'n8n-workflow';
import { DEDUPE_V1 } from '../../../nodes/Dedupe/defaults';
import { properties } from '../../../nodes/Dedupe/description';

// n8n's scanner wants literal defaults in the description; execute reads DEDUPE_V1. Both say what v1 means.
describe('Dedupe v1 defaults', () => {
	const all = new Map<string, INodeProperties>();
	for (const p of properties) {
		all.set(p.name, p);
		if (p.name === 'options')
			for (const o of (p.options ?? []) as INodeProperties[]) all.set(o.name, o);
	}
	it.each(Object.entries(DEDUPE_V1))('the description and execute agree on %s', (name, value) => {
		expect(all.get(name)?.default).toEqual(Array.isArray(value) ? [...value] : value);
	});
});
