/* Writes test/workflows/n8n-2.41-nodes.json: the trimmed descriptions of the
 * n8n-nodes-base node types a template may use, loaded from the node classes
 * of a real n8n install, so that test/workflows can check every template's
 * node types, versions, parameters and credentials without n8n installed.
 *
 *   node scripts/snapshot-n8n-nodes.js <n8n install> [--out <file>]
 *   node scripts/snapshot-n8n-nodes.js <n8n install> --check [--out <file>]
 *
 * <n8n install> is a folder whose node_modules holds n8n-nodes-base (for
 * example /tmp/n8n-e2e/n8n, or test/e2e once its n8n is installed). --check
 * writes nothing: it compares the committed snapshot with that install and
 * exits 1 on any difference, so the e2e suite proves the snapshot is the n8n
 * it runs. Run it with the Node that runs that n8n (Node 24 for n8n 2.41); the descriptions kept
 * here are the same under Node 20. To cover one more node type, add its name to NODE_TYPES (and its
 * credentials come along) and run the script again. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_OUT = path.join(__dirname, '..', 'test', 'workflows', 'n8n-2.41-nodes.json');

/** The n8n-nodes-base types (without the package prefix) a template could plausibly use. */
const NODE_TYPES = [
	// triggers
	'manualTrigger',
	'scheduleTrigger',
	'webhook',
	'formTrigger',
	'emailReadImap',
	'executeWorkflowTrigger',
	'errorTrigger',
	// forms, answers and mail
	'form',
	'respondToWebhook',
	'emailSend',
	// flow
	'if',
	'switch',
	'filter',
	'merge',
	'splitInBatches',
	'noOp',
	'wait',
	'stopAndError',
	'executeWorkflow',
	'stickyNote',
	// data
	'set',
	'code',
	'aggregate',
	'splitOut',
	'removeDuplicates',
	'summarize',
	'limit',
	'sort',
	'itemLists',
	'renameKeys',
	'dateTime',
	'executionData',
	'dataTable',
	'httpRequest',
	// files
	'readWriteFile',
	'convertToFile',
	'extractFromFile',
	'compression',
	'spreadsheetFile',
	'moveBinaryData',
	'html',
	'xml',
	'markdown',
];

// Not crypto: its hash and algorithm choices come from the OpenSSL of the Node that loads it, so
// its description differs between Node 20 and Node 24.

const PREFIX = 'n8n-nodes-base.';

/** typeOptions kept: the ones that change what a value may be (several values, options loaded at run time). */
function trimTypeOptions(typeOptions) {
	if (!typeOptions) return undefined;
	const kept = {};
	if (typeOptions.multipleValues !== undefined) kept.multipleValues = typeOptions.multipleValues;
	if (typeOptions.loadOptionsMethod) kept.loadOptionsMethod = typeOptions.loadOptionsMethod;
	if (typeOptions.loadOptions) kept.loadOptions = true;
	return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * show and hide, the conditions on the node's other parameters; the rest (showOnDeployment: cloud)
 * depends on where n8n runs, which the tests' n8n-workflow does not know.
 */
function trimDisplayOptions(displayOptions) {
	if (!displayOptions) return undefined;
	const kept = {};
	if (displayOptions.show) kept.show = displayOptions.show;
	if (displayOptions.hide) kept.hide = displayOptions.hide;
	return Object.keys(kept).length > 0 ? kept : undefined;
}

/** One property as n8n-workflow's getNodeParameters needs it, and no more. */
function trimProperty(property) {
	const trimmed = { name: property.name, type: property.type };
	if (property.default !== undefined) trimmed.default = property.default;
	if (property.required) trimmed.required = true;
	const displayOptions = trimDisplayOptions(property.displayOptions);
	if (displayOptions) trimmed.displayOptions = displayOptions;
	const typeOptions = trimTypeOptions(property.typeOptions);
	if (typeOptions) trimmed.typeOptions = typeOptions;
	if (Array.isArray(property.options)) {
		if (property.type === 'collection') trimmed.options = property.options.map(trimProperty);
		else if (property.type === 'fixedCollection')
			trimmed.options = property.options.map((option) => ({
				name: option.name,
				values: (option.values ?? []).map(trimProperty),
			}));
		else
			trimmed.options = property.options.map((option) => {
				const value = { value: option.value };
				const displayOptions = trimDisplayOptions(option.displayOptions);
				if (displayOptions) value.displayOptions = displayOptions;
				return value;
			});
	}
	return trimmed;
}

/** Inputs and outputs as connection types, or the expression n8n evaluates against the node's parameters. */
function trimConnections(connections) {
	if (typeof connections === 'string') return connections;
	return (connections ?? []).map((c) => (typeof c === 'string' ? c : c.type));
}

function trimDescription(description) {
	return {
		displayName: description.displayName,
		group: description.group,
		inputs: trimConnections(description.inputs),
		outputs: trimConnections(description.outputs),
		credentials: (description.credentials ?? []).map((c) => {
			const credential = { name: c.name };
			if (c.required) credential.required = true;
			const displayOptions = trimDisplayOptions(c.displayOptions);
			if (displayOptions) credential.displayOptions = displayOptions;
			return credential;
		}),
		properties: (description.properties ?? []).map(trimProperty),
	};
}

/** Every version a description answers for (a number or a list). */
function versionsOf(description) {
	return Array.isArray(description.version) ? description.version : [description.version];
}

/**
 * Each version of a node type with its description, from the node class. A class that cannot be
 * loaded (a dependency missing from the install) is read from dist/types/nodes.json instead, the
 * descriptions n8n's editor shows, made from the same classes when n8n-nodes-base was built.
 */
function describeVersions(basePath, known, name) {
	const entry = known[name];
	if (!entry) throw new Error(`n8n-nodes-base has no node type "${name}" (dist/known/nodes.json)`);
	let instance;
	try {
		const NodeClass = require(path.join(basePath, entry.sourcePath))[entry.className];
		instance = new NodeClass();
	} catch (error) {
		const reason = String(error.message).split('\n')[0];
		console.warn(
			`warning: ${PREFIX}${name} does not load in this install (${reason}): n8n cannot run it there; its description is read from dist/types/nodes.json`,
		);
		const types = typesJson(basePath).filter((d) => d.name === name);
		return types.flatMap((d) => versionsOf(d).map((v) => [v, d]));
	}
	const base = instance.description;
	return instance.nodeVersions
		? Object.values(instance.nodeVersions).flatMap((node) =>
				versionsOf(node.description).map((v) => [v, { ...base, ...node.description }]),
			)
		: versionsOf(base).map((v) => [v, base]);
}

let typesCache;
function typesJson(basePath) {
	typesCache ??= require(path.join(basePath, 'dist', 'types', 'nodes.json'));
	return typesCache;
}

/** One node type: its versions and its distinct descriptions, each with the versions it serves. */
function snapshotNode(basePath, known, name) {
	const byVersion = describeVersions(basePath, known, name);
	if (byVersion.length === 0) throw new Error(`${PREFIX}${name} has no description`);
	const descriptions = [];
	const seen = new Map();
	for (const [version, description] of byVersion) {
		const trimmed = trimDescription(description);
		const key = JSON.stringify(trimmed);
		if (!seen.has(key)) {
			seen.set(key, { versions: [], ...trimmed });
			descriptions.push(seen.get(key));
		}
		const target = seen.get(key);
		if (!target.versions.includes(version)) target.versions.push(version);
	}
	for (const d of descriptions) d.versions.sort((a, b) => a - b);
	const versions = [...new Set(byVersion.map(([v]) => v))].sort((a, b) => a - b);
	const defaultVersion = byVersion[0][1].defaultVersion ?? Math.max(...versions);
	return { defaultVersion, versions, descriptions };
}

/** The credential types the snapshot's nodes name: display name and field names. */
function snapshotCredentials(basePath, nodes) {
	const known = require(path.join(basePath, 'dist', 'known', 'credentials.json'));
	const names = new Set();
	for (const node of Object.values(nodes))
		for (const d of node.descriptions) for (const c of d.credentials) names.add(c.name);
	const credentials = {};
	for (const name of [...names].sort()) {
		const entry = known[name];
		if (!entry) continue;
		const CredentialClass = require(path.join(basePath, entry.sourcePath))[entry.className];
		const credential = new CredentialClass();
		credentials[name] = {
			displayName: credential.displayName,
			properties: (credential.properties ?? []).map((p) => p.name),
		};
	}
	return credentials;
}

function buildSnapshot(installDir) {
	const packageJson = require.resolve('n8n-nodes-base/package.json', { paths: [installDir] });
	const basePath = path.dirname(packageJson);
	const known = require(path.join(basePath, 'dist', 'known', 'nodes.json'));
	const nodes = {};
	for (const name of [...NODE_TYPES].sort())
		nodes[PREFIX + name] = snapshotNode(basePath, known, name);
	return {
		comment:
			'Generated by scripts/snapshot-n8n-nodes.js from an installed n8n; do not edit. Regenerate: node scripts/snapshot-n8n-nodes.js <n8n install>',
		n8nNodesBase: require(packageJson).version,
		nodes,
		credentials: snapshotCredentials(basePath, nodes),
	};
}

/**
 * The snapshot as text: objects one key a line, but each node property on one line of its own, so
 * a change in n8n shows as a change in the lines of the properties it touched.
 */
function format(value, indent = '', key = '') {
	if (Array.isArray(value)) {
		const flat = value.every((v) => v === null || typeof v !== 'object');
		if (value.length === 0 || (flat && key !== 'properties')) return JSON.stringify(value);
		const inner = indent + '\t';
		const items = value.map((v) => (key === 'properties' ? JSON.stringify(v) : format(v, inner)));
		return `[\n${items.map((i) => inner + i).join(',\n')}\n${indent}]`;
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value);
		if (entries.length === 0) return '{}';
		const inner = indent + '\t';
		const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner, k)}`);
		return `{\n${lines.join(',\n')}\n${indent}}`;
	}
	return JSON.stringify(value);
}

/** Where two snapshots differ, as a short list of paths. */
function differences(a, b, at = '', out = []) {
	if (out.length >= 20) return out;
	if (JSON.stringify(a) === JSON.stringify(b)) return out;
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
			differences(a[key], b[key], `${at}/${key}`, out);
	} else out.push(`${at || '/'}: committed ${JSON.stringify(a)}, installed ${JSON.stringify(b)}`);
	return out;
}

function main(argv) {
	const args = argv.slice(2);
	const check = args.includes('--check');
	const outAt = args.indexOf('--out');
	const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : DEFAULT_OUT;
	const installDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
	if (!installDir) {
		console.error('usage: node scripts/snapshot-n8n-nodes.js <n8n install> [--check] [--out file]');
		return 2;
	}
	const snapshot = buildSnapshot(path.resolve(installDir));
	const text = `${format(snapshot)}\n`;
	if (!check) {
		fs.writeFileSync(out, text);
		console.log(
			`${path.relative(process.cwd(), out)}: n8n-nodes-base ${snapshot.n8nNodesBase}, ${Object.keys(snapshot.nodes).length} node types, ${text.length} bytes`,
		);
		return 0;
	}
	const committed = JSON.parse(fs.readFileSync(out, 'utf8'));
	const found = differences(committed, snapshot);
	if (found.length === 0) {
		console.log(
			`${path.relative(process.cwd(), out)} matches n8n-nodes-base ${snapshot.n8nNodesBase}`,
		);
		return 0;
	}
	console.error(
		`${path.relative(process.cwd(), out)} differs from n8n-nodes-base ${snapshot.n8nNodesBase} in ${installDir}:`,
	);
	for (const d of found) console.error(`  ${d}`);
	console.error(`Regenerate it: node scripts/snapshot-n8n-nodes.js ${installDir}`);
	return 1;
}

if (require.main === module) process.exitCode = main(process.argv);

module.exports = { NODE_TYPES, buildSnapshot, trimProperty };
