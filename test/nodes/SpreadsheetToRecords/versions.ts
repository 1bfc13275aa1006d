import type { INodeProperties } from 'n8n-workflow';

/** The top-level parameters n8n shows for a version (light versioning: `displayOptions.show['@version']`). */
export function shownFor(properties: INodeProperties[], version: number): INodeProperties[] {
	return properties.filter((p) => {
		const wanted = p.displayOptions?.show?.['@version'];
		if (!wanted) return true;
		return wanted.some((w) =>
			typeof w === 'object' && w !== null && '_cnd' in w
				? version >= ((w._cnd as { gte?: number }).gte ?? Infinity)
				: w === version,
		);
	});
}
