import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { EXPORT_V1 } from '../../../nodes/ExportArchive/defaults';
import { properties } from '../../../nodes/ExportArchive/description';
import { ExportArchive } from '../../../nodes/ExportArchive/ExportArchive.node';

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

describe('Export / Archive options, as n8n resolves them', () => {
	// n8n drops a collection option whose displayOptions it cannot match, before the node runs (the fake context does not)
	const node = {
		id: '1',
		name: 'Export / Archive',
		type: 'n8n-nodes-intake.exportArchive',
		typeVersion: 1,
		position: [0, 0] as [number, number],
		parameters: {},
	};
	const resolve = (operation: string, options: Record<string, unknown>) =>
		(
			NodeHelpers.getNodeParameters(
				properties,
				{ operation, options: options as INodeParameters },
				false,
				false,
				node,
				new ExportArchive().description,
			) as { options: Record<string, unknown> }
		).options;
	it.each([
		[
			'exportRecords',
			{
				title: 'Cases',
				fileName: 'cases',
				bom: false,
				formulaGuard: false,
				jsonShape: 'array',
				lineEnding: 'lf',
				orientation: 'landscape',
				binaryPropertyName: 'file',
			},
		],
		[
			'createArchive',
			{
				archiveName: 'case files',
				manifest: false,
				compression: 'store',
				binaryPropertyName: 'zip',
			},
		],
		[
			'bulkExport',
			{
				title: 'Backup',
				fileName: 'backup',
				archiveName: 'backup.zip',
				manifest: true,
				compression: 'store',
			},
		],
		['fetchRecords', { pageSize: 2, exportPath: '/export/{object}' }],
	])('keeps every option that applies to %s', (operation, options) => {
		expect(resolve(operation, options)).toEqual(options);
	});
});
