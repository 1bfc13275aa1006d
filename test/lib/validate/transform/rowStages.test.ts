import { checkRequired } from '../../../../lib/validate/transform/checkRequired';
import {
	applyDefaults,
	applyFixedValues,
	readCells,
} from '../../../../lib/validate/transform/rowTexts';
import { skipRow } from '../../../../lib/validate/transform/skipRow';
import { codesOf, workOn } from './helpers';

describe('readCells', () => {
	it('reads each mapped cell through its value map, and returns the fields it refused', () => {
		const { plan, work } = workOn(
			'cases',
			{ status: 'S', caseType: 'T', caseName: 'N' },
			{},
			{
				valueMaps: { caseType: { PI: 'Personal Injury' }, status: { o: 'open' } },
			},
		);
		const failed = readCells(work, plan, { S: 'closed', T: ' pi ', N: 'Doe  v. Roe' });
		expect(Object.fromEntries(work.text)).toEqual({
			status: '',
			caseType: 'Personal Injury',
			caseName: 'Doe v. Roe',
		});
		expect([...failed]).toEqual(['status']);
		expect(codesOf(work)).toEqual(['status:VALUE_UNMAPPED:error']);
	});
});

describe('applyFixedValues and applyDefaults', () => {
	it('puts in fixed values over the row, and defaults only in blanks', () => {
		const { plan, work } = workOn(
			'cases',
			{ status: 'S' },
			{ status: 'x', caseType: 'Tax' },
			{
				fixedValues: { caseType: 'Family' },
				defaults: { status: 'open', assignedTo: 'Ann' },
			},
		);
		applyFixedValues(work, plan, new Set());
		applyDefaults(work, plan, new Set());
		expect(Object.fromEntries(work.text)).toEqual({
			status: 'x',
			caseType: 'Family',
			assignedTo: 'Ann',
		});
		expect(codesOf(work)).toEqual(['caseType:VALUE_REPLACED:warning']);
	});
});

describe('checkRequired', () => {
	it('names the blank column and the other ways to complete the row', () => {
		const { plan, work } = workOn('clients', { firstName: 'First' });
		work.record.firstName = 'Ann';
		checkRequired(work, plan);
		expect(work.issues.map((i) => i.message)).toEqual([
			'Last name is required (or give Full name), but no column is mapped to it. Fill it in, or set a default value.',
		]);
	});
});

describe('skipRow', () => {
	const { plan } = workOn('clients', { firstName: 'First' });
	it('skips a blank row, ignoring its row number', () => {
		expect(skipRow({ First: '  ', _row: 9 }, 9, 0, plan, new Map())).toEqual({
			row: 9,
			index: 0,
			status: 'skipped',
			issues: [],
			skipReason: 'the row is empty',
		});
	});
	it("skips a template's example row, and keeps any other", () => {
		const example = new Map([
			['First', 'Ada'],
			['Last', 'Lovelace'],
		]);
		expect(skipRow({ First: 'Ada', Last: 'Lovelace' }, 3, 1, plan, example)?.skipReason).toBe(
			"the row is the import template's notes or example row",
		);
		expect(skipRow({ First: 'Ada', Last: 'Byron' }, 3, 1, plan, example)).toBeUndefined();
	});
});
