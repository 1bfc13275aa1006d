import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './catalog';

/** The six templates issue 19 asks for, by file name without .json. */
export const REQUIRED_TEMPLATES = [
	'migration',
	'scheduled-export',
	'inbox-to-import',
	'upload-form',
	'revert-import',
	'attachments-archive',
];

export const WORKFLOWS_DIR = path.join(REPO, 'workflows');

/** Every workflows/*.json, picked up as it appears: name (without .json) and file. */
export function templateFiles(dir = WORKFLOWS_DIR): Array<{ name: string; file: string }> {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({ name: f.slice(0, -'.json'.length), file: path.join(dir, f) }));
}

/** A template's JSON, or the parse error's message. */
export function readTemplate(file: string): { workflow?: unknown; error?: string } {
	try {
		return { workflow: JSON.parse(fs.readFileSync(file, 'utf8')) };
	} catch (error) {
		return { error: (error as Error).message };
	}
}
