import { invalidOption } from '../errors';
import { createArchive } from './createArchive';
import type { ArchiveEntry, ArchiveOptions, ArchiveResult } from './types';

/** One exported record set, already rendered (by exportRecords or otherwise). */
export interface BulkExportSet {
	/** What the set holds ("clients"); its file name when `fileName` is not given. */
	name: string;
	data: Uint8Array;
	/** The file's name with its extension ("clients.csv"). Default `name`. */
	fileName?: string;
}

/** Options of {@link createBulkExport}: those of createArchive, and where the sets and attachments go. */
export interface BulkExportOptions extends ArchiveOptions {
	/** The folder of the record sets. Default `data`. */
	dataFolder?: string;
	/** The folder the attachments' own folders go in. Default `attachments`. */
	attachmentsFolder?: string;
}

/** The defaults of {@link BulkExportOptions} beyond the archive's. */
export const DEFAULT_BULK_EXPORT_OPTIONS = Object.freeze({
	dataFolder: 'data',
	attachmentsFolder: 'attachments',
});

function folderOption(
	options: BulkExportOptions,
	name: 'dataFolder' | 'attachmentsFolder',
): string {
	const value = options[name] ?? DEFAULT_BULK_EXPORT_OPTIONS[name];
	if (typeof value !== 'string' || value.trim() === '')
		throw invalidOption('ARCHIVE_INVALID_OPTION', name, 'a folder name', value);
	return value;
}

/**
 * Bundles a full export, for a backup or a migration, into one ZIP: each
 * record set under `data/` (`data/clients.csv`, `data/cases.xlsx`), each
 * attachment under `attachments/` in its own folder
 * (`attachments/CASE-1/letter.pdf`), and `manifest.csv` with every file's
 * path, size and SHA-256. Names are sanitized and made unique as in
 * {@link createArchive}.
 *
 * @param sets - the exported record sets, already rendered
 * @param attachments - files to add, each in its `folder` (e.g. the case number)
 * @param options - see {@link BulkExportOptions}
 * @returns the archive and its files, as createArchive returns them
 * @throws IntakeError `ARCHIVE_INVALID_OPTION` for a bad option, set or attachment; `ARCHIVE_TOO_LARGE` past 2 GB
 *
 * @example
 * const { files } = createBulkExport(
 *   [{ name: 'clients', fileName: 'clients.csv', data: csv }, { name: 'cases', fileName: 'cases.json', data: json }],
 *   [{ folder: 'CASE-1', name: 'letter.pdf', data: pdf }],
 *   { date: new Date('2025-01-01') },
 * );
 * files.map((f) => f.path)
 * //=> ['data/clients.csv', 'data/cases.json', 'attachments/CASE-1/letter.pdf']
 */
export function createBulkExport(
	sets: BulkExportSet[],
	attachments: ArchiveEntry[] = [],
	options: BulkExportOptions = {},
): ArchiveResult {
	if (typeof options !== 'object' || options === null)
		throw invalidOption('ARCHIVE_INVALID_OPTION', 'options', 'an object', options);
	if (!Array.isArray(sets))
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			'sets',
			'a list of { name, data, fileName? }',
			typeof sets,
		);
	if (!Array.isArray(attachments))
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			'attachments',
			'a list of { name, data, folder? }',
			typeof attachments,
		);
	const dataFolder = folderOption(options, 'dataFolder');
	const attachmentsFolder = folderOption(options, 'attachmentsFolder');
	const entries: ArchiveEntry[] = sets.map((set, i) => {
		if (typeof set !== 'object' || set === null || typeof set.name !== 'string' || set.name === '')
			throw invalidOption(
				'ARCHIVE_INVALID_OPTION',
				`sets[${i}].name`,
				'a non-empty string',
				set?.name,
			);
		if (set.fileName !== undefined && (typeof set.fileName !== 'string' || set.fileName === ''))
			throw invalidOption(
				'ARCHIVE_INVALID_OPTION',
				`sets[${i}].fileName`,
				'a non-empty string',
				set.fileName,
			);
		return { folder: dataFolder, name: set.fileName ?? set.name, data: set.data };
	});
	attachments.forEach((a, i) => {
		if (typeof a !== 'object' || a === null)
			throw invalidOption(
				'ARCHIVE_INVALID_OPTION',
				`attachments[${i}]`,
				'an object { name, data, folder? }',
				a,
			);
		if (a.folder !== undefined && a.folder !== null && typeof a.folder !== 'string')
			throw invalidOption(
				'ARCHIVE_INVALID_OPTION',
				`attachments[${i}].folder`,
				'a string',
				a.folder,
			);
		// the attachment's folder is sanitized inside the attachments folder, so "../x" cannot climb out of it
		entries.push({
			...a,
			folder: a.folder
				? `${attachmentsFolder}/${a.folder
						.replace(/\\/g, '/')
						.replace(/^[A-Za-z]:/, '')
						.replace(/^\/+/, '')}`
				: attachmentsFolder,
		});
	});
	return createArchive(entries, options);
}
