import type { Schema } from '../schema/types';
import { MAPPING_CONFIDENCE as C } from './confidence';
import type { TypedColumn } from './findTypedColumns';
import type { HeaderAnalysis } from './headerCandidates';
import { labelOf } from './qualifyCandidates';
import type { ColumnMapping } from './types';

/**
 * Takes typed columns and their type columns out of the one-field-per-column
 * assignment: a typed value's field is decided row by row, so it never takes
 * a field from a plain column. In place; returns which columns are typed or typing.
 */
export function setTypedAside(
	analyses: HeaderAnalysis[],
	typed: readonly TypedColumn[],
): boolean[] {
	const aside: boolean[] = analyses.map(() => false);
	for (const t of typed) {
		for (const i of [t.column, t.typeColumn]) {
			aside[i] = true;
			analyses[i] = { candidates: [], note: '' };
		}
	}
	return aside;
}

/** How the rows of a typed column are placed, in words. */
function placement(schema: Schema, t: TypedColumn, type: string): string {
	const label = (key: string): string => labelOf(schema, key);
	const has = (key: string): boolean => schema.fields.some((f) => f.key === key);
	if (t.kind === 'phone') {
		const named = [
			['Mobile', 'mobilePhone'],
			['Home', 'homePhone'],
			['Work', 'workPhone'],
			['Fax', 'fax'],
		]
			.filter(([, key]) => has(key))
			.map(([word, key]) => `${word} → ${label(key)}`);
		return `each row's "${type}" says which phone it is (${[...named, `anything else → ${label(t.field)}`].join(', ')}); a number with no free field is reported on its row`;
	}
	if (t.kind === 'email')
		return `each row's addresses go to the email fields in turn (${label(t.field)} first here), the one "${type}" marks primary (*) first; an address with no free field is reported on its row`;
	return `each row's "${type}" says which address this is: the primary (*) one, else the Home one, else the first, fills the address fields (${label(t.field)} here); another address is reported on its row`;
}

/** The mapping of the typed columns and their type columns, in place of what the header alone said. */
export function typedMappings(
	columns: ColumnMapping[],
	typed: readonly TypedColumn[],
	headers: readonly string[],
	schema: Schema,
): void {
	const named = new Set<number>();
	for (const t of typed) {
		const type = headers[t.typeColumn];
		columns[t.column] = {
			header: headers[t.column],
			field: t.field,
			confidence: C.typedColumn,
			reason: `typed by column "${type}": ${placement(schema, t, type)}`,
			typedBy: type,
		};
		if (named.has(t.typeColumn)) continue;
		named.add(t.typeColumn);
		columns[t.typeColumn] = {
			header: type,
			field: null,
			confidence: 0,
			reason: `Left unmapped: it says, row by row, which field the values of "${headers[t.column]}"${typed.filter((o) => o.typeColumn === t.typeColumn).length > 1 ? ' and the columns beside it' : ''} go to`,
		};
	}
}
