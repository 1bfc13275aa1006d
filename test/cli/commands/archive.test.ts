/*
 * `intake archive`, in-process, over a folder made in each test: the ZIP's
 * entries and manifest (read back with fflate), --folder-by, links, misuse.
 */
import { createHash } from 'node:crypto';
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	symlinkSync,
	truncateSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { unzipSync } from 'fflate';
import { register, runArchive } from '../../../cli/src/commands/archive';
import { folderRule } from '../../../cli/src/commands/archive/folderRule';
import { runIntake } from '../helpers/runIntake';

// readFile made to fail for one file (root reads any file, whatever its mode)
jest.mock('node:fs/promises', () => {
	const real = jest.requireActual('node:fs/promises');
	return { ...real, readFile: jest.fn(real.readFile) };
});
const readFileMock = readFile as unknown as jest.Mock;

const FILES: Record<string, string> = {
	'2024-CV-0012/complaint.txt': 'The complaint',
	'2024-CV-0012/exhibits/photo.txt': 'A photo',
	'scans/2024-CV-0013 retainer.txt': 'Retainer, signed',
	'index.csv': 'case,client\n',
};

let base: string;
let dir: string;
beforeEach(() => {
	base = mkdtempSync(join(tmpdir(), 'intake-archive-'));
	dir = join(base, 'matters');
	for (const [path, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
		utimesSync(join(dir, path), new Date('2025-01-05T10:30:00Z'), new Date('2025-01-05T10:30:00Z'));
	}
	writeFileSync(join(base, 'secret.txt'), 'outside');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const entries = (zip: string): Record<string, string> =>
	Object.fromEntries(
		Object.entries(unzipSync(readFileSync(zip))).map(([name, data]) => [
			name,
			Buffer.from(data).toString('utf8'),
		]),
	);

describe('intake archive', () => {
	describe('with the folders as on disk (the default)', () => {
		it('writes every file in its folder, and manifest.csv with each size and SHA-256', async () => {
			const out = join(base, 'matters.zip');
			const summary = await runArchive(dir, { out });
			const zip = entries(out);
			expect(Object.keys(zip)).toEqual([
				'2024-CV-0012/complaint.txt',
				'2024-CV-0012/exhibits/photo.txt',
				'index.csv',
				'scans/2024-CV-0013 retainer.txt',
				'manifest.csv',
			]);
			for (const [path, text] of Object.entries(FILES)) expect(zip[path]).toBe(text);
			expect(zip['manifest.csv'].split('\r\n').filter(Boolean)).toEqual([
				'path,size,sha256,renamed_from',
				`2024-CV-0012/complaint.txt,13,${sha('The complaint')},`,
				`2024-CV-0012/exhibits/photo.txt,7,${sha('A photo')},`,
				`index.csv,12,${sha('case,client\n')},`,
				`scans/2024-CV-0013 retainer.txt,16,${sha('Retainer, signed')},`,
			]);
			expect(summary.files.map((f) => f.path)).toEqual(Object.keys(zip).slice(0, 4));
			expect(summary).toMatchObject({
				out,
				manifest: true,
				skipped: [],
				bytes: readFileSync(out).length,
			});
		});

		it("keeps each file's modification time", async () => {
			const out = join(base, 'm.zip');
			await runArchive(dir, { out });
			// the first entry's local header: DOS date at offset 12 (the local time of the machine that wrote it)
			const data = readFileSync(out);
			const dosDate = data.readUInt16LE(12);
			expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15]).toEqual([2025, 1]);
		});

		it('leaves out manifest.csv with --no-manifest', async () => {
			const out = join(base, 'm.zip');
			await runArchive(dir, { out, manifest: false });
			expect(Object.keys(entries(out))).not.toContain('manifest.csv');
		});

		it('leaves out the archive itself when it is written inside the folder', async () => {
			const out = join(dir, 'self.zip');
			await runArchive(dir, { out });
			expect(Object.keys(entries(out))).not.toContain('self.zip');
			expect(readdirSync(dir).sort()).toEqual(['2024-CV-0012', 'index.csv', 'scans', 'self.zip']);
		});
	});

	describe('--folder-by', () => {
		it("puts files in the folder a regular expression's first group names, the rest at the root", async () => {
			const out = join(base, 'by-case.zip');
			await runArchive(dir, { out, folderBy: '(\\d{4}-CV-\\d+)', manifest: false });
			expect(Object.keys(entries(out))).toEqual([
				'2024-CV-0012/complaint.txt',
				'2024-CV-0012/photo.txt',
				'index.csv',
				'2024-CV-0013/2024-CV-0013 retainer.txt',
			]);
		});

		it("reads part:N (the N-th folder; -1 the file's own), flat and /regex/flags", () => {
			const rel = 'clients/2024-CV-0012/exhibits/photo.txt';
			expect(folderRule('part:1')(rel)).toEqual({ folder: 'clients', name: 'photo.txt' });
			expect(folderRule('part:2')(rel)).toEqual({ folder: '2024-CV-0012', name: 'photo.txt' });
			expect(folderRule('part:-1')(rel)).toEqual({ folder: 'exhibits', name: 'photo.txt' });
			expect(folderRule('part:9')(rel)).toEqual({ folder: undefined, name: 'photo.txt' });
			expect(folderRule('flat')(rel)).toEqual({ name: 'photo.txt' });
			expect(folderRule('tree')('index.csv')).toEqual({ folder: undefined, name: 'index.csv' });
			expect(folderRule('/CLIENTS\\/([^/]+)/i')(rel)).toEqual({
				folder: '2024-CV-0012',
				name: 'photo.txt',
			});
			expect(folderRule('exhibits')(rel)).toEqual({ folder: 'exhibits', name: 'photo.txt' });
		});

		it('renames a clash of names in a flat archive, as the manifest records', async () => {
			writeFileSync(join(dir, 'scans', 'complaint.txt'), 'Another complaint');
			const out = join(base, 'flat.zip');
			const summary = await runArchive(dir, { out, folderBy: 'flat' });
			expect(summary.files.map((f) => [f.path, f.renamedFrom])).toEqual([
				['complaint.txt', undefined],
				['photo.txt', undefined],
				['index.csv', undefined],
				['2024-CV-0013 retainer.txt', undefined],
				['complaint (2).txt', 'complaint.txt'],
			]);
		});
	});

	describe('links', () => {
		it('follows a link to a file inside the folder, and leaves out links outside, broken or to folders', async () => {
			symlinkSync(join(base, 'secret.txt'), join(dir, 'secret-link.txt'));
			symlinkSync('index.csv', join(dir, 'index-link.csv'));
			symlinkSync('2024-CV-0012', join(dir, 'case-link'));
			symlinkSync('nowhere', join(dir, 'broken'));
			const out = join(base, 'links.zip');
			const summary = await runArchive(dir, { out, manifest: false });
			const zip = entries(out);
			expect(zip['index-link.csv']).toBe('case,client\n');
			expect(Object.values(zip)).not.toContain('outside');
			expect(summary.skipped).toEqual([
				{ relativePath: 'broken', why: 'broken link' },
				{ relativePath: 'case-link', why: 'linked folder' },
				{ relativePath: 'secret-link.txt', why: 'link outside' },
			]);
		});
	});

	describe('misuse (exit code 64, one line, no archive left)', () => {
		it('refuses a missing folder, a file, an empty folder and an --out that is not .zip', async () => {
			const out = join(base, 'x.zip');
			await expect(runArchive(join(base, 'nope'), { out })).rejects.toMatchObject({
				exitCode: 64,
				message: `${join(base, 'nope')}: no such file or folder`,
			});
			await expect(runArchive(join(base, 'secret.txt'), { out })).rejects.toMatchObject({
				exitCode: 64,
				message: `${join(base, 'secret.txt')}: is a file; intake archive takes a folder`,
			});
			mkdirSync(join(base, 'empty'));
			await expect(runArchive(join(base, 'empty'), { out })).rejects.toMatchObject({
				exitCode: 64,
				message: `${join(base, 'empty')}: no files to archive`,
			});
			await expect(runArchive(dir, { out: join(base, 'x.tar') })).rejects.toMatchObject({
				exitCode: 64,
				message: `--out ${join(base, 'x.tar')}: expected a file ending in .zip`,
			});
			expect(readdirSync(base).sort()).toEqual(['empty', 'matters', 'secret.txt']);
		});

		it('refuses a bad regular expression and part:0', async () => {
			await expect(
				runArchive(dir, { out: join(base, 'x.zip'), folderBy: '(' }),
			).rejects.toMatchObject({
				exitCode: 64,
				message: expect.stringMatching(/^--folder-by "\(": not a valid regular expression/),
			});
			expect(() => folderRule('part:0')).toThrow(
				'--folder-by "part:0": expected part:N with N = 1 for the top folder, -1 for the file\'s own folder',
			);
		});

		it('refuses a file over 2 GB (each goes in whole) before reading it', async () => {
			// a sparse file: 2 GiB on paper, no blocks on the disk
			writeFileSync(join(dir, 'scans', 'huge.tif'), '');
			truncateSync(join(dir, 'scans', 'huge.tif'), 2 ** 31);
			await expect(runArchive(dir, { out: join(base, 'x.zip') })).rejects.toMatchObject({
				exitCode: 64,
				message:
					'cannot archive scans/huge.tif: it is 2.0 GB, and a file goes into the archive whole (2 GB at most); leave it out or split it',
			});
			expect(readdirSync(base).sort()).toEqual(['matters', 'secret.txt']);
		});

		it('names a file it cannot read, and leaves no archive behind', async () => {
			const real = jest.requireActual('node:fs/promises').readFile;
			readFileMock.mockImplementation((path: string, ...rest: unknown[]) =>
				String(path).endsWith('photo.txt')
					? Promise.reject(
							Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path }),
						)
					: real(path, ...rest),
			);
			try {
				await expect(runArchive(dir, { out: join(base, 'x.zip') })).rejects.toMatchObject({
					exitCode: 64,
					message: 'cannot read 2024-CV-0012/exhibits/photo.txt: permission denied',
				});
			} finally {
				readFileMock.mockImplementation(real);
			}
			expect(readdirSync(base).sort()).toEqual(['matters', 'secret.txt']);
		});
	});

	it('prints what it wrote and what it left out, and shows an example in its help', async () => {
		symlinkSync(join(base, 'secret.txt'), join(dir, 'secret-link.txt'));
		const program = new Command('intake').exitOverride();
		register(program);
		let out = '';
		const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			out += String(chunk);
			return true;
		});
		try {
			await program.parseAsync(
				['archive', dir, '--out', join(base, 'a.zip'), '--folder-by', 'part:1'],
				{
					from: 'user',
				},
			);
		} finally {
			spy.mockRestore();
		}
		const size = (readFileSync(join(base, 'a.zip')).length / 1024).toFixed(1);
		expect(out).toBe(
			`Wrote ${join(base, 'a.zip')} (${size} KB): 4 files in 2 folders, with manifest.csv (path, size, SHA-256)\nLeft out secret-link.txt: a link to outside the folder\n`,
		);
		let help = '';
		program.commands[0].configureOutput({ writeOut: (t) => (help += t) }).outputHelp();
		expect(help).toContain(
			"$ intake archive scans/ --out by-case.zip --folder-by '(\\d{4}-CV-\\d+)'",
		);
	});

	it('runs through the real bin: exit 0 and the archive; exit 64 for a missing folder', async () => {
		const ok = await runIntake(['archive', 'matters', '--out', 'm.zip', '--no-manifest'], base);
		expect([ok.code, ok.stderr]).toEqual([0, '']);
		expect(Object.keys(entries(join(base, 'm.zip')))).toEqual(Object.keys(FILES).sort());
		const bad = await runIntake(['archive', 'nope', '--out', 'n.zip'], base);
		expect([bad.code, bad.stderr]).toEqual([64, 'intake: nope: no such file or folder\n']);
	});
});
