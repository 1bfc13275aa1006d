import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog, REPO } from './catalog';
import { lintWorkflow, settingsOf, type Workflow, type WorkflowNode } from './lint';
import { readTemplate, templateFiles } from './templates';

// The e2e suite's test variants (test/e2e/harness/variant.js, the contract's "Test variants"): a
// variant of each template changes only the trigger, the Settings values, the credentials and the
// workflow's id and name, and is still a workflow n8n 2.41 accepts.

const VARIANT_FILE = path.join(REPO, 'test', 'e2e', 'harness', 'variant.js');
const present = fs.existsSync(VARIANT_FILE);

type VariantOptions = {
	id: string;
	name: string;
	settings?: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	trigger?: 'keep' | 'manual' | 'webhook';
	webhookPath?: string;
	keepOnly?: string[];
};
type VariantFn = (template: unknown, options: VariantOptions) => Workflow;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const variant: VariantFn | undefined = present ? require(VARIANT_FILE).variant : undefined;

const catalog = loadCatalog();
const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

const SCHEDULE = 'n8n-nodes-base.scheduleTrigger';
const MANUAL = 'n8n-nodes-base.manualTrigger';
const WEBHOOK = 'n8n-nodes-base.webhook';
const BASE = { id: 'TestVariant00001', name: 'Test variant' };
const CREDENTIALS = {
	intakeApi: { id: 'testIntakeApi001', name: 'Test Intake API' },
	smtp: { id: 'testSmtp00000001', name: 'Test SMTP' },
	imap: { id: 'testImap00000001', name: 'Test IMAP' },
};
/** The rules a variant must still pass: it has an id and test credentials, so format and credentials are not among them. */
const STILL_VALID = [
	'nodes',
	'types',
	'connections',
	'graph',
	'settings',
	'parameters',
	'references',
];

/** The workflow with nodes keyed by name, so a removed node does not shift the others. */
function byName(wf: Workflow): Record<string, unknown> {
	return { ...wf, nodes: Object.fromEntries(wf.nodes.map((n) => [n.name, n])) };
}

/** Every leaf path where two values differ. */
function differences(a: unknown, b: unknown, at: string[] = [], out: string[][] = []): string[][] {
	if (JSON.stringify(a) === JSON.stringify(b)) return out;
	const objects = a && b && typeof a === 'object' && typeof b === 'object';
	if (!objects) {
		out.push(at);
		return out;
	}
	const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
	for (const key of keys)
		differences(
			(a as Record<string, unknown>)[key],
			(b as Record<string, unknown>)[key],
			[...at, key],
			out,
		);
	return out;
}

/** A value of the same type, but different, for each Settings value. */
function changedSettings(wf: Workflow): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of settingsOf(wf)) {
		if (typeof value === 'number') out[name] = value + 1;
		else if (typeof value === 'boolean') out[name] = !value;
		else out[name] = `test ${name}`;
	}
	return out;
}

function nodesOfType(wf: Workflow, type: string): WorkflowNode[] {
	return wf.nodes.filter((n) => n.type === type);
}

/** The problems a variant has that its template has not (the template's own are templates.test.ts's to report). */
function newProblems(template: Workflow, result: Workflow): string[] {
	const own = new Set(lintWorkflow(template, { catalog, readme }).map((p) => p.message));
	return lintWorkflow(result, { catalog, readme })
		.filter((p) => STILL_VALID.includes(p.rule) && !own.has(p.message))
		.map((p) => `${p.rule}: ${p.message}`);
}

const templates = templateFiles()
	.map((t) => ({ ...t, workflow: readTemplate(t.file).workflow as Workflow | undefined }))
	.filter((t) => t.workflow && Array.isArray(t.workflow.nodes));

if (!present)
	describe('test variants', () => {
		it.skip(`are not tested: ${path.relative(REPO, VARIANT_FILE)} does not exist yet`, () => {});
	});

const rows = present && templates.length > 0 ? templates : [];

(rows.length > 0
	? describe.each(rows)
	: describe.skip.each([{ name: 'none', file: '', workflow: undefined }]))(
	'variant of workflows/$name.json',
	({ workflow }) => {
		const template = workflow as Workflow;
		const run = (options: Partial<VariantOptions>) => variant!(template, { ...BASE, ...options });

		it('leaves the template as it was', () => {
			const before = JSON.stringify(template);
			run({ settings: changedSettings(template), credentials: CREDENTIALS });
			expect(JSON.stringify(template)).toBe(before);
		});

		it('changes only the id, name, Settings values and credentials', () => {
			const settings = changedSettings(template);
			const result = run({ settings, credentials: CREDENTIALS });
			const changed = differences(byName(template), byName(result)).filter(
				(p) =>
					!(p.length === 1 && ['id', 'name', 'active'].includes(p[0])) &&
					!(
						p[0] === 'nodes' &&
						p[1] === 'Settings' &&
						p[4] === 'assignments' &&
						p[6] === 'value'
					) &&
					!(p[0] === 'nodes' && p[2] === 'credentials' && ['id', 'name'].includes(p[4])),
			);
			expect(changed.map((p) => p.join('.'))).toEqual([]);
			expect({ id: result.id, name: result.name, active: result.active }).toEqual({
				...BASE,
				active: false,
			});
			expect(Object.fromEntries(settingsOf(result))).toEqual(settings);
			for (const node of result.nodes)
				for (const [type, reference] of Object.entries(node.credentials ?? {}))
					expect({ node: node.name, reference }).toEqual({
						node: node.name,
						reference: CREDENTIALS[type as keyof typeof CREDENTIALS] ?? reference,
					});
			expect(newProblems(template, result)).toEqual([]);
		});

		it('refuses a Settings value the template does not declare', () => {
			expect(() => run({ settings: { noSuchSettingAnywhere: 1 } })).toThrow(
				/noSuchSettingAnywhere/,
			);
		});

		const schedules = nodesOfType(template, SCHEDULE);
		(schedules.length > 0 ? it : it.skip)(
			"trigger 'manual' turns each Schedule Trigger into a Manual Trigger of the same name, id and place",
			() => {
				const result = run({ trigger: 'manual' });
				expect(nodesOfType(result, SCHEDULE)).toEqual([]);
				for (const schedule of schedules) {
					const manual = result.nodes.find((n) => n.name === schedule.name)!;
					expect(manual).toMatchObject({
						type: MANUAL,
						id: schedule.id,
						position: schedule.position,
					});
				}
				expect(result.connections).toEqual(template.connections);
				const changed = differences(byName(template), byName(result)).filter(
					(p) =>
						!(p.length === 1 && ['id', 'name', 'active'].includes(p[0])) &&
						!(p[0] === 'nodes' && schedules.some((s) => s.name === p[1])),
				);
				expect(changed.map((p) => p.join('.'))).toEqual([]);
				expect(newProblems(template, result)).toEqual([]);
			},
		);

		const replaceable = [...schedules, ...nodesOfType(template, MANUAL)];
		(replaceable.length > 0 ? it : it.skip)(
			"trigger 'webhook' makes a Webhook of the same name that answers when the run ends",
			() => {
				const trigger = replaceable[0];
				const triggers = lintTriggers(template);
				const keepOnly = triggers.length > 1 ? [trigger.name] : undefined;
				const result = run({ trigger: 'webhook', webhookPath: 'test-variant', keepOnly });
				const webhook = result.nodes.find((n) => n.name === trigger.name)!;
				expect(webhook).toMatchObject({
					type: WEBHOOK,
					id: trigger.id,
					position: trigger.position,
					parameters: {
						httpMethod: 'POST',
						path: 'test-variant',
						responseMode: 'lastNode',
						responseData: 'allEntries',
					},
				});
				expect(nodesOfType(result, SCHEDULE)).toEqual([]);
				expect(result.connections[trigger.name]).toEqual(template.connections[trigger.name]);
				expect(newProblems(template, result)).toEqual([]);
			},
		);

		const triggers = lintTriggers(template);
		(triggers.length > 1 ? it : it.skip)(
			'keepOnly removes the other triggers and their connections',
			() => {
				const kept = triggers[0];
				const result = run({ keepOnly: [kept.name] });
				const gone = triggers.slice(1).map((t) => t.name);
				for (const name of gone) {
					expect(result.nodes.some((n) => n.name === name)).toBe(false);
					expect(result.connections[name]).toBeUndefined();
				}
				const changed = differences(byName(template), byName(result)).filter(
					(p) =>
						!(p.length === 1 && ['id', 'name', 'active'].includes(p[0])) &&
						!(['nodes', 'connections'].includes(p[0]) && gone.includes(p[1])),
				);
				expect(changed.map((p) => p.join('.'))).toEqual([]);
				expect(newProblems(template, result)).toEqual([]);
			},
		);
	},
);

/** The template's trigger nodes, as the checks see them (their description's group). */
function lintTriggers(wf: Workflow): WorkflowNode[] {
	return wf.nodes.filter((n) =>
		catalog.nodes.get(n.type)?.describe(n.typeVersion)?.group.includes('trigger'),
	);
}
