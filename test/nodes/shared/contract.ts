import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';

/**
 * One row of a node's parameter contract: where the parameter is (`options.delimiter`,
 * `customFields.fields.key`), its type, its default, and its option values, if any.
 */
export type PropertyRow = [path: string, type: string, defaultValue: unknown, values?: unknown[]];

/** The option values of an options or multiOptions parameter (a loadOptions dropdown has none). */
function valuesOf(p: INodeProperties): unknown[] | undefined {
	if (p.type !== 'options' && p.type !== 'multiOptions') return undefined;
	if (!Array.isArray(p.options)) return undefined;
	return (p.options as INodePropertyOptions[]).map((o) => o.value);
}

/**
 * Every parameter of a description, nested collections and fixed collections
 * included, as rows in declaration order. A parameter declared twice (for
 * two operations) gives two rows.
 */
export function propertyRows(properties: INodeProperties[], prefix = ''): PropertyRow[] {
	const rows: PropertyRow[] = [];
	for (const p of properties) {
		const path = `${prefix}${p.name}`;
		const values = valuesOf(p);
		rows.push(values ? [path, p.type, p.default, values] : [path, p.type, p.default]);
		if (p.type === 'collection')
			rows.push(...propertyRows((p.options ?? []) as INodeProperties[], `${path}.`));
		if (p.type === 'fixedCollection')
			for (const c of (p.options ?? []) as INodePropertyCollection[])
				rows.push(...propertyRows(c.values, `${path}.${c.name}.`));
	}
	return rows;
}

/** The envelope keys (the `_` fields) of each item's json, as sorted lists, one per distinct set. */
export function metaKeySets(items: INodeExecutionData[]): string[][] {
	const sets = new Map<string, string[]>();
	for (const item of items) {
		const keys = Object.keys(item.json as IDataObject)
			.filter((k) => k.startsWith('_'))
			.sort();
		sets.set(keys.join(','), keys);
	}
	return [...sets.values()].sort((a, b) => a.join(',').localeCompare(b.join(',')));
}

/** The keys of each item's json, sorted, one list per distinct set. */
export function keySets(items: INodeExecutionData[]): string[][] {
	const sets = new Map<string, string[]>();
	for (const item of items) {
		const keys = Object.keys(item.json as IDataObject).sort();
		sets.set(keys.join(','), keys);
	}
	return [...sets.values()].sort((a, b) => a.join(',').localeCompare(b.join(',')));
}
