import {
	HOME_ADDRESS_WORDS,
	MULTI_VALUE_SEPARATOR,
	PHONE_TYPE_FIELDS,
	PRIMARY_MARK,
} from '../../map/data/typeWords';
import type { RecordIssue } from '../../types';
import { cellText, show } from './cellText';
import type { Plan, TypedColumn } from './plan';
import type { RowWork } from './RowWork';

/** One value of a typed column in this row, with what its type cell says. */
interface Entry {
	column: TypedColumn;
	value: string;
	/** The type cell without its primary mark: "Mobile", "Work", "" */
	type: string;
	primary: boolean;
}

const HOME = new Set(HOME_ADDRESS_WORDS);
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);

function cell(plan: Plan, source: Record<string, unknown>, header: string): string {
	return cellText(Object.hasOwn(source, header) ? source[header] : undefined, plan.opts.whitespace);
}

/** The values of one kind's typed columns in this row, several in one cell split apart, the primary ones first. */
function entriesOf(plan: Plan, source: Record<string, unknown>, kind: 'phone' | 'email'): Entry[] {
	const entries: Entry[] = [];
	for (const column of plan.typedColumns) {
		if (column.kind !== kind) continue;
		const values = cell(plan, source, column.header).split(MULTI_VALUE_SEPARATOR).filter(Boolean);
		const types = cell(plan, source, column.typedBy).split(MULTI_VALUE_SEPARATOR);
		values.forEach((value, i) => {
			const raw = (types.length === values.length ? types[i] : types[0]) ?? '';
			entries.push({
				column,
				value,
				type: raw.replace(PRIMARY_MARK, ''),
				primary: PRIMARY_MARK.test(raw),
			});
		});
	}
	// a stable sort: the primary ones first, the rest in the file's order
	return entries.sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** A value with no free field: a warning that holds it, on its own column, so nothing is dropped silently. */
function reportExtra(
	work: RowWork,
	field: string,
	column: string,
	value: string,
	message: string,
): void {
	const issue: RecordIssue = {
		row: work.row,
		field,
		code: 'VALUE_EXTRA',
		message,
		value,
		severity: 'warning',
		column,
	};
	work.issues.push(issue);
}

/** The phone field a type names ("Mobile" → mobilePhone, "Home Fax" → fax), when the schema has it. */
function phoneFieldOf(plan: Plan, type: string): string | undefined {
	const words = new Set(wordsOf(type));
	const hit = PHONE_TYPE_FIELDS.find(([, names]) => names.some((w) => words.has(w)));
	return hit && plan.fields.has(hit[0]) ? hit[0] : undefined;
}

/** Puts a value in the first blank field of `fields`; reports it when every one is taken. */
function putInFirstFree(work: RowWork, plan: Plan, entry: Entry, fields: readonly string[]): void {
	const free = fields.find((f) => plan.fields.has(f) && work.blank(f));
	if (free !== undefined) {
		work.text.set(free, entry.value);
		work.columnOf.set(free, entry.column.header);
		return;
	}
	const labels = [...new Set(fields)].map((f) => work.label(f)).join(' and ');
	const noun = entry.column.kind === 'phone' ? 'number' : 'address';
	const what = entry.type ? `the ${entry.type} ${noun}` : `the ${noun}`;
	reportExtra(
		work,
		fields[0],
		entry.column.header,
		entry.value,
		`Column "${entry.column.header}": ${what} ${show(entry.value)} has no free field (${labels} ${fields.length > 1 ? 'are' : 'is'} taken in this row). It is kept only in this message: add a field for it, or move it by hand.`,
	);
}

/**
 * Phones by their type: first every Mobile, Home, Work or Fax number into its
 * own field while free, then into Phone (the column's field) the Main, Other
 * and custom ones, then the named ones whose field was taken.
 */
function placePhones(work: RowWork, plan: Plan, source: Record<string, unknown>): void {
	const rest: Entry[] = [];
	for (const entry of entriesOf(plan, source, 'phone')) {
		const named = phoneFieldOf(plan, entry.type);
		if (named !== undefined && work.blank(named)) {
			work.text.set(named, entry.value);
			work.columnOf.set(named, entry.column.header);
		} else rest.push(entry);
	}
	// Main and Other numbers before the overflow of a named type: Phone is theirs first
	const unnamed = rest.filter((e) => phoneFieldOf(plan, e.type) === undefined);
	for (const entry of [...unnamed, ...rest.filter((e) => !unnamed.includes(e))]) {
		const named = phoneFieldOf(plan, entry.type);
		putInFirstFree(work, plan, entry, named ? [named, entry.column.field] : [entry.column.field]);
	}
}

/** Emails in turn, the primary first: Email, then Email 2 (every email field of the schema, in its order). */
function placeEmails(work: RowWork, plan: Plan, source: Record<string, unknown>): void {
	const fields = plan.schema.fields.filter((f) => f.type === 'email').map((f) => f.key);
	for (const entry of entriesOf(plan, source, 'email')) putInFirstFree(work, plan, entry, fields);
}

/** An address block: the typed columns one type column types, with this row's text of each. */
interface Block {
	typedBy: string;
	type: string;
	primary: boolean;
	parts: Array<{ column: string; field: string; text: string }>;
}

/** This row's address blocks that hold something, in the file's order. */
function blocksOf(plan: Plan, source: Record<string, unknown>): Block[] {
	const blocks = new Map<string, Block>();
	for (const column of plan.typedColumns) {
		if (column.kind !== 'address') continue;
		const text = cell(plan, source, column.header);
		let block = blocks.get(column.typedBy);
		if (!block) {
			const raw = cell(plan, source, column.typedBy);
			block = {
				typedBy: column.typedBy,
				type: raw.replace(PRIMARY_MARK, ''),
				primary: PRIMARY_MARK.test(raw),
				parts: [],
			};
			blocks.set(column.typedBy, block);
		}
		if (text !== '') block.parts.push({ column: column.header, field: column.field, text });
	}
	return [...blocks.values()].filter((b) => b.parts.length > 0);
}

/** A block's text per field: parts of one field joined ("Street, PO Box"); the formatted whole only when nothing else is there. */
function fieldTexts(plan: Plan, block: Block): Map<string, string> {
	const whole = block.parts.filter((p) => plan.fields.get(p.field)?.splitsInto !== undefined);
	const parts = block.parts.filter((p) => !whole.includes(p));
	const texts = new Map<string, string>();
	for (const p of parts.length ? parts : whole)
		texts.set(p.field, texts.has(p.field) ? `${texts.get(p.field)}, ${p.text}` : p.text);
	return texts;
}

/** The primary block, else the first Home one, else the first: the one that fills the address fields. */
function mainBlock(blocks: readonly Block[]): Block | undefined {
	return (
		blocks.find((b) => b.primary) ??
		blocks.find((b) => wordsOf(b.type).some((w) => HOME.has(w))) ??
		blocks[0]
	);
}

/** The address blocks: the main one into the address fields when they are blank, any other reported with its text. */
function placeAddressBlocks(work: RowWork, plan: Plan, source: Record<string, unknown>): void {
	const blocks = blocksOf(plan, source);
	const main = mainBlock(blocks);
	for (const block of blocks) {
		const texts = fieldTexts(plan, block);
		if (block === main && [...texts.keys()].every((f) => work.blank(f))) {
			for (const [field, text] of texts) {
				work.text.set(field, text);
				const from = block.parts.find((p) => p.field === field);
				if (from !== undefined) work.columnOf.set(field, from.column);
			}
			continue;
		}
		const value = block.parts.map((p) => p.text).join(', ');
		const kind = block.type ? `the ${block.type} address` : 'this address';
		const why =
			block === main
				? 'the address fields are already filled in this row'
				: `the ${main?.type || 'first'} address filled the address fields`;
		reportExtra(
			work,
			block.parts[0].field,
			block.parts[0].column,
			value,
			`Columns typed by "${block.typedBy}": ${kind}, ${show(value)}, has no field of its own (${why}). It is kept only in this message: add it by hand if you need it.`,
		);
	}
}

/**
 * Places this row's values of the typed columns (a mapping's `typedBy`:
 * Google Contacts' "Phone 1 - Value" beside "Phone 1 - Type"): each phone
 * by its type (Mobile → Mobile phone, Home → Home phone, Work → Work phone,
 * Fax → Fax, else Phone), emails in turn (the primary "*" first), and the
 * primary, else Home, else first address into the address fields. Several
 * values in one cell (" ::: ") are placed one by one. Only blank fields are
 * filled; a value with no free field is a `VALUE_EXTRA` warning that holds
 * it. Runs after the plain columns are read.
 *
 * @example
 * // Phone 1 - Type "Work", Phone 1 - Value "312 555 0100" → work.text workPhone "312 555 0100"
 */
export function placeTypedValues(work: RowWork, plan: Plan, source: Record<string, unknown>): void {
	if (plan.typedColumns.length === 0) return;
	placePhones(work, plan, source);
	placeEmails(work, plan, source);
	placeAddressBlocks(work, plan, source);
}
