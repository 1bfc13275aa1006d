import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog, REPO } from './catalog';
import { lintWorkflow, type Problem } from './lint';
import { readTemplate, REQUIRED_TEMPLATES, templateFiles } from './templates';

// Every workflows/*.json, as it is: issue 19's "every template parses, uses only node types and
// parameters that exist in n8n 2.41 and in our package, and every credential it names is documented",
// and the contract's shape. One test per rule, so a failure says which kind of mistake it is.

const catalog = loadCatalog();
const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const templates = templateFiles();

const RULES: Array<[string, string]> = [
	[
		'format',
		"is in n8n's export format (name, nodes, connections, executionOrder v1, an id of 16 letters or digits, inactive, no pinned data)",
	],
	[
		'nodes',
		'gives every node a unique name, a UUID of its own, a type, a version, a position and parameters',
	],
	[
		'types',
		'uses only node types and versions of n8n 2.41 and of our package, each at its newest (Settings at 3.4)',
	],
	['connections', 'connects only existing nodes, from outputs and to inputs they have'],
	[
		'graph',
		'starts with its trigger and leaves no node that no trigger reaches (sticky notes aside)',
	],
	['layout', 'reads left to right on the canvas, with no node on top of another'],
	[
		'settings',
		'has one Settings Set node right after each trigger, every value named, typed and read by a node',
	],
	[
		'parameters',
		'sets only parameters the node shows at that version, with valid options and nothing required left empty',
	],
	[
		'credentials',
		'names only credentials its nodes take, as the placeholders, each documented in the README',
	],
	['notes', 'explains itself in a sticky note naming each credential and the Settings node'],
	['addresses', 'keeps every email address, URL, host and file path in Settings'],
	['references', 'reads only nodes that exist and run before the reader'],
	['code', "keeps Code nodes in n8n's sandbox (no require, process or $env)"],
	['expressions', 'writes expressions and Code that parse as JavaScript'],
];

function messages(problems: Problem[], rule: string): string[] {
	return problems.filter((p) => p.rule === rule).map((p) => p.message);
}

describe('workflows/', () => {
	it('holds the six templates of issue 19', () => {
		const present = templates.map((t) => t.name);
		const missing = REQUIRED_TEMPLATES.filter((name) => !present.includes(name)).map(
			(name) => `workflows/${name}.json`,
		);
		expect({ missing }).toEqual({ missing: [] });
	});

	it('is checked against the snapshot of n8n 2.41', () => {
		expect(catalog.n8nVersion).toMatch(/^2\.41\./);
	});

	it('is checked against a snapshot of every type scripts/snapshot-n8n-nodes.js lists', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { NODE_TYPES } = require(path.join(REPO, 'scripts', 'snapshot-n8n-nodes.js')) as {
			NODE_TYPES: string[];
		};
		const snapshot = [...catalog.nodes.keys()].filter((t) => t.startsWith('n8n-nodes-base.'));
		expect(snapshot.sort()).toEqual(NODE_TYPES.map((t) => `n8n-nodes-base.${t}`).sort());
	});
});

describe('across templates', () => {
	// one n8n runs them all (a user's, and the e2e suite's): a webhook path or webhook id two
	// templates share is a conflict when the second is published
	const parsed = templates.flatMap(({ name, file }) => {
		const { workflow } = readTemplate(file);
		const nodes = (workflow as { nodes?: unknown })?.nodes;
		return Array.isArray(nodes) ? [{ name, nodes: nodes as Array<Record<string, unknown>> }] : [];
	});

	function shared(key: (node: Record<string, unknown>) => string | undefined): string[] {
		const owners = new Map<string, string[]>();
		for (const { name, nodes } of parsed)
			for (const node of nodes) {
				const k = key(node);
				if (k) owners.set(k, [...(owners.get(k) ?? []), `${name}: ${String(node.name)}`]);
			}
		return [...owners].filter(([, o]) => o.length > 1).map(([k, o]) => `${k} in ${o.join(', ')}`);
	}

	it('give each webhook and form its own path', () => {
		const path = (node: Record<string, unknown>) => {
			const parameters = (node.parameters ?? {}) as Record<string, unknown>;
			if (node.type === 'n8n-nodes-base.webhook')
				return `${String(parameters.httpMethod ?? 'GET')} ${String(parameters.path ?? node.webhookId)}`;
			if (node.type === 'n8n-nodes-base.formTrigger')
				return `form ${String(parameters.path ?? node.webhookId)}`;
			return undefined;
		};
		expect(shared(path)).toEqual([]);
	});

	it('give each template its own workflow id (n8n import:workflow would replace one by another)', () => {
		const ids = parsed.map(({ name }) => {
			const { workflow } = readTemplate(templates.find((t) => t.name === name)!.file);
			return [name, (workflow as { id?: unknown }).id] as const;
		});
		const seen = new Map<unknown, string>();
		const clashes = ids.flatMap(([name, id]) => {
			const other = seen.get(id);
			seen.set(id, name);
			return other === undefined ? [] : [`${String(id)} in ${other} and ${name}`];
		});
		expect(clashes).toEqual([]);
	});

	it('give each webhook id to one node', () => {
		expect(shared((node) => node.webhookId as string | undefined)).toEqual([]);
	});
});

// describe.each needs at least one row: while workflows/ is empty the test above says what is missing
const rows = templates.length > 0 ? templates : [{ name: '(none yet)', file: '' }];

describe.each(rows)('workflows/$name.json', ({ file }) => {
	const { workflow, error } = file ? readTemplate(file) : { workflow: undefined, error: 'absent' };
	const problems = workflow ? lintWorkflow(workflow, { catalog, readme }) : [];

	it('parses as JSON', () => {
		expect(error).toBeUndefined();
	});

	it.each(RULES)('%s: %s', (rule) => {
		if (!workflow) return;
		expect(messages(problems, rule)).toEqual([]);
	});

	it('raises no problem outside the rules above', () => {
		const known = RULES.map(([rule]) => rule);
		expect(problems.filter((p) => !known.includes(p.rule))).toEqual([]);
	});
});
