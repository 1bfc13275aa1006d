import * as fs from 'fs';
import * as path from 'path';
import * as root from '../index';
import * as lib from '../lib';

const LIB = path.join(__dirname, '..', 'lib');

/** The folders of lib/ that have their own index.ts: each is one area of the library. */
const areas = fs
	.readdirSync(LIB, { withFileTypes: true })
	.filter((d) => d.isDirectory() && fs.existsSync(path.join(LIB, d.name, 'index.ts')))
	.map((d) => d.name);

describe('the one list of exports', () => {
	it('the package root exports exactly what lib/index.ts exports', () => {
		expect(Object.keys(root).sort()).toEqual(Object.keys(lib).sort());
	});

	it('finds the library areas', () => {
		expect(areas).toEqual(expect.arrayContaining(['read', 'normalize', 'map', 'dedupe', 'export']));
	});

	it.each(areas)('every public value of lib/%s is exported from the root', (area) => {
		const exported = Object.keys(jest.requireActual<object>(path.join(LIB, area, 'index.ts')));
		const missing = exported.filter((name) => !(name in lib));
		expect(missing).toEqual([]);
	});
});
