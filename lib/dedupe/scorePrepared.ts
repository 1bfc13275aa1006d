import { compareField, toScore, type PairState } from './compare/compareField';
import type { Note } from './compare/note';
import { describe } from './compare/similarity';
import { generationLabel, judgeByRules, type Judgement } from './judgeByRules';
import type { ResolvedDedupeOptions } from './options';
import type { PreparedRecord } from './prepareRecord';
import type { DedupeReason, PairScore } from './types';

export type { Judgement } from './judgeByRules';

/**
 * Judges two prepared records by the match rules, computing only what the
 * rules need (this runs on every candidate pair):
 *
 * - **never one person** (whatever else they share): two generations (Jr and
 *   Sr); first names that plainly disagree together with different dates of
 *   birth or different emails (a household, twins, an office); a duplicate
 *   where only one record names a generation is only a possible one;
 * - **duplicate** on its own: the same email, unless the first names plainly
 *   disagree (a family mailbox); the same phone, when the names agree or one
 *   side has none (a switchboard or a landline is shared);
 * - **duplicate with the evidence** (score ≥ threshold), else **possible**:
 *   a similar name together with one more agreeing identifier (email, phone,
 *   date of birth, street address); the same date of birth together with the
 *   same address, phone or email;
 * - **possible**: a similar first and last name with nothing else agreeing,
 *   unless the rest of the evidence is against it (score < reviewThreshold).
 *
 * The criteria not in `matchOn` neither decide nor confirm.
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @returns the verdict, the rule in words, and the evidence score when it was computed
 */
export function judgePrepared(
	a: PreparedRecord,
	b: PreparedRecord,
	options: ResolvedDedupeOptions,
): Judgement {
	const judged = judgeByRules(a, b, options);
	// "John Smith" and "John Smith Jr." at one address are as likely a father and a son as one man written twice: a person decides
	if (judged.verdict === 'duplicate' && (a.generation === '') !== (b.generation === '')) {
		const named = a.generation || b.generation;
		return {
			verdict: 'possible',
			rule: `${judged.rule}, but only one ${named === '?' ? 'names a generation' : `says ${generationLabel(named)}`}`,
			score: judged.score,
		};
	}
	return judged;
}

/**
 * Scores two prepared records with reasons (the prior plus, for each field
 * both have, `s × agree − (1 − s) × disagree`, turned into 0..1) and judges
 * them by the match rules ({@link judgePrepared}).
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @returns the score, the reasons (strongest evidence first), the verdict and its rule
 */
export function explainPrepared(
	a: PreparedRecord,
	b: PreparedRecord,
	options: ResolvedDedupeOptions,
): PairScore {
	const state: PairState = {};
	let evidence = options.prior;
	const reasons: Array<DedupeReason & { weight: number; order: number }> = [];
	options.fields.forEach((field, order) => {
		const note: Note = { text: '' };
		const s = compareField(field, a, b, state, note);
		if (s < 0) return;
		const w = options.weights[field];
		const contribution = s * w.agree - (1 - s) * w.disagree;
		evidence += contribution;
		reasons.push({
			field,
			score: Math.round(s * 100) / 100,
			detail: describe(s, note.text),
			weight: Math.abs(contribution),
			order,
		});
	});
	reasons.sort((x, y) => y.weight - x.weight || x.order - y.order);
	const { verdict, rule } = judgePrepared(a, b, options);
	return {
		score: toScore(evidence),
		reasons: reasons.map(({ field, score, detail }) => ({ field, score, detail })),
		verdict,
		rule,
	};
}
