import { NodeOperationError, type INode } from 'n8n-workflow';
import { parseMappingProfile, type MappingProfile } from '../../lib';

/**
 * The Saved Mapping Profile parameter: JSON text or an object from an
 * expression, checked by the library's parseMappingProfile (an IntakeError
 * MAP_INVALID_OPTION naming the entry that is wrong); undefined when blank.
 */
export function parseProfile(raw: unknown, node: INode): MappingProfile | undefined {
	if (raw === undefined || raw === null || raw === '') return undefined;
	if (typeof raw !== 'string') return parseMappingProfile(raw, 'profile');
	if (raw.trim() === '') return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch (error) {
		throw new NodeOperationError(
			node,
			`Saved Mapping Profile is not valid JSON: ${(error as Error).message}`,
			{ itemIndex: 0 },
		);
	}
	return parseMappingProfile(parsed, 'profile');
}
