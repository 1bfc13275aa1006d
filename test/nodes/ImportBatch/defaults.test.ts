import type { INodeProperties } from 'n8n-workflow';
import { IMPORT_V1 } from '../../../nodes/ImportBatch/defaults';
import { properties } from '../../../nodes/ImportBatch/description';

// n8n's scanner wants literal defaults in the description; execute reads IMPORT_V1. Both say what v1 means.
describe('Import Batch v1 defaults', () => {
	const pinned = IMPORT_V1 as unknown as Record<string, unknown>;
	it.each(properties.map((p) => [p.name, p] as const))(
		'the description and execute agree on %s',
		(name, p) => {
			expect(name in pinned).toBe(true);
			if (p.type !== 'collection') return expect(p.default).toEqual(pinned[name]);
			// a collection's options, by name, are its entry in IMPORT_V1
			expect(p.default).toEqual({});
			const options = (p.options ?? []) as INodeProperties[];
			expect(Object.fromEntries(options.map((o) => [o.name, o.default]))).toEqual(pinned[name]);
		},
	);
	it('declares every parameter it pins', () => {
		const declared = new Set(properties.map((p) => p.name));
		expect(Object.keys(IMPORT_V1).filter((name) => !declared.has(name))).toEqual([]);
	});
});
