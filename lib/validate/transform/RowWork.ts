import type { RecordIssue, RecordIssueCode } from '../../types';
import { FieldTexts } from './FieldTexts';
import type { Plan } from './plan';

/**
 * One row's work: the text of each field still to convert, the record built
 * so far, and the issues found. Every stage of transformRow reads and fills it.
 */
export class RowWork {
	readonly issues: RecordIssue[] = [];
	readonly record: Record<string, unknown> = {};
	/** Field → text still to convert. */
	readonly text: FieldTexts;
	/** Field → the column its text came from in this row, where that is not the mapped one; made for a row with typed columns only. */
	private typedColumnOf: Map<string, string> | undefined;

	constructor(
		readonly row: number,
		private readonly plan: Plan,
	) {
		this.text = new FieldTexts(plan.slots);
	}

	/** Field → the column its text came from in this row, where that is not the mapped one (a typed column). */
	get columnOf(): Map<string, string> {
		return (this.typedColumnOf ??= new Map());
	}

	/** The column a field is read from, if one is mapped. */
	column(field: string): string | undefined {
		return this.typedColumnOf?.get(field) ?? this.plan.columns.get(field);
	}

	label(field: string): string {
		return this.plan.fields.get(field)?.label ?? field;
	}

	/** Where a message points: `Column "Tel"`, or the field's label when no column holds it. */
	where(field: string): string {
		const column = this.column(field);
		return column === undefined ? this.label(field) : `Column "${column}"`;
	}

	issue(
		field: string,
		code: RecordIssueCode,
		message: string,
		value?: unknown,
		severity: 'error' | 'warning' = 'error',
	): void {
		const issue: RecordIssue = { row: this.row, field, code, message, severity };
		if (value !== undefined) issue.value = value;
		const column = this.column(field);
		if (column !== undefined) issue.column = column;
		this.issues.push(issue);
	}

	blank(field: string): boolean {
		return (this.text.get(field) ?? '') === '';
	}
}
