import { Worker } from 'node:worker_threads';
import type { ParsingOptions, WorkBook } from '@e965/xlsx';
import { IntakeError } from '../../errors';

/**
 * The worker's code. It loads SheetJS, parses, and posts the workbook back;
 * what SheetJS prints about damaged records is collected, not written to the
 * host's log.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
console.error = console.warn = console.log = () => undefined;
try {
	const XLSX = require(workerData.modulePath);
	const wb = XLSX.read(workerData.bytes, workerData.options);
	parentPort.postMessage({ ok: true, wb: { SheetNames: wb.SheetNames, Workbook: wb.Workbook, Sheets: wb.Sheets } });
} catch (e) {
	parentPort.postMessage({ ok: false, message: String((e && e.message) || e) });
}
`;

/** Where SheetJS is: the copy beside the published bundle (which has no dependencies), or the installed package when developing. */
function sheetJsPath(): string {
	const candidates = [`${__dirname}/vendor/xlsx.js`, '@e965/xlsx'];
	for (const candidate of candidates) {
		try {
			return require.resolve(candidate);
		} catch {
			// not there: try the next
		}
	}
	throw new IntakeError('UNSUPPORTED_FORMAT', 'The XLS reader (SheetJS) is missing from this installation; reinstall n8n-nodes-intake.');
}

/** How long a parse may take: generous for a 50 MB workbook, short enough that a stuck parse is noticed. */
function timeLimitMs(byteLength: number): number {
	return 10_000 + Math.ceil(byteLength / (1024 * 1024)) * 2_000;
}

/** Heap a parse may use. */
const MEMORY_LIMIT_MB = 3072;

/**
 * Parses a legacy workbook with SheetJS in a worker thread, which is ended if
 * it runs too long or uses too much memory. SheetJS's BIFF reader can loop
 * for ever on some damaged formula records (found by this project's fuzz
 * tests: the loop in parse_Rgce never meets its end when a token reads past
 * it), and a parse cannot be interrupted on the thread that runs it.
 *
 * @param bytes - the file
 * @param options - SheetJS parsing options
 * @returns the workbook (sheet names, workbook properties, sheets)
 * @throws Error with SheetJS's message when it rejects the file; IntakeError `FILE_CORRUPT` when the parse is stopped
 */
export function readXlsInWorker(bytes: Uint8Array, options: ParsingOptions): Promise<WorkBook> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(WORKER_SOURCE, {
			eval: true,
			workerData: { bytes, options, modulePath: sheetJsPath() },
			resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
			stdout: true,
			stderr: true,
		});
		let settled = false;
		const finish = (fn: () => void) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			fn();
			void worker.terminate();
		};
		const stuck = (why: string) =>
			new IntakeError('FILE_CORRUPT', `The .xls workbook could not be read: ${why}. It is likely damaged; open it in Excel or LibreOffice and save it as .xlsx or CSV.`);
		const timer = setTimeout(() => finish(() => reject(stuck('reading it did not finish in time'))), timeLimitMs(bytes.byteLength));
		worker.once('message', (m: { ok: true; wb: WorkBook } | { ok: false; message: string }) => finish(() => (m.ok ? resolve(m.wb) : reject(new Error(m.message)))));
		worker.once('error', (e: Error & { code?: string }) =>
			finish(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? stuck('reading it needed more memory than allowed') : new Error(e.message))),
		);
		worker.once('exit', () => finish(() => reject(stuck('the reader stopped unexpectedly'))));
	});
}
