import type { Schema } from '../schema/types';
import { MAPPING_CONFIDENCE as C } from './confidence';
import type { Candidate, HeaderAnalysis } from './headerCandidates';
import type { ColumnMapping } from './types';

/** Each column's chosen candidate (undefined: left unmapped), and which column took each field. */
export interface Assignment {
	chosen: Array<Candidate | undefined>;
	/** field → the column that holds it; one column per field */
	owner: Map<string, number>;
}

/**
 * One field per column and one column per field: the most confident
 * (column, field) pairs at or above the minimum are settled first; ties go
 * to the earlier column, then to the column's likelier candidate.
 */
export function assignFields(analyses: readonly HeaderAnalysis[]): Assignment {
	const pairs: Array<{ column: number; rank: number; candidate: Candidate }> = [];
	analyses.forEach((a, column) =>
		a.candidates.forEach((candidate, rank) => {
			if (candidate.confidence >= C.minimum) pairs.push({ column, rank, candidate });
		}),
	);
	pairs.sort(
		(x, y) =>
			y.candidate.confidence - x.candidate.confidence || x.column - y.column || x.rank - y.rank,
	);
	const owner = new Map<string, number>();
	const chosen: Array<Candidate | undefined> = [];
	for (const { column, candidate } of pairs) {
		if (chosen[column] || owner.has(candidate.field)) continue;
		chosen[column] = candidate;
		owner.set(candidate.field, column);
	}
	return { chosen, owner };
}

/**
 * A header with several meanings is settled when sure columns took every
 * other one ("Title" beside "Job Title"): it gets the confidence it has once
 * they are settled. In place.
 */
export function settleAmbiguous({ chosen, owner }: Assignment, headers: readonly string[]): void {
	chosen.forEach((pick, i) => {
		if (!pick?.ambiguous) return;
		const holders = pick.ambiguous.others.map((f) => owner.get(f));
		if (
			holders.every((h) => h !== undefined && h !== i && (chosen[h]?.confidence ?? 0) >= C.sure)
		) {
			const names = holders.map((h) => `"${headers[h as number]}"`).join(' and ');
			chosen[i] = {
				field: pick.field,
				confidence: Math.max(pick.confidence, pick.ambiguous.confidence),
				reason: `${pick.reason}, which ${names} already hold${holders.length > 1 ? '' : 's'}`,
			};
		}
	});
}

/** Why a column was left unmapped: nothing fits, too unsure, or its field went to a surer column. */
function unmappedReason(
	analysis: HeaderAnalysis,
	{ chosen, owner }: Assignment,
	headers: readonly string[],
	schema: Schema,
): string {
	const best = analysis.candidates[0];
	if (!best) return `Left unmapped: ${analysis.note.replace(/^; /, '')}`;
	if (best.confidence < C.minimum)
		return `Left unmapped: too unsure (${best.reason}, confidence ${best.confidence})`;
	const winner = owner.get(best.field) as number;
	const label = schema.fields.find((f) => f.key === best.field)?.label ?? best.field;
	return `Left unmapped: ${label} went to column "${headers[winner]}" (confidence ${chosen[winner]?.confidence} against ${best.confidence} here: ${best.reason})`;
}

/** The mapping of every column, in order: its chosen field, or null with the reason it has none. */
export function columnMappings(
	assignment: Assignment,
	analyses: readonly HeaderAnalysis[],
	headers: readonly string[],
	schema: Schema,
): ColumnMapping[] {
	return headers.map((header, i) => {
		const pick = assignment.chosen[i];
		if (pick)
			return { header, field: pick.field, confidence: pick.confidence, reason: pick.reason };
		const reason = unmappedReason(analyses[i], assignment, headers, schema);
		return { header, field: null, confidence: 0, reason };
	});
}
