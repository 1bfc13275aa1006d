import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
	isIntakeError,
	parseMappingProfile,
	type DuplicatePolicy,
	type MappingProfile,
	type MatchCriterion,
	type ReadOptions,
	type Schema,
	type TransformOptions,
} from '../../../../lib';
import { fail, formatOf, schemaOf } from '../../common';

/** The flags of `intake import`, as commander hands them over. */
export interface ImportFlags {
	schema: string;
	profile?: string;
	headerRow?: string;
	sheet?: string;
	dateOrder?: 'auto' | 'MDY' | 'DMY' | 'YMD';
	country?: string;
	dedupe: boolean;
	dedupeAgainst?: string;
	matchOn?: string;
	policy?: string;
	target?: string;
	tokenEnv?: string;
	object?: string;
	batchSize?: string;
	concurrency?: string;
	onError?: 'halt' | 'skip';
	timeout?: string;
	resume?: string;
	out?: string;
	errors?: string;
	report?: string;
	workers?: string;
	json?: boolean;
	quiet?: boolean;
}

/** What the flags ask for, checked: everything `intake import` needs before it opens the file. */
export interface ImportPlan {
	schema: Schema;
	read: ReadOptions;
	profile?: MappingProfile;
	transform: TransformOptions;
	dedupe?: {
		policy: DuplicatePolicy;
		matchOn?: MatchCriterion[];
		against?: string;
		country?: string;
	};
	target?: {
		url: string;
		object: string;
		token?: string;
		batchSize: number;
		concurrency: number;
		onError: 'halt' | 'skip';
		timeoutMs: number;
		resume?: string;
	};
	out?: string;
	errors?: string;
	report?: string;
	/** Transform worker threads; 0 runs the transform in the main thread. */
	workers?: number;
	json: boolean;
	quiet: boolean;
}

const POLICIES: Readonly<Record<string, DuplicatePolicy>> = {
	skip: 'skip',
	update: 'update',
	create: 'createNew',
	merge: 'merge',
};
const CRITERIA: readonly MatchCriterion[] = ['email', 'phone', 'name', 'address', 'dateOfBirth'];

/** A whole number flag within bounds. */
function count(
	flag: string,
	text: string | undefined,
	min: number,
	max: number,
): number | undefined {
	if (text === undefined) return undefined;
	const n = Number(text);
	if (!/^\d+$/.test(text.trim()) || n < min || n > max)
		fail(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
	return n;
}

/** A file that must exist and be a file. */
function inputFile(flag: string, path: string): string {
	if (!existsSync(path)) fail(`${flag}: file not found: ${path}`);
	if (statSync(path).isDirectory()) fail(`${flag}: ${path} is a folder; give a file`);
	return path;
}

/** A file to write: its folder must exist. */
function outputFile(flag: string, path: string | undefined, tabular: boolean): string | undefined {
	if (path === undefined) return undefined;
	const folder = dirname(resolve(path));
	if (!existsSync(folder) || !statSync(folder).isDirectory())
		fail(`${flag}: the folder ${folder} does not exist`);
	if (tabular) formatOf(path);
	return path;
}

/** A saved mapping profile (`intake map --save`). */
function profileOf(path: string): MappingProfile {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(inputFile('--profile', path), 'utf8'));
	} catch (error) {
		if (error instanceof SyntaxError) fail(`--profile: ${path} is not JSON: ${error.message}`);
		throw error;
	}
	try {
		return parseMappingProfile(value, path);
	} catch (error) {
		if (isIntakeError(error)) fail(`--profile: ${error.message}`);
		throw error;
	}
}

/** The dedupe settings: on unless --no-dedupe; merge by default. */
function dedupeOf(flags: ImportFlags): ImportPlan['dedupe'] {
	if (!flags.dedupe) {
		if (flags.dedupeAgainst || flags.matchOn || flags.policy)
			fail('--no-dedupe cannot go with --dedupe-against, --match-on or --policy');
		return undefined;
	}
	const policy = POLICIES[flags.policy ?? 'merge'];
	if (!policy) fail(`--policy must be skip, update, create or merge, not "${flags.policy}"`);
	let matchOn: MatchCriterion[] | undefined;
	if (flags.matchOn !== undefined) {
		matchOn = flags.matchOn.split(',').map((c) => c.trim()) as MatchCriterion[];
		const wrong = matchOn.find((c) => !CRITERIA.includes(c));
		if (wrong !== undefined || matchOn.length === 0)
			fail(`--match-on takes a list of ${CRITERIA.join(', ')}; "${wrong ?? ''}" is not one`);
	}
	const against = flags.dedupeAgainst && inputFile('--dedupe-against', flags.dedupeAgainst);
	return { policy, matchOn, against: against || undefined, country: flags.country };
}

/** The target settings, with the token read from the environment variable --token-env names. */
function targetOf(flags: ImportFlags, schema: Schema): ImportPlan['target'] {
	if (flags.target === undefined) {
		const stray = (
			['tokenEnv', 'resume', 'batchSize', 'concurrency', 'onError', 'object'] as const
		).find((k) => flags[k] !== undefined);
		if (stray) fail(`--${stray.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs --target`);
		return undefined;
	}
	if (!/^https?:\/\/[^/\s]+/i.test(flags.target))
		fail(`--target must be an http:// or https:// URL, not "${flags.target}"`);
	let token: string | undefined;
	if (flags.tokenEnv !== undefined) {
		token = process.env[flags.tokenEnv];
		if (token === undefined || token === '')
			fail(`--token-env ${flags.tokenEnv}: the environment variable ${flags.tokenEnv} is not set`);
	}
	return {
		url: flags.target,
		object:
			flags.object ??
			(['clients', 'contacts', 'cases'].includes(schema.name) ? schema.name : 'clients'),
		token,
		batchSize: count('--batch-size', flags.batchSize, 1, 10_000) ?? 50,
		concurrency: count('--concurrency', flags.concurrency, 1, 64) ?? 1,
		onError: flags.onError ?? 'halt',
		timeoutMs: (count('--timeout', flags.timeout, 1, 3600) ?? 60) * 1000,
		resume: flags.resume && inputFileOrJournal(flags.resume),
	};
}

/** A --resume path: the report, or its journal when the run was killed before writing the report. */
function inputFileOrJournal(path: string): string {
	if (!existsSync(path) && !existsSync(`${path}.journal`))
		fail(`--resume: neither ${path} nor ${path}.journal exists`);
	return path;
}

/**
 * Checks the flags of `intake import` and turns them into what the run
 * needs; every misuse is a one-line CliError (exit 64) before any file is
 * opened: an unknown schema, a bad policy or criterion, a missing file, a
 * --token-env naming an unset variable, a flag that needs --target, an output
 * in a folder that does not exist.
 *
 * @param flags - commander's options
 * @returns the plan
 * @throws CliError (64)
 *
 * @example
 * readFlags({ schema: 'clients', dedupe: true, policy: 'create' }).dedupe?.policy
 * //=> 'createNew'
 */
export function readFlags(flags: ImportFlags): ImportPlan {
	const schema = schemaOf(flags.schema);
	const read: ReadOptions = { maxBytes: Infinity };
	const headerRow = count('--header-row', flags.headerRow, 1, 1_048_576);
	if (headerRow !== undefined) read.headerRow = headerRow;
	if (flags.sheet !== undefined) read.sheet = flags.sheet;
	const transform: TransformOptions = {};
	if (flags.dateOrder) transform.dateOrder = flags.dateOrder;
	if (flags.country !== undefined) {
		if (!/^[A-Za-z]{2}$/.test(flags.country))
			fail(`--country must be a two-letter country code such as US or GB, not "${flags.country}"`);
		transform.phoneCountry = flags.country.toUpperCase();
	}
	const target = targetOf(flags, schema);
	return {
		schema,
		read,
		profile: flags.profile === undefined ? undefined : profileOf(flags.profile),
		transform,
		dedupe: dedupeOf(flags),
		target,
		out: outputFile('--out', flags.out, true),
		errors: outputFile('--errors', flags.errors, true),
		report: outputFile(
			'--report',
			flags.report ?? target?.resume?.replace(/\.journal$/, ''),
			false,
		),
		workers: count('--workers', flags.workers, 0, 64),
		json: flags.json === true,
		quiet: flags.quiet === true,
	};
}
