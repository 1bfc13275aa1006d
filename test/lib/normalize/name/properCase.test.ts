import {
	properCaseName,
	properCaseSuffix,
	properCaseTitle,
} from '../../../../lib/normalize/name/properCase';

describe('proper case', () => {
	it('properCaseName: Mac, Mc, apostrophes and lower-case particles', () => {
		expect(properCaseName(['MACDONALD'], true)).toBe('MacDonald');
		expect(properCaseName(['mcdonald'], true)).toBe('McDonald');
		expect(properCaseName(["O'BRIEN"], true)).toBe("O'Brien");
		expect(properCaseName(['DE', 'LA', 'CRUZ'], true)).toBe('de la Cruz');
		expect(properCaseName(['ANNE-MARIE'], false)).toBe('Anne-Marie');
		expect(properCaseName(['ŁUKASZ'], false)).toBe('Łukasz');
	});
	it('properCaseSuffix and properCaseTitle', () => {
		expect(properCaseSuffix('JR., PHD')).toBe('Jr., PhD');
		expect(properCaseTitle('MR. AND MRS.')).toBe('Mr. and Mrs.');
	});
});
