import { basename } from 'node:path';
import type { ImportReport } from '../../../../lib';
import { reportFromJournal, type ImportJournalEntry } from '../../../../lib/importer';
import { runImport, type PipelineReport } from '../../../../lib/pipeline';
import { createProgress, EXIT, printJson, readInput, writeJsonFile } from '../../common';
import { createTransformPool, type TransformPool } from '../../workers/createTransformPool';
import { buildRunOptions } from './buildRunOptions';
import { createErrorsFile, type ErrorsFile } from './createErrorsFile';
import { createJournal, readJournal, type Journal } from './createJournal';
import { formatSummary } from './formatSummary';
import { loadResume } from './loadResume';
import { readExisting } from './readExisting';
import { readFlags, type ImportFlags, type ImportPlan } from './readFlags';
import { readSourceRows } from './readSourceRows';

/**
 * Workers for the transform: --workers, else none. Measured on the 1M-row
 * CSV on this 2-core machine, one worker made the run slower (copying 2,000
 * rows to the thread and their results back cost more CPU than the transform
 * it moved), so the pool is there for machines with more cores to try.
 */
function workerCount(plan: ImportPlan): number {
	return plan.workers ?? 0;
}

/** The exit code of a finished run: 2 halted, 1 rows invalid or not imported, else 0. */
export function exitCodeOf(report: PipelineReport): number {
	if (report.status === 'Halted') return EXIT.halted;
	const t = report.totals;
	return t.invalid + t.failed + t.notAttempted > 0 ? EXIT.rowsFailed : EXIT.ok;
}

/** SIGINT and SIGTERM abort the run (a second one ends the process at once); returns the remover and whether one came. */
function onInterrupt(controller: AbortController): { off: () => void; fired: () => boolean } {
	let count = 0;
	const handler = (): void => {
		count++;
		if (count > 1) process.exit(130);
		controller.abort();
	};
	process.on('SIGINT', handler);
	process.on('SIGTERM', handler);
	return {
		off: () => {
			process.off('SIGINT', handler);
			process.off('SIGTERM', handler);
		},
		fired: () => count > 0,
	};
}

/** The run's parts that must be closed however it ends. */
interface Parts {
	journal?: Journal;
	errors?: ErrorsFile;
	pool?: TransformPool;
}

/** Opens the journal, the errors file and the worker pool the plan asks for. */
function openParts(plan: ImportPlan, schemaRef: string): Parts {
	const parts: Parts = {};
	if (plan.target && plan.report) parts.journal = createJournal(`${plan.report}.journal`);
	if (plan.errors) parts.errors = createErrorsFile(plan.errors);
	const workers = workerCount(plan);
	if (workers > 0)
		parts.pool = createTransformPool(__filename, workers, {
			intakeTransformWorker: true,
			schema: schemaRef,
			options: { ...plan.profile?.options, ...plan.transform },
		});
	return parts;
}

/** The import report of a run that was stopped before it returned one, rebuilt from its journal. */
function importFromJournal(journal: Journal | undefined): ImportReport | undefined {
	if (!journal) return undefined;
	journal.close();
	const entries = readJournal(journal.path) as ImportJournalEntry[];
	return entries.length > 0 ? reportFromJournal(entries) : undefined;
}

/** Prints the report (--json) or the summary, and says how to resume an interrupted run. */
async function tell(plan: ImportPlan, report: PipelineReport, interrupted: boolean): Promise<void> {
	if (plan.json) await printJson(report);
	else if (!plan.quiet)
		process.stderr.write(
			formatSummary(report.status, report.totals, report.durationMs, plan.target !== undefined),
		);
	if (interrupted)
		process.stderr.write(
			plan.report
				? `intake: interrupted; resume with --resume ${plan.report}\n`
				: 'intake: interrupted; run it with --report to be able to resume\n',
		);
}

/**
 * `intake import <file>`: checks the flags, reads the existing records and
 * the report to resume, then streams the file through the library's
 * runImport (read → map → transform on worker threads → dedupe → import
 * over HTTP and/or write the clean file), with progress bars on stderr, the
 * errors file, the journal (`<report>.journal`, flushed before each batch
 * goes out) and the report (written at the end, the journal removed).
 * SIGINT/SIGTERM stop sending, write the report with what is known, and
 * exit 2.
 *
 * @param file - the spreadsheet to import
 * @param flags - commander's options
 * @returns the exit code: 0 done, 1 rows invalid or failed, 2 halted or interrupted
 * @throws CliError (64) for misuse, before anything is read or sent
 *
 * @example
 * process.exitCode = await runImportCommand('clients.csv', { schema: 'clients', dedupe: true, out: 'clean.csv' })
 */
export async function runImportCommand(file: string, flags: ImportFlags): Promise<number> {
	const plan = readFlags(flags);
	const input = readInput(file);
	const resumeFrom = plan.target?.resume ? loadResume(plan.target.resume) : undefined;
	const existing = plan.dedupe?.against
		? await readExisting(
				plan.dedupe.against,
				plan.schema,
				plan.transform,
				plan.target?.object ?? 'clients',
			)
		: undefined;
	const controller = new AbortController();
	const interrupt = onInterrupt(controller);
	const parts = openParts(plan, flags.schema);
	const progress = createProgress(process.stderr.isTTY === true && !plan.quiet && !plan.json);
	let report: PipelineReport | undefined;
	try {
		const options = buildRunOptions(plan, {
			existing,
			resumeFrom,
			journal: parts.journal,
			signal: controller.signal,
			source: basename(file),
			onException: parts.errors && ((e) => parts.errors!.add(e)),
			onProgress: (p) =>
				progress.update(
					p.stage === 'read' ? { ...p, bytes: input.bytesRead(), totalBytes: input.size } : p,
				),
			transformBatch: parts.pool?.transformBatch,
		});
		report = await runImport(input.chunks, options);
	} catch (error) {
		if (!interrupt.fired()) {
			parts.errors?.discard();
			// a run that failed before sending anything leaves no journal to resume from
			if (parts.journal?.entries === 0) parts.journal.remove();
			else parts.journal?.close();
			throw error;
		}
	} finally {
		progress.stop();
		interrupt.off();
		await parts.pool?.close();
	}
	return finish(file, plan, parts, report, interrupt.fired());
}

/** Writes the errors file and the report, removes the journal, tells the user, and returns the exit code. */
async function finish(
	file: string,
	plan: ImportPlan,
	parts: Parts,
	returned: PipelineReport | undefined,
	interrupted: boolean,
): Promise<number> {
	const report: PipelineReport = returned ?? stoppedReport(importFromJournal(parts.journal));
	if (parts.errors) {
		if (returned)
			await parts.errors.finish(report.file.headers, (keys) =>
				readSourceRows(file, plan.read, keys),
			);
		else parts.errors.discard();
	}
	if (plan.report) writeJsonFile(plan.report, report);
	if (plan.report) parts.journal?.remove();
	else parts.journal?.close();
	await tell(plan, report, interrupted);
	return interrupted ? EXIT.halted : exitCodeOf(report);
}

/** The report of a run interrupted before runImport returned: what the journal knows of the import. */
function stoppedReport(imported: ImportReport | undefined): PipelineReport {
	const t = imported?.totals;
	return {
		status: 'Halted',
		schema: '',
		file: { format: '', headers: [] },
		mapping: [],
		decisions: { dateOrders: {}, decimalMarks: {}, nameOrders: {} },
		totals: {
			rows: t?.rows ?? 0,
			valid: t?.rows ?? 0,
			invalid: 0,
			skipped: 0,
			duplicates: 0,
			possibleDuplicates: 0,
			created: t?.created ?? 0,
			updated: t?.updated ?? 0,
			importedBefore: 0,
			failed: t?.failed ?? 0,
			notAttempted: t?.notAttempted ?? 0,
			written: 0,
			warnings: 0,
		},
		stages: {},
		readIssues: [],
		duplicates: [],
		review: [],
		...(imported && { import: imported }),
		durationMs: imported?.durationMs ?? 0,
	};
}
