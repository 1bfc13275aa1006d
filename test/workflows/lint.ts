import {
	NodeHelpers,
	type INode,
	type INodeParameters,
	type INodeProperties,
	type INodeTypeDescription,
} from 'n8n-workflow';
import type { Catalog, NodeVersionDescription } from './catalog';

/**
 * The checks every workflow template must pass (issue 19's test/workflows and the contract in
 * /tmp/19/contract.md): n8n's export format, a graph n8n can run, only node types, versions,
 * parameters and credentials that exist in n8n 2.41 and in our package, one Settings node holding
 * every address, credentials documented in the README, and sticky notes that name them.
 */

export interface Problem {
	rule: string;
	message: string;
}

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: INodeParameters;
	credentials?: Record<string, { id: string; name: string }>;
	disabled?: boolean;
	[key: string]: unknown;
}

interface Connection {
	node: string;
	type: string;
	index: number;
}

export interface Workflow {
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, Record<string, Array<Connection[] | null>>>;
	settings?: { executionOrder?: string };
	[key: string]: unknown;
}

/** The placeholder each template gives a credential (contract: "Credentials in templates"). */
export const CREDENTIAL_PLACEHOLDERS: Record<string, { id: string; name: string }> = {
	intakeApi: { id: 'intakeApiCredential', name: 'Intake API' },
	smtp: { id: 'smtpCredential', name: 'SMTP' },
	imap: { id: 'imapCredential', name: 'IMAP' },
	// the case-documents archive's download link: confidential files never on an open URL
	httpHeaderAuth: { id: 'archiveDownloadKeyCredential', name: 'Archive Download Key' },
};

export const STICKY_NOTE = 'n8n-nodes-base.stickyNote';
export const SET_NODE = 'n8n-nodes-base.set';
export const CODE_NODE = 'n8n-nodes-base.code';
export const SETTINGS = 'Settings';
/**
 * The contract's version of the Settings node. n8n 2.41's newest Set is 3.5; other Set nodes may
 * be 3.4 like Settings, or the newest.
 */
export const SETTINGS_VERSION = 3.4;

const TOP_LEVEL_KEYS = [
	'id',
	'name',
	'nodes',
	'connections',
	'settings',
	'pinData',
	'meta',
	'tags',
];
const WORKFLOW_ID = /^[A-Za-z0-9]{16}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LintContext {
	catalog: Catalog;
	/** README.md's text, where each credential type a template uses must be documented. */
	readme: string;
}

/** Everything wrong with a workflow template, as problems naming the node and what to change. */
export function lintWorkflow(workflow: unknown, context: LintContext): Problem[] {
	const problems: Problem[] = [];
	const report = (rule: string, message: string) => problems.push({ rule, message });
	if (!checkFormat(workflow, report)) return problems;
	const wf = workflow as Workflow;
	const graph = new Graph(wf, context.catalog);
	checkNodes(wf, report);
	checkTypes(wf, context.catalog, report);
	checkConnections(wf, graph, report);
	checkReachable(wf, graph, report);
	checkLayout(wf, graph, report);
	checkSettings(wf, graph, report);
	checkParameters(wf, context.catalog, report);
	checkCredentials(wf, context, report);
	checkStickyNotes(wf, context, report);
	checkAddresses(wf, report);
	checkReferences(wf, graph, report);
	checkCode(wf, report);
	checkExpressions(wf, report);
	return problems;
}

type Report = (rule: string, message: string) => void;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** n8n's export format, as the contract fixes it; false when there is no node list to check further. */
function checkFormat(workflow: unknown, report: Report): boolean {
	if (!isObject(workflow)) {
		report('format', 'the template is not a JSON object');
		return false;
	}
	if (typeof workflow.name !== 'string' || workflow.name.trim() === '')
		report('format', 'the workflow has no name');
	// `n8n import:workflow` needs an id (SQLITE_CONSTRAINT without one); the editor's Import from
	// File ignores it and gives the workflow its own
	if (typeof workflow.id !== 'string' || !WORKFLOW_ID.test(workflow.id))
		report(
			'format',
			`the template has no id of 16 letters or digits (got ${JSON.stringify(workflow.id)}): n8n import:workflow needs one`,
		);
	if (workflow.active === true)
		report('format', 'the template is active: a template is imported inactive (no "active": true)');
	for (const key of Object.keys(workflow))
		if (!TOP_LEVEL_KEYS.includes(key) && key !== 'active')
			report(
				'format',
				`unexpected top-level key "${key}" (n8n's export has ${TOP_LEVEL_KEYS.join(', ')})`,
			);
	if (!isObject(workflow.settings) || workflow.settings.executionOrder !== 'v1')
		report('format', 'settings.executionOrder is not "v1"');
	if (
		workflow.pinData !== undefined &&
		(!isObject(workflow.pinData) || Object.keys(workflow.pinData).length > 0)
	)
		report('format', 'the template has pinned data: a user would run it instead of their own');
	if (isObject(workflow.meta) && workflow.meta.templateCredsSetupCompleted === true)
		report(
			'format',
			'meta.templateCredsSetupCompleted is true: the user has not set up credentials yet',
		);
	if (workflow.tags !== undefined && !Array.isArray(workflow.tags))
		report('format', 'tags is not a list');
	if (!isObject(workflow.connections)) report('format', 'connections is not an object');
	if (!Array.isArray(workflow.nodes) || workflow.nodes.length === 0) {
		report('format', 'the template has no nodes');
		return false;
	}
	if (!workflow.nodes.every(isObject)) {
		report('format', 'a node is not an object');
		return false;
	}
	if (!isObject(workflow.connections)) workflow.connections = {};
	return true;
}

/** Each node's own fields, and names and ids unique. */
function checkNodes(wf: Workflow, report: Report): void {
	const names = new Set<string>();
	const ids = new Set<string>();
	for (const [i, node] of wf.nodes.entries()) {
		const label = typeof node.name === 'string' ? `node "${node.name}"` : `node #${i}`;
		if (typeof node.name !== 'string' || node.name === '') report('nodes', `${label} has no name`);
		else if (names.has(node.name)) report('nodes', `two nodes are named "${node.name}"`);
		else names.add(node.name);
		if (typeof node.id !== 'string' || !UUID.test(node.id))
			report('nodes', `${label} has no UUID id (got ${JSON.stringify(node.id)})`);
		else if (ids.has(node.id)) report('nodes', `${label} has the id ${node.id} of another node`);
		else ids.add(node.id);
		if (typeof node.type !== 'string') report('nodes', `${label} has no type`);
		if (typeof node.typeVersion !== 'number')
			report('nodes', `${label} has no numeric typeVersion`);
		if (
			!Array.isArray(node.position) ||
			node.position.length !== 2 ||
			!node.position.every((n) => typeof n === 'number')
		)
			report('nodes', `${label} has no position [x, y]`);
		if (!isObject(node.parameters)) {
			report('nodes', `${label} has no parameters object`);
			node.parameters = {};
		}
		if (node.disabled === true) report('nodes', `${label} is disabled`);
	}
}

/** The nodes and their connections, with each node's description where its type is known. */
class Graph {
	readonly byName = new Map<string, WorkflowNode>();
	readonly descriptions = new Map<string, NodeVersionDescription>();
	/** main and other connections: source → targets, target → sources. */
	readonly next = new Map<string, Set<string>>();
	readonly previous = new Map<string, Set<string>>();

	constructor(
		readonly wf: Workflow,
		catalog: Catalog,
	) {
		for (const node of wf.nodes) {
			this.byName.set(node.name, node);
			this.next.set(node.name, new Set());
			this.previous.set(node.name, new Set());
			const description = catalog.nodes.get(node.type)?.describe(node.typeVersion);
			if (description) this.descriptions.set(node.name, description);
		}
		for (const [source, byType] of Object.entries(wf.connections ?? {}))
			for (const outputs of Object.values(byType ?? {}))
				for (const targets of Array.isArray(outputs) ? outputs : [])
					for (const target of targets ?? []) {
						if (!this.byName.has(source) || !this.byName.has(target?.node)) continue;
						this.next.get(source)!.add(target.node);
						this.previous.get(target.node)!.add(source);
					}
	}

	isSticky(node: WorkflowNode): boolean {
		return node.type === STICKY_NOTE;
	}

	isTrigger(node: WorkflowNode): boolean {
		return this.descriptions.get(node.name)?.group.includes('trigger') ?? false;
	}

	/** Every node a node's data may come from (its ancestors). */
	ancestors(name: string): Set<string> {
		const seen = new Set<string>();
		const stack = [...(this.previous.get(name) ?? [])];
		while (stack.length > 0) {
			const n = stack.pop()!;
			if (seen.has(n)) continue;
			seen.add(n);
			stack.push(...(this.previous.get(n) ?? []));
		}
		return seen;
	}

	/** How many inputs or outputs of a connection type a node has; undefined where unknown. */
	count(node: WorkflowNode, side: 'inputs' | 'outputs', type: string): number | undefined {
		const description = this.descriptions.get(node.name);
		if (!description) return undefined;
		let connections: unknown = description[side];
		if (typeof connections === 'string')
			connections = evaluateConnections(node, description, connections);
		if (!Array.isArray(connections)) return undefined;
		return connections.filter((c) => (typeof c === 'string' ? c : c?.type) === type).length;
	}
}

/** A node's parameters with the defaults n8n fills in, as its expressions for inputs and outputs see them. */
function fullParameters(node: WorkflowNode, description: NodeVersionDescription): INodeParameters {
	try {
		return (
			NodeHelpers.getNodeParameters(
				description.properties,
				node.parameters,
				true,
				false,
				node as unknown as INode,
				description as unknown as INodeTypeDescription,
			) ?? node.parameters
		);
	} catch {
		return node.parameters;
	}
}

/**
 * Evaluates a description's inputs or outputs expression (Merge's inputs, Switch's outputs) as n8n
 * does, with $parameter and $nodeVersion: the snapshot holds n8n's own code, nothing of a template.
 */
function evaluateConnections(
	node: WorkflowNode,
	description: NodeVersionDescription,
	expression: string,
): unknown {
	const body = expression.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	try {
		const evaluate = new Function('$parameter', '$nodeVersion', `return (${body});`);
		return evaluate(fullParameters(node, description), node.typeVersion);
	} catch {
		return undefined;
	}
}

function checkTypes(wf: Workflow, catalog: Catalog, report: Report): void {
	for (const node of wf.nodes) {
		const entry = catalog.nodes.get(node.type);
		if (!entry) {
			const hint = node.type?.startsWith('n8n-nodes-base.')
				? `if n8n ${catalog.n8nVersion} has it, add "${node.type.slice(15)}" to NODE_TYPES in scripts/snapshot-n8n-nodes.js and regenerate the snapshot: node scripts/snapshot-n8n-nodes.js <n8n install>`
				: 'only n8n-nodes-base and n8n-nodes-intake nodes may be used';
			report('types', `node "${node.name}": unknown node type "${node.type}" (${hint})`);
			continue;
		}
		if (!entry.versions.includes(node.typeVersion)) {
			report(
				'types',
				`node "${node.name}": ${node.type} has no version ${node.typeVersion} in ${entry.source} (versions ${entry.versions.join(', ')})`,
			);
			continue;
		}
		if (node.name === SETTINGS && node.type === SET_NODE) {
			if (node.typeVersion !== SETTINGS_VERSION)
				report(
					'types',
					`node "${node.name}": the contract fixes the Settings node at Set ${SETTINGS_VERSION}, not ${node.typeVersion}`,
				);
		} else if (
			node.typeVersion !== entry.defaultVersion &&
			!(node.type === SET_NODE && node.typeVersion === SETTINGS_VERSION)
		)
			report(
				'types',
				`node "${node.name}": ${node.type} version ${node.typeVersion} is not the newest in ${entry.source}, ${entry.defaultVersion}`,
			);
	}
}

function checkConnections(wf: Workflow, graph: Graph, report: Report): void {
	for (const [source, byType] of Object.entries(wf.connections)) {
		const from = graph.byName.get(source);
		if (!from) {
			report('connections', `connections come from "${source}", which is not a node`);
			continue;
		}
		for (const [type, outputs] of Object.entries(byType ?? {})) {
			if (!Array.isArray(outputs)) {
				report('connections', `"${source}"'s ${type} connections are not a list`);
				continue;
			}
			const outputCount = graph.count(from, 'outputs', type);
			for (const [outputIndex, targets] of outputs.entries()) {
				if ((targets ?? []).length === 0) continue;
				if (outputCount !== undefined && outputIndex >= outputCount)
					report(
						'connections',
						`"${source}" has ${outputCount} ${type} output(s); a connection leaves from output ${outputIndex}`,
					);
				for (const target of targets ?? []) {
					const to = graph.byName.get(target?.node);
					if (!to) {
						report('connections', `"${source}" connects to "${target?.node}", which is not a node`);
						continue;
					}
					const inputCount = graph.count(to, 'inputs', target.type);
					if (
						typeof target.index !== 'number' ||
						(inputCount !== undefined && target.index >= inputCount)
					)
						report(
							'connections',
							`"${source}" connects to input ${target.index} of "${target.node}", which has ${inputCount} ${target.type} input(s)`,
						);
				}
			}
		}
	}
}

/** Every node but the sticky notes runs from some trigger; a node nothing reaches is an orphan. */
function checkReachable(wf: Workflow, graph: Graph, report: Report): void {
	const triggers = wf.nodes.filter((n) => graph.isTrigger(n));
	if (triggers.length === 0) report('graph', 'the template has no trigger node');
	const first = wf.nodes.find((n) => !graph.isSticky(n));
	if (first && triggers.length > 0 && !graph.isTrigger(first))
		report('graph', `the first node (sticky notes aside), "${first.name}", is not a trigger`);
	const leftmost = Math.min(...triggers.map((t) => t.position?.[0] ?? Infinity));
	for (const node of wf.nodes)
		if (!graph.isSticky(node) && !graph.isTrigger(node) && node.position?.[0] < leftmost)
			report('graph', `node "${node.name}" stands left of the trigger, where the flow starts`);
	const reached = new Set<string>();
	const stack = triggers.map((t) => t.name);
	while (stack.length > 0) {
		const n = stack.pop()!;
		if (reached.has(n)) continue;
		reached.add(n);
		stack.push(...(graph.next.get(n) ?? []));
	}
	for (const node of wf.nodes)
		if (!graph.isSticky(node) && !reached.has(node.name))
			report('graph', `node "${node.name}" is an orphan: no trigger reaches it`);
}

/** Laid out left to right as a person reads the canvas: each connection goes right, and nodes do not overlap. */
function checkLayout(wf: Workflow, graph: Graph, report: Report): void {
	const placed = wf.nodes.filter((n) => !graph.isSticky(n) && Array.isArray(n.position));
	for (const node of placed)
		for (const target of graph.next.get(node.name) ?? []) {
			const to = graph.byName.get(target)!;
			// a loop back (Loop Over Items) goes left on purpose
			if (graph.ancestors(node.name).has(target) || !Array.isArray(to.position)) continue;
			if (to.position[0] <= node.position[0])
				report('layout', `"${target}" is not to the right of "${node.name}", which feeds it`);
		}
	for (const [i, a] of placed.entries())
		for (const b of placed.slice(i + 1))
			if (
				Math.abs(a.position[0] - b.position[0]) < 100 &&
				Math.abs(a.position[1] - b.position[1]) < 100
			)
				report('layout', `"${a.name}" and "${b.name}" overlap on the canvas`);
}

/** The Settings node's assignments: name → value. */
export function settingsOf(wf: Workflow): Map<string, unknown> {
	const settings = wf.nodes.find((n) => n.name === SETTINGS);
	const assignments = (settings?.parameters?.assignments as { assignments?: unknown })?.assignments;
	const map = new Map<string, unknown>();
	for (const a of Array.isArray(assignments) ? assignments : [])
		if (isObject(a)) map.set(String(a.name), a.value);
	return map;
}

const ASSIGNMENT_TYPES = ['string', 'number', 'boolean', 'array', 'object'];

/** One Settings Set node right after each trigger, holding named, typed values every other node reads. */
function checkSettings(wf: Workflow, graph: Graph, report: Report): void {
	const named = wf.nodes.filter((n) => n.name === SETTINGS);
	const sets = wf.nodes.filter((n) => n.type === SET_NODE && /settings/i.test(n.name));
	if (named.length !== 1 || named[0].type !== SET_NODE || sets.length !== 1) {
		report(
			'settings',
			`the template needs exactly one Set node named "${SETTINGS}" (found ${sets.map((n) => `"${n.name}"`).join(', ') || 'none'})`,
		);
		return;
	}
	const settings = named[0];
	if ((settings.parameters.mode ?? 'manual') !== 'manual')
		report('settings', 'the Settings node does not use manual mapping');
	const assignments = (settings.parameters.assignments as { assignments?: unknown })?.assignments;
	if (!Array.isArray(assignments) || assignments.length === 0) {
		report('settings', 'the Settings node has no values (parameters.assignments.assignments)');
		return;
	}
	const names = new Set<string>();
	const ids = new Set<string>();
	for (const a of assignments) {
		if (!isObject(a) || typeof a.name !== 'string' || a.name === '') {
			report('settings', `a Settings value has no name: ${JSON.stringify(a)}`);
			continue;
		}
		if (names.has(a.name)) report('settings', `two Settings values are named "${a.name}"`);
		names.add(a.name);
		if (typeof a.id !== 'string' || a.id === '' || ids.has(a.id))
			report('settings', `Settings value "${a.name}" has no id of its own`);
		ids.add(String(a.id));
		if (!ASSIGNMENT_TYPES.includes(String(a.type)))
			report(
				'settings',
				`Settings value "${a.name}" has the type ${JSON.stringify(a.type)} (one of ${ASSIGNMENT_TYPES.join(', ')})`,
			);
		if (!('value' in a)) report('settings', `Settings value "${a.name}" has no value`);
	}
	for (const trigger of wf.nodes.filter((n) => graph.isTrigger(n))) {
		const first = wf.connections[trigger.name]?.main?.[0] ?? [];
		if (!first.some((c) => c?.node === SETTINGS))
			report('settings', `trigger "${trigger.name}" does not lead straight to the Settings node`);
	}
	// what other nodes compute: their expressions and code (a plain text is never a read)
	const code = wf.nodes
		.filter((n) => n !== settings && !graph.isSticky(n))
		.flatMap((n) => [...strings(n.parameters, '')].map(([at, text]) => ({ n, at, text })))
		.filter(({ n, at, text }) => text.startsWith('=') || (n.type === CODE_NODE && /Code$/.test(at)))
		.map(({ text }) => text)
		.join('\n');
	for (const name of names) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const read = new RegExp(`(\\.${escaped}(?![\\w$])|\\[\\s*(['"\`])${escaped}\\2\\s*\\])`);
		if (!read.test(code)) report('settings', `Settings value "${name}" is read by no node`);
	}
	const readPattern =
		/\$\(\s*(['"])Settings\1\s*\)\.(?:item|first\(\)|last\(\)|all\(\)\[\d+\])\.json(?:\.([A-Za-z_$][\w$]*)|\[\s*(['"])(.*?)\3\s*\])/g;
	// what Settings passes on from the trigger (Include Other Fields, Selected): e.g. a webhook's query
	const passed = new Set(
		settings.parameters.includeOtherFields === true && settings.parameters.include === 'selected'
			? String(settings.parameters.includeFields ?? '')
					.split(',')
					.map((f) => f.trim())
			: [],
	);
	for (const m of code.matchAll(readPattern)) {
		const field = m[2] ?? m[4];
		if (!names.has(field) && !passed.has(field))
			report(
				'settings',
				`an expression reads Settings "${field}", which the Settings node does not set`,
			);
	}
}

type ParameterValue = INodeParameters[string];

function isExpression(value: unknown): boolean {
	return typeof value === 'string' && value.startsWith('=');
}

/**
 * Every parameter of every node is one the node has at that version and shows with the node's
 * other settings (n8n's getNodeParameters keeps exactly those; the editor drops the rest), every
 * choice is among the options, and nothing required is left empty.
 */
function checkParameters(wf: Workflow, catalog: Catalog, report: Report): void {
	for (const node of wf.nodes) {
		const description = catalog.nodes.get(node.type)?.describe(node.typeVersion);
		if (!description || !isObject(node.parameters)) continue;
		const scope: Scope = {
			node: node as unknown as INode,
			description: description as unknown as INodeTypeDescription,
			where: `node "${node.name}" (${node.type} v${node.typeVersion})`,
			report,
			root: {},
		};
		let kept: INodeParameters | null;
		try {
			kept = NodeHelpers.getNodeParameters(
				description.properties,
				node.parameters,
				true,
				false,
				scope.node,
				scope.description,
			);
		} catch (error) {
			report(
				'parameters',
				`${scope.where}: n8n cannot read its parameters (${(error as Error).message})`,
			);
			continue;
		}
		scope.root = kept ?? {};
		compareKept(node.parameters, scope.root, description.properties, scope, '');
		checkValues(node.parameters, scope.root, description.properties, scope, '');
		// as the editor sees the node: its parameters with the defaults filled in
		const issues = NodeHelpers.getNodeParametersIssues(
			description.properties,
			{ ...scope.node, parameters: scope.root },
			scope.description,
		);
		for (const [name, messages] of Object.entries(issues?.parameters ?? {}))
			report(
				'parameters',
				`${scope.where}: ${messages.map((m) => m.replace('"undefined"', `"${name}"`)).join('; ')}`,
			);
	}
}

/** One node's parameters being checked: the node, its description, and its full parameters (root). */
interface Scope {
	node: INode;
	description: INodeTypeDescription;
	where: string;
	report: Report;
	root: INodeParameters;
}

/** The properties of a name at one level that show with the values beside them (a name may have one per condition). */
function shownProperties(
	name: string,
	properties: INodeProperties[] | undefined,
	values: unknown,
	scope: Scope,
): { all: INodeProperties[]; shown: INodeProperties[] } {
	const all = (properties ?? []).filter((p) => p.name === name);
	const level = (isObject(values) ? values : {}) as INodeParameters;
	const shown = all.filter((p) =>
		NodeHelpers.displayParameter(level, p, scope.node, scope.description, scope.root),
	);
	return { all, shown };
}

/** A value the template sets that n8n would not keep: unknown there, or hidden by the node's other settings. */
function compareKept(
	given: unknown,
	kept: unknown,
	properties: INodeProperties[] | undefined,
	scope: Scope,
	at: string,
): void {
	if (!isObject(given)) return;
	for (const [key, value] of Object.entries(given)) {
		const path = at ? `${at}.${key}` : key;
		const { all, shown } = shownProperties(key, properties, kept, scope);
		if (!isObject(kept) || !(key in kept)) {
			const conditions = all.map((p) => JSON.stringify(p.displayOptions ?? {})).join(' or ');
			scope.report(
				'parameters',
				all.length === 0
					? `${scope.where}: unknown parameter "${path}"`
					: `${scope.where}: parameter "${path}" is not shown with the node's other settings (it shows with ${conditions}), so the editor drops it`,
			);
			continue;
		}
		const property = shown[0] ?? all[0];
		if (property?.type === 'collection' && !property.typeOptions?.multipleValues)
			compareKept(value, kept[key], property.options as INodeProperties[], scope, path);
		if (property?.type === 'fixedCollection' && isObject(value))
			for (const [item, itemValue] of Object.entries(value)) {
				const option = (
					property.options as Array<{ name: string; values: INodeProperties[] }>
				).find((o) => o.name === item);
				if (!option) {
					scope.report('parameters', `${scope.where}: unknown parameter "${path}.${item}"`);
					continue;
				}
				const keptItem = isObject(kept[key])
					? (kept[key] as Record<string, unknown>)[item]
					: undefined;
				const values = Array.isArray(itemValue) ? itemValue : [itemValue];
				const keptValues = Array.isArray(keptItem) ? keptItem : [keptItem];
				values.forEach((v, i) =>
					compareKept(v, keptValues[i], option.values, scope, `${path}.${item}`),
				);
			}
	}
}

/** Choices among the options, numbers and booleans of their type, collections' keys their options. */
function checkValues(
	given: unknown,
	full: unknown,
	properties: INodeProperties[],
	scope: Scope,
	at: string,
): void {
	if (!isObject(given)) return;
	const values = (isObject(full) ? full : given) as INodeParameters;
	for (const [key, value] of Object.entries(given)) {
		const { all, shown } = shownProperties(key, properties, values, scope);
		const property = shown[0] ?? all[0];
		if (!property || isExpression(value)) continue;
		const path = at ? `${at}.${key}` : key;
		checkValue(property, value as ParameterValue, path, scope.where, scope.report);
		if (property.type === 'collection' && !property.typeOptions?.multipleValues)
			checkValues(value, values[key], property.options as INodeProperties[], scope, path);
		if (property.type === 'fixedCollection' && isObject(value))
			for (const [item, itemValue] of Object.entries(value)) {
				const option = (
					property.options as Array<{ name: string; values: INodeProperties[] }>
				).find((o) => o.name === item);
				if (!option) continue;
				if (property.typeOptions?.multipleValues && !Array.isArray(itemValue))
					scope.report(
						'parameters',
						`${scope.where}: "${path}.${item}" is not a list (the parameter takes several values)`,
					);
				for (const v of Array.isArray(itemValue) ? itemValue : [itemValue])
					checkValues(v, v, option.values, scope, `${path}.${item}`);
			}
	}
}

function checkValue(
	property: INodeProperties,
	value: ParameterValue,
	path: string,
	where: string,
	report: Report,
): void {
	const dynamic = Boolean(
		property.typeOptions?.loadOptionsMethod || property.typeOptions?.loadOptions,
	);
	const choices = (property.options ?? []).map((o) => (o as { value?: unknown }).value);
	const offer = () => choices.map((c) => JSON.stringify(c)).join(', ');
	if (property.type === 'options' && !dynamic && !choices.includes(value))
		report(
			'parameters',
			`${where}: "${path}" is ${JSON.stringify(value)}, not one of its options (${offer()})`,
		);
	if (property.type === 'multiOptions' && !dynamic) {
		if (!Array.isArray(value)) report('parameters', `${where}: "${path}" is not a list of options`);
		else
			for (const v of value)
				if (!choices.includes(v))
					report(
						'parameters',
						`${where}: "${path}" holds ${JSON.stringify(v)}, not one of its options (${offer()})`,
					);
	}
	if (property.type === 'boolean' && typeof value !== 'boolean')
		report('parameters', `${where}: "${path}" is ${JSON.stringify(value)}, not true or false`);
	if (property.type === 'number' && typeof value !== 'number')
		report('parameters', `${where}: "${path}" is ${JSON.stringify(value)}, not a number`);
	if (property.type === 'assignmentCollection') {
		const assignments = isObject(value)
			? (value as Record<string, unknown>).assignments
			: undefined;
		if (!Array.isArray(assignments))
			report('parameters', `${where}: "${path}" has no assignments list`);
		else
			for (const a of assignments)
				if (
					!isObject(a) ||
					typeof a.id !== 'string' ||
					typeof a.name !== 'string' ||
					!('value' in a) ||
					!ASSIGNMENT_TYPES.includes(String(a.type))
				)
					report(
						'parameters',
						`${where}: "${path}" has an assignment without id, name, value and type: ${JSON.stringify(a)}`,
					);
	}
	if (property.type === 'filter') {
		const conditions = isObject(value) ? (value as Record<string, unknown>).conditions : undefined;
		if (!Array.isArray(conditions))
			report('parameters', `${where}: "${path}" has no conditions list`);
		else
			for (const c of conditions)
				if (
					!isObject(c) ||
					typeof c.id !== 'string' ||
					!isObject(c.operator) ||
					typeof c.operator.type !== 'string' ||
					typeof c.operator.operation !== 'string'
				)
					report(
						'parameters',
						`${where}: "${path}" has a condition without id and operator {type, operation}: ${JSON.stringify(c)}`,
					);
	}
}

/** README's section on credentials: the lines under a heading that names them. */
function credentialSection(readme: string): string[] {
	const lines = readme.split('\n');
	const out: string[] = [];
	let level = 0;
	for (const line of lines) {
		const heading = /^(#+)\s+(.*)$/.exec(line);
		if (heading) {
			if (/credential/i.test(heading[2])) level = heading[1].length;
			else if (level > 0 && heading[1].length <= level) level = 0;
			continue;
		}
		if (level > 0) out.push(line);
	}
	return out;
}

/** The README line that documents a credential type: its display name, its type, and how to fill it. */
export function documentation(
	readme: string,
	type: string,
	displayName: string,
): string | undefined {
	return credentialSection(readme).find(
		(line) =>
			line.includes(`\`${type}\``) &&
			line.includes(displayName) &&
			line.replace(displayName, '').replace(`\`${type}\``, '').replace(/[^\w]/g, '').length >= 40,
	);
}

/** Each credential is one the node takes, documented, given as the contract's placeholder; none a node needs is missing. */
function checkCredentials(wf: Workflow, context: LintContext, report: Report): void {
	const documented = new Set<string>();
	for (const node of wf.nodes) {
		const description = context.catalog.nodes.get(node.type)?.describe(node.typeVersion);
		const credentials = node.credentials ?? {};
		if (!isObject(credentials)) {
			report('credentials', `node "${node.name}": credentials is not an object`);
			continue;
		}
		const values = description ? fullParameters(node, description) : node.parameters;
		const shown = (description?.credentials ?? []).filter((c) =>
			NodeHelpers.displayParameter(
				values,
				c as never,
				node as unknown as INode,
				description as unknown as INodeTypeDescription,
			),
		);
		for (const [type, reference] of Object.entries(credentials)) {
			const httpPredefined =
				node.type === 'n8n-nodes-base.httpRequest' && node.parameters.nodeCredentialType === type;
			if (description && !httpPredefined && !shown.some((c) => c.name === type))
				report(
					'credentials',
					`node "${node.name}": ${node.type} v${node.typeVersion} does not take a "${type}" credential here (it takes ${shown.map((c) => c.name).join(', ') || 'none'})`,
				);
			const placeholder = CREDENTIAL_PLACEHOLDERS[type];
			if (!placeholder) {
				report(
					'credentials',
					`node "${node.name}": credential type "${type}" is not one the templates document (${Object.keys(CREDENTIAL_PLACEHOLDERS).join(', ')})`,
				);
				continue;
			}
			if (
				!isObject(reference) ||
				reference.id !== placeholder.id ||
				reference.name !== placeholder.name
			)
				report(
					'credentials',
					`node "${node.name}": its ${type} credential is ${JSON.stringify(reference)}, not the placeholder ${JSON.stringify(placeholder)}`,
				);
			documented.add(type);
		}
		const needed = shown.filter((c) => c.required).map((c) => c.name);
		// HTTP Request takes any credential type, named by a parameter
		if (node.type === 'n8n-nodes-base.httpRequest') {
			const by: Record<string, unknown> = {
				predefinedCredentialType: node.parameters.nodeCredentialType,
				genericCredentialType: node.parameters.genericAuthType,
			};
			const type = by[String(node.parameters.authentication)];
			if (typeof type === 'string') needed.push(type);
		}
		for (const c of needed.map((name) => ({ name })))
			if (!(c.name in credentials))
				report(
					'credentials',
					`node "${node.name}" needs a "${c.name}" credential and names none (use the placeholder ${JSON.stringify(CREDENTIAL_PLACEHOLDERS[c.name] ?? {})})`,
				);
	}
	for (const type of documented) {
		const displayName =
			context.catalog.credentials.get(type)?.displayName ?? CREDENTIAL_PLACEHOLDERS[type].name;
		if (!documentation(context.readme, type, displayName))
			report(
				'credentials',
				`README.md does not document the "${type}" credential: under a heading about credentials, a line naming **${displayName}** (\`${type}\`) and what to fill in`,
			);
	}
}

function stickyText(node: WorkflowNode): string {
	return String(node.parameters?.content ?? '');
}

/** Sticky notes explain the template: each credential it uses by name, and the Settings node. */
function checkStickyNotes(wf: Workflow, context: LintContext, report: Report): void {
	const notes = wf.nodes.filter((n) => n.type === STICKY_NOTE);
	if (notes.length === 0) {
		report('notes', 'the template has no sticky note explaining it');
		return;
	}
	const text = notes.map(stickyText).join('\n');
	if (notes.every((n) => stickyText(n).trim().length < 200))
		report('notes', 'no sticky note explains the template (none has 200 characters)');
	const types = new Set(
		wf.nodes.flatMap((n) => Object.keys(isObject(n.credentials) ? n.credentials : {})),
	);
	for (const type of types) {
		const displayName = context.catalog.credentials.get(type)?.displayName ?? type;
		if (!text.includes(displayName) && !text.includes(type))
			report(
				'notes',
				`no sticky note names the ${displayName} credential (${type}) the template uses`,
			);
	}
	if (!text.includes(SETTINGS))
		report('notes', 'no sticky note tells the user to adapt the Settings node');
}

const ADDRESSES: Array<[string, RegExp]> = [
	['an email address', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/],
	['a URL', /\b(?:https?|ftp|smtp|imap):\/\/[^\s'"`]+/i],
	['a host', /\b(?:localhost|\d{1,3}(?:\.\d{1,3}){3})\b/],
	[
		'an absolute file path',
		/(?:^|[\s'"`=(,:;[])(?:\/(?:[\w.~-]+\/)+[\w.~-]*|[A-Za-z]:\\[^\s'"`]*|~\/[^\s'"`]*)/,
	],
];

/** Strings in a parameter value, with their paths. */
function* strings(value: unknown, at: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [at, value];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* strings(v, `${at}[${i}]`);
	else if (isObject(value))
		for (const [k, v] of Object.entries(value)) yield* strings(v, at ? `${at}.${k}` : k);
}

/**
 * No address anywhere but Settings and the sticky notes: an email address, URL, host or absolute
 * file path elsewhere is a value the user would have to hunt for. Our nodes' API paths (bulkPath,
 * updatePath, …) are paths on the target, not files, and are left alone.
 */
function checkAddresses(wf: Workflow, report: Report): void {
	for (const node of wf.nodes) {
		if (node.name === SETTINGS || node.type === STICKY_NOTE) continue;
		for (const [at, text] of strings(node.parameters, '')) {
			const apiPath =
				node.type.startsWith('n8n-nodes-intake.') && /Path$/.test(at.split('.').pop() ?? '');
			for (const [what, pattern] of ADDRESSES) {
				if (what === 'an absolute file path' && apiPath) continue;
				const found = pattern.exec(text);
				if (found)
					report(
						'addresses',
						`node "${node.name}": parameter "${at}" holds ${what} (${found[0].trim()}); it belongs in Settings`,
					);
			}
		}
	}
}

const REFERENCES = [
	/\$\(\s*(['"`])((?:(?!\1).)+)\1\s*\)/g,
	/\$node\[\s*(['"])((?:(?!\1).)+)\1\s*\]/g,
	/\$items\(\s*(['"])((?:(?!\1).)+)\1/g,
];

/** Every node an expression or Code reads ($('X'), $node["X"], $items("X")) exists and runs before it. */
function checkReferences(wf: Workflow, graph: Graph, report: Report): void {
	for (const node of wf.nodes) {
		if (node.type === STICKY_NOTE) continue;
		const ancestors = graph.ancestors(node.name);
		for (const [at, text] of strings(node.parameters, ''))
			for (const pattern of REFERENCES)
				for (const m of text.matchAll(pattern)) {
					const name = m[2].replace(/\\(['"`\\])/g, '$1');
					const target = graph.byName.get(name);
					if (!target || target.type === STICKY_NOTE)
						report(
							'references',
							`node "${node.name}": parameter "${at}" reads node "${name}", which does not exist`,
						);
					else if (target !== node && !ancestors.has(name))
						report(
							'references',
							`node "${node.name}": parameter "${at}" reads node "${name}", which does not run before it`,
						);
				}
	}
}

/** Code nodes stay inside n8n's sandbox: no require, process or $env (secrets). */
function checkCode(wf: Workflow, report: Report): void {
	for (const node of wf.nodes) {
		if (node.type !== CODE_NODE) continue;
		const code = String(node.parameters.jsCode ?? '') + String(node.parameters.pythonCode ?? '');
		for (const [what, pattern] of [
			['require', /\brequire\s*\(/],
			['process', /\bprocess\s*\./],
			['$env', /\$env\b/],
		] as const)
			if (pattern.test(code)) report('code', `Code node "${node.name}" uses ${what}`);
	}
}

/**
 * The {{ … }} parts of an expression (a string that starts with =), split as n8n's expression
 * splitter (@n8n/tournament's splitExpression) does: a part ends at the first }} that no odd run
 * of backslashes escapes, whatever braces or quotes come before it. A part never closed comes back
 * as undefined.
 */
export function expressionParts(text: string): Array<string | undefined> {
	const next = (bracket: string, from: number): number => {
		for (let i = text.indexOf(bracket, from); i >= 0; i = text.indexOf(bracket, i + 2)) {
			const backslashes = /\\*$/.exec(text.slice(from, i))![0].length;
			if (backslashes % 2 === 0) return i;
		}
		return -1;
	};
	const parts: Array<string | undefined> = [];
	for (let open = next('{{', 0); open >= 0;) {
		const close = next('}}', open + 2);
		if (close < 0) {
			parts.push(undefined);
			break;
		}
		parts.push(text.slice(open + 2, close).replace('\\}}', '}}'));
		open = next('{{', close + 2);
	}
	return parts;
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
	...args: string[]
) => unknown;

/** A syntax error in the JavaScript, or undefined; the code is parsed, never run. */
function syntaxError(source: string, wrap: (s: string) => string): string | undefined {
	try {
		new AsyncFunction(wrap(source));
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

/** Every expression's {{ … }} parts are closed and parse as JavaScript, and so does every Code node's code. */
function checkExpressions(wf: Workflow, report: Report): void {
	for (const node of wf.nodes) {
		if (node.type === STICKY_NOTE) continue;
		for (const [at, text] of strings(node.parameters, '')) {
			if (node.type === CODE_NODE && at === 'jsCode') {
				const error = syntaxError(text, (s) => s);
				if (error)
					report(
						'expressions',
						`Code node "${node.name}": its JavaScript does not parse (${error})`,
					);
				continue;
			}
			if (!text.startsWith('=')) continue;
			for (const part of expressionParts(text)) {
				if (part === undefined) {
					report(
						'expressions',
						`node "${node.name}": parameter "${at}" opens {{ and never closes it`,
					);
					continue;
				}
				if (part.trim() === '') continue;
				const error = syntaxError(part, (s) => `return (${s}\n);`);
				if (error)
					report(
						'expressions',
						`node "${node.name}": parameter "${at}": {{${part}}} does not parse (${error})`,
					);
			}
		}
	}
}
