import type { INodeExecutionData } from 'n8n-workflow';
import { jsonOf } from '../../shared/items';

/** One group of input items: its key (the field's value as text; undefined when not grouping) and the items' indexes. */
export interface ItemGroup {
	key: string | undefined;
	indexes: number[];
}

/** The value at a dotted path of an item's JSON (`client.name`), read as own properties only. */
export function valueAt(json: unknown, path: string): unknown {
	let at: unknown = json;
	for (const part of path.split('.')) {
		if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
		at = (at as Record<string, unknown>)[part];
	}
	return at;
}

/**
 * Groups items by a field's value, in first-seen order; without a field, one
 * group of all items. A blank value is its own group, keyed `(blank)`.
 */
export function groupItems(items: INodeExecutionData[], field: string): ItemGroup[] {
	if (field === '') return [{ key: undefined, indexes: items.map((_, i) => i) }];
	const groups = new Map<string, number[]>();
	items.forEach((item, i) => {
		const value = valueAt(jsonOf(item), field);
		const key =
			value === undefined || value === null || String(value).trim() === ''
				? '(blank)'
				: typeof value === 'object'
					? JSON.stringify(value)
					: String(value).trim();
		const list = groups.get(key);
		if (list) list.push(i);
		else groups.set(key, [i]);
	});
	return [...groups].map(([key, indexes]) => ({ key, indexes }));
}
