/* The test variant of a workflow template (workflows/<name>.json): generated, never edited by hand.
 * It changes only what a test must: the workflow's id and name, the values of the `Settings` node,
 * the credentials, and the trigger (Manual or Webhook for Schedule); everything else is the template's.
 * See /tmp/19/contract.md ("Test variants") and test/e2e/README.md. */
'use strict';
const { createHash } = require('node:crypto');

const ID = /^[a-zA-Z0-9]{16}$/;
const SCHEDULE = 'n8n-nodes-base.scheduleTrigger';
const MANUAL = 'n8n-nodes-base.manualTrigger';
const WEBHOOK = 'n8n-nodes-base.webhook';
const WEBHOOK_VERSION = 2.1;
/** node types that start a workflow (those a template may have several of) */
const TRIGGER = /Trigger$|^n8n-nodes-base\.webhook$|^n8n-nodes-base\.emailReadImap$/;

const isTrigger = (node) => TRIGGER.test(node.type);

/** a UUID that is the same every time for the same input (so a variant is reproducible) */
function stableUuid(...parts) {
	const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
	const variantNibble = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variantNibble}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function setSettings(nodes, settings) {
	const node = nodes.find((n) => n.name === 'Settings');
	if (!node) throw new Error('variant: the template has no node named "Settings"');
	const assignments = node.parameters?.assignments?.assignments;
	if (!Array.isArray(assignments))
		throw new Error('variant: the Settings node has no assignments.assignments list');
	for (const [name, value] of Object.entries(settings)) {
		const a = assignments.find((x) => x.name === name);
		if (!a)
			throw new Error(
				`variant: Settings has no value named "${name}" (it has: ${assignments.map((x) => x.name).join(', ')})`,
			);
		a.value = value;
	}
}

function setCredentials(nodes, credentials) {
	for (const node of nodes) {
		if (!node.credentials) continue;
		for (const [type, ref] of Object.entries(credentials)) {
			if (node.credentials[type]) node.credentials[type] = { id: ref.id, name: ref.name };
		}
	}
}

function removeTriggers(workflow, keepOnly) {
	const keep = new Set(keepOnly);
	const triggers = workflow.nodes.filter(isTrigger).map((n) => n.name);
	for (const name of keep)
		if (!triggers.includes(name))
			throw new Error(`variant: keepOnly names "${name}", not a trigger of this template`);
	const gone = new Set(triggers.filter((name) => !keep.has(name)));
	workflow.nodes = workflow.nodes.filter((n) => !gone.has(n.name));
	for (const name of gone) delete workflow.connections[name];
}

function replaceTrigger(workflow, to, options) {
	const from = to === 'manual' ? [SCHEDULE] : [SCHEDULE, MANUAL];
	const found = workflow.nodes.filter((n) => from.includes(n.type));
	if (found.length === 0)
		throw new Error(
			`variant: trigger '${to}' asked for, but the template has no ${from.join(' or ')}`,
		);
	if (to === 'webhook' && !options.webhookPath)
		throw new Error("variant: trigger 'webhook' needs options.webhookPath");
	if (to === 'webhook' && found.length > 1)
		throw new Error(
			`variant: trigger 'webhook' needs one trigger to replace; give keepOnly (found ${found.map((n) => n.name).join(', ')})`,
		);
	workflow.nodes = workflow.nodes.map((n) => {
		if (!from.includes(n.type)) return n;
		const base = { id: n.id, name: n.name, position: n.position };
		if (to === 'manual') return { ...base, type: MANUAL, typeVersion: 1, parameters: {} };
		return {
			...base,
			type: WEBHOOK,
			typeVersion: WEBHOOK_VERSION,
			parameters: {
				httpMethod: 'POST',
				path: options.webhookPath,
				responseMode: 'lastNode',
				responseData: 'allEntries',
				options: {},
			},
			webhookId: stableUuid(options.id ?? '', n.id ?? n.name, options.webhookPath),
		};
	});
}

/**
 * A new workflow object made from a template; the template is not changed.
 * @param {object} template a parsed workflows/<name>.json
 * @param {{ id: string, name: string, settings?: Record<string, unknown>,
 *   credentials?: Record<string, { id: string, name: string }>,
 *   trigger?: 'keep' | 'manual' | 'webhook', webhookPath?: string, keepOnly?: string[] }} options
 */
function variant(template, options = {}) {
	if (!ID.test(options.id ?? ''))
		throw new Error(`variant: options.id must be 16 letters or digits, got ${options.id}`);
	if (!options.name) throw new Error('variant: options.name is required');
	const workflow = structuredClone(template);
	workflow.id = options.id;
	workflow.name = options.name;
	workflow.active = false;
	workflow.connections ??= {};
	if (options.keepOnly) removeTriggers(workflow, options.keepOnly);
	if (options.settings) setSettings(workflow.nodes, options.settings);
	if (options.credentials) setCredentials(workflow.nodes, options.credentials);
	const trigger = options.trigger ?? 'keep';
	if (trigger === 'manual' || trigger === 'webhook') replaceTrigger(workflow, trigger, options);
	else if (trigger !== 'keep') throw new Error(`variant: unknown trigger '${trigger}'`);
	return workflow;
}

module.exports = { variant, stableUuid };
