import { formatSummary } from '../../../../cli/src/commands/import/formatSummary';

const TOTALS = {
	rows: 1200,
	valid: 1100,
	invalid: 100,
	skipped: 0,
	duplicates: 12,
	possibleDuplicates: 3,
	created: 1080,
	updated: 5,
	failed: 0,
	notAttempted: 0,
	written: 0,
};

describe('formatSummary', () => {
	it('shows created, updated and failed for an import, figures right-aligned', () => {
		expect(formatSummary('Completed with errors', TOTALS, 75_400, true)).toBe(
			[
				'  rows                 1,200',
				'  valid                1,100',
				'  invalid                100',
				'  duplicates              12',
				'  possible duplicates      3',
				'  created              1,080',
				'  updated                  5',
				'  failed                   0',
				'  time                 1 min 15 s',
				'  status               Completed with errors',
				'',
			].join('\n'),
		);
	});

	it('shows written for a file, and the skipped and not-attempted rows only when there are some', () => {
		const text = formatSummary('Halted', { ...TOTALS, skipped: 2, notAttempted: 7 }, 900, false);
		expect(text).toContain('  skipped (blank)          2\n');
		expect(text).toContain('  written                  0\n');
		expect(text).not.toContain('not attempted');
		expect(text).toContain('  time                 900 ms\n');
	});
});
