import { IntakeError } from '../../../lib';
import { CliError } from '../../../cli/src/common/CliError';
import { reportError } from '../../../cli/src/common/reportError';

function report(error: unknown, debug = false): { code: number; text: string } {
	let text = '';
	const code = reportError(error, (t) => (text += t), debug);
	return { code, text };
}

describe('reportError', () => {
	it('prints a CliError as one line with its own exit code', () => {
		expect(report(new CliError('file not found: a.csv'))).toEqual({
			code: 64,
			text: 'intake: file not found: a.csv\n',
		});
		expect(report(new CliError('halted', 2))).toEqual({ code: 2, text: 'intake: halted\n' });
	});

	it("prints the library's error as misuse, with its code, first line only", () => {
		expect(report(new IntakeError('EMPTY_FILE', 'The file is empty.\nmore'))).toEqual({
			code: 64,
			text: 'intake: The file is empty. (EMPTY_FILE)\n',
		});
	});

	it('prints anything else as an internal error (70), the stack only when debugging', () => {
		expect(report(new TypeError('x is undefined'))).toEqual({
			code: 70,
			text: 'intake: internal error: x is undefined\n',
		});
		const debug = report(new TypeError('x is undefined'), true);
		expect(debug.code).toBe(70);
		expect(debug.text).toMatch(
			/^intake: internal error: x is undefined\nTypeError: x is undefined\n\s+at /,
		);
	});
});
