import { liftTitle, splitCompounds } from '../../../../lib/validate/transform/compoundFields';
import { codesOf, workOn } from './helpers';

describe('splitCompounds', () => {
	it('fills the name parts the row lacks, and drops the full name', () => {
		const { plan, work } = workOn(
			'clients',
			{ fullName: 'Name' },
			{
				fullName: 'Dr. Ada B. Lovelace Jr.',
				lastName: 'Byron',
			},
		);
		splitCompounds(work, plan);
		expect(Object.fromEntries(work.text)).toEqual({
			title: 'Dr.',
			firstName: 'Ada',
			middleName: 'B.',
			lastName: 'Byron',
			suffix: 'Jr.',
		});
	});
	it('reports a full name it cannot read', () => {
		const { plan, work } = workOn('clients', { fullName: 'Name' }, { fullName: '12345' });
		splitCompounds(work, plan);
		expect(codesOf(work)).toEqual(['fullName:NAME_NOT_SPLIT:error']);
		expect(work.issues[0].message).toBe(
			'Column "Name": "12345" could not be read as a person\'s name. Fill in First name and Last name instead.',
		);
	});
	it('keeps an address it cannot split whole as the street, with a warning', () => {
		const { plan, work } = workOn('clients', { fullAddress: 'Addr' }, { fullAddress: 'somewhere' });
		splitCompounds(work, plan);
		expect(work.text.get('street')).toBe('somewhere');
		expect(codesOf(work)).toEqual(['fullAddress:ADDRESS_NOT_SPLIT:warning']);
	});
	it('splits nothing when every part is filled already', () => {
		const { plan, work } = workOn(
			'clients',
			{},
			{
				fullName: 'Ann Lee',
				title: 'Ms',
				firstName: 'A',
				middleName: 'B',
				lastName: 'C',
				suffix: 'D',
				nickname: 'E',
			},
		);
		splitCompounds(work, plan);
		expect(work.text.get('firstName')).toBe('A');
		expect(work.text.has('fullName')).toBe(false);
	});
});

describe('liftTitle', () => {
	it('moves a title written in the first-name cell to a blank Title', () => {
		const { plan, work } = workOn('clients', {}, { firstName: 'Dr. Sam' });
		liftTitle(work, plan, 'Dr. Sam');
		expect(Object.fromEntries(work.text)).toEqual({ firstName: 'Sam', title: 'Dr.' });
	});
	it('leaves a title that disagrees with Title, and a one-word first name', () => {
		const { plan, work } = workOn('clients', {}, { firstName: 'Dr. Sam', title: 'Prof.' });
		liftTitle(work, plan, 'Dr. Sam');
		expect(work.text.get('firstName')).toBe('Dr. Sam');
		liftTitle(work, plan, 'Dr.');
		expect(work.text.get('title')).toBe('Prof.');
	});
});
