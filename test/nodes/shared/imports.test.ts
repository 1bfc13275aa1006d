import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../..');

function* sources(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) yield* sources(full);
		else if (entry.name.endsWith('.ts')) yield full;
	}
}

// the build folds lib/ into one bundle, dist/lib/index.js, and deletes the rest of lib's JavaScript:
// a node that imports any other file of lib loads in the tests but fails to load in n8n
describe('nodes and credentials', () => {
	it('import the library only through its index', () => {
		const deep: string[] = [];
		for (const dir of ['nodes', 'credentials'])
			for (const file of sources(join(root, dir))) {
				const text = readFileSync(file, 'utf8');
				for (const [, path] of text.matchAll(/from '((?:\.\.\/)+lib\/[^']+)'/g))
					deep.push(`${relative(root, file)}: ${path}`);
			}
		expect(deep).toEqual([]);
	});
});
