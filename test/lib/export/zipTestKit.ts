import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

/** Whether Info-ZIP's unzip is on this machine (an independent reader); tests that need it say so and skip when not. */
export const HAS_UNZIP = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

/** Runs `unzip <args>` over the bytes, written to a temporary file. */
export function unzip(data: Uint8Array, args: string[]): { status: number; out: string } {
	const dir = mkdtempSync(join(tmpdir(), 'intake-zip-'));
	try {
		const file = join(dir, 'archive.zip');
		writeFileSync(file, data);
		const r = spawnSync('unzip', [...args, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
		return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Extracts the archive into a fresh folder with unzip and lists what landed where (relative paths), then removes it. */
export function extractedPaths(data: Uint8Array): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'intake-unzip-'));
	try {
		const file = join(dir, 'archive.zip');
		writeFileSync(file, data);
		execFileSync('unzip', ['-q', file, '-d', join(dir, 'out')]);
		const found = execFileSync('find', ['.', '-type', 'f'], {
			cwd: join(dir, 'out'),
			encoding: 'utf8',
		});
		return found
			.split('\n')
			.filter(Boolean)
			.map((p) => p.replace(/^\.\//, ''))
			.sort();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Reads the archive back with fflate. */
export function readBack(data: Uint8Array): Record<string, Uint8Array> {
	return unzipSync(data);
}

export function sha256(data: Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** The manifest's rows (a small RFC 4180 reader: quoted cells, doubled quotes, CRLF). */
export function readManifest(data: Uint8Array): string[][] {
	const text = new TextDecoder().decode(data);
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
