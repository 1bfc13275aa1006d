import { NodeOperationError, type INode } from 'n8n-workflow';
import type { MappingProfile } from '../../lib';

/** The Saved Mapping Profile parameter: JSON text or an object from an expression; undefined when blank. */
export function parseProfile(raw: unknown, node: INode): MappingProfile | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	let profile: unknown = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return undefined;
		try {
			profile = JSON.parse(raw);
		} catch (error) {
			throw new NodeOperationError(
				node,
				`Saved Mapping Profile is not valid JSON: ${(error as Error).message}`,
				{ itemIndex: 0 },
			);
		}
	}
	const p = profile as MappingProfile;
	if (p === null || typeof p !== 'object' || !Array.isArray(p.columns)) {
		throw new NodeOperationError(
			node,
			'Saved Mapping Profile must be a profile from a Map Columns report: { "version": 1, "columns": [{ "header", "field" }], … }',
			{ itemIndex: 0 },
		);
	}
	return p;
}
