import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ICredentialType, INodeProperties, INodeType, IVersionedNodeType } from 'n8n-workflow';

/** The repository root. */
export const REPO = path.join(__dirname, '..', '..');

/** The committed snapshot of n8n-nodes-base's descriptions (scripts/snapshot-n8n-nodes.js). */
export const SNAPSHOT_FILE = path.join(__dirname, 'n8n-2.41-nodes.json');

export const OUR_PACKAGE = 'n8n-nodes-intake';

/** What a template's node may be checked against: one version's description of its type. */
export interface NodeVersionDescription {
	/** The type's name without its package (n8n's display conditions on @tool read it). */
	name: string;
	displayName: string;
	group: string[];
	/** Connection types, or the expression n8n evaluates against the node's parameters. */
	inputs: string[] | string;
	outputs: string[] | string;
	credentials: Array<{ name: string; required?: boolean; displayOptions?: unknown }>;
	properties: INodeProperties[];
}

export interface NodeTypeEntry {
	/** Where the description comes from, for messages: the snapshot's n8n, or our package. */
	source: string;
	versions: number[];
	defaultVersion: number;
	describe(version: number): NodeVersionDescription | undefined;
}

export interface CredentialEntry {
	displayName: string;
	properties: string[];
	source: string;
}

export interface Catalog {
	n8nVersion: string;
	nodes: Map<string, NodeTypeEntry>;
	credentials: Map<string, CredentialEntry>;
}

interface SnapshotDescription extends Omit<NodeVersionDescription, 'name'> {
	versions: number[];
}

interface Snapshot {
	n8nNodesBase: string;
	nodes: Record<
		string,
		{ defaultVersion: number; versions: number[]; descriptions: SnapshotDescription[] }
	>;
	credentials: Record<string, { displayName: string; properties: string[] }>;
}

function connectionTypes(connections: unknown): string[] | string {
	if (typeof connections === 'string') return connections;
	return ((connections as unknown[]) ?? []).map((c) =>
		typeof c === 'string' ? c : (c as { type: string }).type,
	);
}

function versionsOf(version: number | number[]): number[] {
	return Array.isArray(version) ? version : [version];
}

/** Our package's node types and credential types, from the classes package.json's n8n section names. */
function loadOurPackage(catalog: Catalog): void {
	const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
		n8n: { nodes: string[]; credentials: string[] };
	};
	const source = (shipped: string) =>
		path.join(REPO, shipped.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	for (const shipped of manifest.n8n.nodes) {
		const file = source(shipped);
		const className = path.basename(file, '.node.ts');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const NodeClass = require(file)[className] as new () => INodeType | IVersionedNodeType;
		const instance = new NodeClass();
		const byVersion = new Map<number, NodeVersionDescription>();
		const add = (d: INodeType['description']) => {
			for (const v of versionsOf(d.version))
				byVersion.set(v, {
					name: d.name,
					displayName: d.displayName,
					group: d.group,
					inputs: connectionTypes(d.inputs),
					outputs: connectionTypes(d.outputs),
					credentials: (d.credentials ?? []).map((c) => ({ ...c })),
					properties: d.properties,
				});
		};
		if ('nodeVersions' in instance)
			for (const node of Object.values(instance.nodeVersions))
				add({ ...instance.description, ...node.description } as INodeType['description']);
		else add(instance.description);
		const versions = [...byVersion.keys()].sort((a, b) => a - b);
		catalog.nodes.set(`${OUR_PACKAGE}.${instance.description.name}`, {
			source: `${OUR_PACKAGE} (${path.relative(REPO, file)})`,
			versions,
			defaultVersion: instance.description.defaultVersion ?? Math.max(...versions),
			describe: (version) => byVersion.get(version),
		});
	}
	for (const shipped of manifest.n8n.credentials) {
		const file = source(shipped);
		const className = path.basename(file, '.credentials.ts');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const CredentialClass = require(file)[className] as new () => ICredentialType;
		const credential = new CredentialClass();
		catalog.credentials.set(credential.name, {
			displayName: credential.displayName,
			properties: credential.properties.map((p) => p.name),
			source: `${OUR_PACKAGE} (${path.relative(REPO, file)})`,
		});
	}
}

/** Every node type and credential type a template may use: n8n 2.41's (from the snapshot) and ours. */
export function loadCatalog(snapshotFile = SNAPSHOT_FILE): Catalog {
	const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as Snapshot;
	const source = `n8n-nodes-base ${snapshot.n8nNodesBase} (${path.relative(REPO, snapshotFile)})`;
	const catalog: Catalog = {
		n8nVersion: snapshot.n8nNodesBase,
		nodes: new Map(),
		credentials: new Map(),
	};
	for (const [type, node] of Object.entries(snapshot.nodes)) {
		const name = type.slice(type.indexOf('.') + 1);
		catalog.nodes.set(type, {
			source,
			versions: node.versions,
			defaultVersion: node.defaultVersion,
			describe: (version) => {
				const description = node.descriptions.find((d) => d.versions.includes(version));
				return description && { name, ...description };
			},
		});
	}
	for (const [name, credential] of Object.entries(snapshot.credentials))
		catalog.credentials.set(name, { ...credential, source });
	loadOurPackage(catalog);
	return catalog;
}
