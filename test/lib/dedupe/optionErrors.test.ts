import { createMatchKeys, findDuplicates, findSeenRecords, IntakeError } from '../../../lib';

/** The error a call throws. */
function errorOf(fn: () => unknown): IntakeError {
	try {
		fn();
	} catch (error) {
		return error as IntakeError;
	}
	throw new Error('expected an error');
}

describe('the dedupe functions’ option errors', () => {
	const cases: Array<[string, () => unknown, string, string]> = [
		[
			'findDuplicates without a list of records',
			() => findDuplicates('rows' as never),
			'records',
			'Invalid option `records`: expected a list of records, got "string"',
		],
		[
			'findDuplicates with existing records that are not a list',
			() => findDuplicates([], { existing: {} as never }),
			'existing',
			'Invalid option `existing`: expected a list of records, got "object"',
		],
		[
			'findSeenRecords without a list of records',
			() => findSeenRecords(7 as never, []),
			'records',
			'Invalid option `records`: expected a list of records, got "number"',
		],
		[
			'findSeenRecords with known keys that are not a set or list',
			() => findSeenRecords([], 5 as never),
			'known',
			'Invalid option `known`: expected a set or list of keys, got "number"',
		],
		[
			'createMatchKeys with a namespace that is not text',
			() => createMatchKeys({}, {}, 3 as never),
			'namespace',
			'Invalid option `namespace`: expected text, got "number"',
		],
	];
	it.each(cases)('throws DEDUPE_INVALID_OPTION for %s', (_, call, option, message) => {
		const error = errorOf(call);
		expect(error).toBeInstanceOf(IntakeError);
		expect(error.code).toBe('DEDUPE_INVALID_OPTION');
		expect(error.details).toEqual({ option });
		expect(error.message).toBe(message);
	});
});
