import { compareField, spelling, toScore } from '../../../../lib/dedupe/compare/compareField';
import type { Note } from '../../../../lib/dedupe/compare/note';
import { DEFAULT_DEDUPE_OPTIONS } from '../../../../lib/dedupe/options';
import { createInterner, prepareRecord } from '../../../../lib/dedupe/prepareRecord';

const intern = createInterner();
const prepared = (record: Record<string, unknown>) =>
	prepareRecord(record, DEFAULT_DEDUPE_OPTIONS, intern);

describe('compareField', () => {
	it('returns the documented example: TX and Texas are one state', () => {
		expect(compareField('state', prepared({ state: 'TX' }), prepared({ state: 'Texas' }), {})).toBe(
			1,
		);
	});

	it('returns −1 when either side lacks the field', () => {
		expect(compareField('city', prepared({ city: 'Austin' }), prepared({}), {})).toBe(-1);
	});

	it('writes a note when asked', () => {
		const note: Note = { text: '' };
		expect(
			compareField('state', prepared({ state: 'TX' }), prepared({ state: 'CA' }), {}, note),
		).toBe(0);
		expect(note.text).toBe('TX vs CA');
	});

	it('compares the names once for both name fields', () => {
		const state = {};
		const a = prepared({ firstName: 'Bob', lastName: 'Lee' });
		const b = prepared({ firstName: 'Robert', lastName: 'Lee' });
		compareField('firstName', a, b, state);
		const names = (state as { names?: unknown }).names;
		expect(names).toBeDefined();
		expect(compareField('lastName', a, b, state)).toBe(1);
		expect((state as { names?: unknown }).names).toBe(names);
	});
});

describe('spelling', () => {
	it('shows the two spellings side by side when they differ', () => {
		const note: Note = { text: '' };
		expect(spelling('austin', 'austin', note)).toBe(1);
		expect(note.text).toBe('');
		expect(spelling('austin', 'austen', note)).toBeCloseTo(0.7778, 4);
		expect(note.text).toBe('austin ≈ austen');
	});
});

describe('toScore', () => {
	it('turns log-odds into 0..1, rounded to 4 places', () => {
		expect(toScore(0)).toBe(0.5);
		expect(toScore(1)).toBe(0.6667);
		expect(toScore(-10)).toBe(0.001);
	});
});
