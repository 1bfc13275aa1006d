import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCatalog, REPO } from './catalog';
import {
	documentation,
	expressionParts,
	lintWorkflow,
	type Problem,
	type Workflow,
	type WorkflowNode,
} from './lint';
import { readTemplate, templateFiles } from './templates';

// The checks themselves, on a small template that passes them all (fixtures/good.json) and on
// broken copies of it: each mistake a template author could make is caught, and named.

const catalog = loadCatalog();
const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const GOOD = path.join(__dirname, 'fixtures', 'good.json');

function good(): Workflow {
	return JSON.parse(fs.readFileSync(GOOD, 'utf8')) as Workflow;
}

function lint(workflow: unknown, text = readme): Problem[] {
	return lintWorkflow(workflow, { catalog, readme: text });
}

function node(wf: Workflow, name: string): WorkflowNode {
	const found = wf.nodes.find((n) => n.name === name);
	if (!found) throw new Error(`fixture has no node "${name}"`);
	return found;
}

function add(wf: Workflow, extra: Partial<WorkflowNode> & { name: string; type: string }): void {
	wf.nodes.push({
		id: `0000000${wf.nodes.length}-0000-4000-8000-000000000000`.slice(-36),
		typeVersion: 1,
		position: [1760, 300],
		parameters: {},
		...extra,
	} as WorkflowNode);
}

function connect(wf: Workflow, from: string, to: string, output = 0, input = 0): void {
	const outputs = (wf.connections[from] ??= { main: [] }).main;
	while (outputs.length <= output) outputs.push([]);
	outputs[output]!.push({ node: to, type: 'main', index: input });
}

function settingsAssignments(wf: Workflow): Array<Record<string, unknown>> {
	return (
		node(wf, 'Settings').parameters.assignments as { assignments: Array<Record<string, unknown>> }
	).assignments;
}

describe('lintWorkflow on fixtures/good.json', () => {
	it('finds nothing wrong', () => {
		expect(lint(good())).toEqual([]);
	});
});

// [what is broken, how, the rule that must catch it, words its message must hold]
const BROKEN: Array<[string, (wf: Workflow) => void, string, string]> = [
	['no top-level id', (wf) => delete wf.id, 'format', 'no id of 16 letters or digits'],
	['a short top-level id', (wf) => Object.assign(wf, { id: 'abc' }), 'format', 'got "abc"'],
	['active: true', (wf) => Object.assign(wf, { active: true }), 'format', 'active'],
	['no executionOrder', (wf) => (wf.settings = {}), 'format', 'executionOrder'],
	[
		'pinned data',
		(wf) => Object.assign(wf, { pinData: { Run: [{ json: {} }] } }),
		'format',
		'pinned',
	],
	['an unexpected key', (wf) => Object.assign(wf, { staticData: {} }), 'format', 'staticData'],
	[
		'two nodes of one name',
		(wf) => (node(wf, 'Dedupe').name = 'Map Columns'),
		'nodes',
		'two nodes are named "Map Columns"',
	],
	['an id that is no UUID', (wf) => (node(wf, 'Dedupe').id = 'dedupe-1'), 'nodes', 'no UUID id'],
	['an id used twice', (wf) => (node(wf, 'Dedupe').id = node(wf, 'Run').id), 'nodes', 'the id'],
	[
		'a node without position',
		(wf) => delete (node(wf, 'Dedupe') as Partial<WorkflowNode>).position,
		'nodes',
		'position',
	],
	['a disabled node', (wf) => (node(wf, 'Dedupe').disabled = true), 'nodes', 'disabled'],
	[
		'an n8n type missing from the snapshot',
		(wf) => (node(wf, 'Read File').type = 'n8n-nodes-base.spreadsheetMagic'),
		'types',
		'add "spreadsheetMagic" to NODE_TYPES in scripts/snapshot-n8n-nodes.js',
	],
	[
		'a type of another package',
		(wf) => (node(wf, 'Read File').type = '@n8n/n8n-nodes-langchain.agent'),
		'types',
		'only n8n-nodes-base and n8n-nodes-intake',
	],
	[
		'a version n8n 2.41 lacks',
		(wf) => (node(wf, 'Email Report').typeVersion = 3),
		'types',
		'has no version 3',
	],
	[
		'an older version',
		(wf) => (node(wf, 'Email Report').typeVersion = 2),
		'types',
		'not the newest',
	],
	[
		'a version our node lacks',
		(wf) => (node(wf, 'Spreadsheet to Records').typeVersion = 3),
		'types',
		'n8n-nodes-intake.spreadsheetToRecords has no version 3',
	],
	[
		'Settings at Set 3.5',
		(wf) => (node(wf, 'Settings').typeVersion = 3.5),
		'types',
		'Settings node at Set 3.4',
	],
	[
		'connections from no node',
		(wf) => connect(wf, 'Ghost', 'Dedupe'),
		'connections',
		'"Ghost", which is not a node',
	],
	[
		'a connection to no node',
		(wf) => connect(wf, 'Dedupe', 'Ghost'),
		'connections',
		'"Ghost", which is not a node',
	],
	[
		'Dedupe output 3 (it has 3)',
		(wf) => connect(wf, 'Dedupe', 'Email Report', 3),
		'connections',
		'"Dedupe" has 3 main output(s)',
	],
	[
		'Import Batch output 2 (it has 2)',
		(wf) => connect(wf, 'Import Batch', 'Email Report', 2),
		'connections',
		'"Import Batch" has 2 main output(s)',
	],
	[
		'Dedupe input 2 (it has 2)',
		(wf) => (wf.connections['Fetch Existing'].main[0]![0].index = 2),
		'connections',
		'input 2 of "Dedupe", which has 2 main input(s)',
	],
	[
		'Import Batch input 1 (it has 1)',
		(wf) => (wf.connections.Dedupe.main[0]![0].index = 1),
		'connections',
		'input 1 of "Import Batch", which has 1 main input(s)',
	],
	[
		'a node no trigger reaches',
		(wf) => add(wf, { name: 'Loose End', type: 'n8n-nodes-base.noOp' }),
		'graph',
		'"Loose End" is an orphan',
	],
	['no trigger', (wf) => (node(wf, 'Run').type = 'n8n-nodes-base.noOp'), 'graph', 'no trigger'],
	['a first node that is no trigger', (wf) => wf.nodes.reverse(), 'graph', 'is not a trigger'],
	[
		'a node left of the trigger',
		(wf) => (node(wf, 'Read File').position = [-300, 0]),
		'graph',
		'stands left of the trigger',
	],
	[
		'a connection going left',
		(wf) => (node(wf, 'Email Report').position = [1200, 600]),
		'layout',
		'"Email Report" is not to the right of "Import Batch"',
	],
	[
		'two nodes on top of each other',
		(wf) => (node(wf, 'Fetch Existing').position = [900, 240]),
		'layout',
		'overlap',
	],
	[
		'no Settings node',
		(wf) => (node(wf, 'Settings').name = 'Config'),
		'settings',
		'exactly one Set node named "Settings"',
	],
	[
		'a second settings Set node',
		(wf) => add(wf, { name: 'More Settings', type: 'n8n-nodes-base.set', typeVersion: 3.4 }),
		'settings',
		'"More Settings"',
	],
	[
		'Settings not right after the trigger',
		(wf) => (wf.connections.Run.main[0]![0].node = 'Read File'),
		'settings',
		'does not lead straight to the Settings node',
	],
	[
		'a Settings value no node reads',
		(wf) =>
			settingsAssignments(wf).push({ id: 'x1', name: 'unusedThing', value: 'a', type: 'string' }),
		'settings',
		'"unusedThing" is read by no node',
	],
	[
		'a Settings value only named in plain text',
		(wf) => {
			settingsAssignments(wf).push({ id: 'x2', name: 'subject', value: 'Report', type: 'string' });
			node(wf, 'Email Report').parameters.subject = 'subject';
		},
		'settings',
		'"subject" is read by no node',
	],
	[
		'a Settings value that is not set',
		(wf) =>
			(node(wf, 'Email Report').parameters.subject = "={{ $('Settings').item.json.subjectLine }}"),
		'settings',
		'reads Settings "subjectLine"',
	],
	[
		'a Settings value without id',
		(wf) => delete settingsAssignments(wf)[0].id,
		'settings',
		'has no id',
	],
	[
		'a Settings value of an unknown type',
		(wf) => (settingsAssignments(wf)[0].type = 'text'),
		'settings',
		'has the type "text"',
	],
	[
		'an unknown parameter',
		(wf) => (node(wf, 'Email Report').parameters.toEmails = 'x'),
		'parameters',
		'unknown parameter "toEmails"',
	],
	[
		'a parameter hidden by the operation',
		(wf) => (node(wf, 'Read File').parameters.dataPropertyName = 'data'),
		'parameters',
		'"dataPropertyName" is not shown',
	],
	[
		'a parameter hidden at that version',
		(wf) => (node(wf, 'Settings').parameters.include = 'none'),
		'parameters',
		'"include" is not shown',
	],
	[
		'a choice among no options',
		(wf) => (node(wf, 'Dedupe').parameters.policy = 'ignore'),
		'parameters',
		'"policy" is "ignore", not one of its options',
	],
	[
		'a multi-choice among no options',
		(wf) => (node(wf, 'Dedupe').parameters.matchOn = ['email', 'fax']),
		'parameters',
		'"matchOn" holds "fax"',
	],
	[
		'an unknown collection option',
		(wf) => (node(wf, 'Import Batch').parameters.importOptions = { turbo: true }),
		'parameters',
		'unknown parameter "importOptions.turbo"',
	],
	[
		'a hidden collection option',
		(wf) =>
			(node(wf, 'Email Report').parameters.options = {
				ccEmail: 'x',
				attachments: 'data',
				bogus: 1,
			}),
		'parameters',
		'unknown parameter "options.bogus"',
	],
	[
		'a text where a boolean goes',
		(wf) => (node(wf, 'Fetch Existing').parameters.returnAll = 'true'),
		'parameters',
		'"returnAll" is "true", not true or false',
	],
	[
		'a text where a number goes',
		(wf) => (node(wf, 'Dedupe').parameters.threshold = '0.9'),
		'parameters',
		'"threshold" is "0.9", not a number',
	],
	[
		'a required parameter left empty',
		(wf) => (node(wf, 'Email Report').parameters.toEmail = ''),
		'parameters',
		'toEmail',
	],
	[
		'a credential the node does not take',
		(wf) => (node(wf, 'Dedupe').credentials = { smtp: { id: 'smtpCredential', name: 'SMTP' } }),
		'credentials',
		'does not take a "smtp" credential',
	],
	[
		'an undocumented credential type',
		(wf) =>
			(node(wf, 'Email Report').credentials = {
				smtp: { id: 'smtpCredential', name: 'SMTP' },
				httpBasicAuth: { id: 'a', name: 'b' },
			}),
		'credentials',
		'"httpBasicAuth" is not one the templates document',
	],
	[
		'a real credential id',
		(wf) => (node(wf, 'Import Batch').credentials = { intakeApi: { id: 'Xy12', name: 'Our CRM' } }),
		'credentials',
		'not the placeholder',
	],
	[
		'no credential where one is needed',
		(wf) => delete node(wf, 'Import Batch').credentials,
		'credentials',
		'"Import Batch" needs a "intakeApi" credential',
	],
	[
		'no sticky note',
		(wf) => (wf.nodes = wf.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote')),
		'notes',
		'no sticky note',
	],
	[
		'a note that does not name SMTP',
		(wf) =>
			(node(wf, 'About This Workflow').parameters.content = String(
				node(wf, 'About This Workflow').parameters.content,
			).replace(/SMTP|smtp/g, 'mail')),
		'notes',
		'SMTP credential',
	],
	[
		'an email address outside Settings',
		(wf) => (node(wf, 'Email Report').parameters.toEmail = 'ops@lawfirm.com'),
		'addresses',
		'an email address (ops@lawfirm.com)',
	],
	[
		'a URL outside Settings',
		(wf) => (node(wf, 'Email Report').parameters.text = 'See https://cases.lawfirm.com/x'),
		'addresses',
		'a URL',
	],
	[
		'a file path outside Settings',
		(wf) => (node(wf, 'Read File').parameters.fileSelector = '/home/ops/clients.csv'),
		'addresses',
		'an absolute file path (/home/ops/clients.csv)',
	],
	[
		'a Windows path outside Settings',
		(wf) => (node(wf, 'Read File').parameters.fileSelector = 'C:\\Exports\\clients.csv'),
		'addresses',
		'an absolute file path',
	],
	[
		'a host outside Settings',
		(wf) => (node(wf, 'Email Report').parameters.text = 'server 127.0.0.1'),
		'addresses',
		'a host',
	],
	[
		'a read of a node that does not exist',
		(wf) => (node(wf, 'Email Report').parameters.text = "={{ $('Report').item.json.status }}"),
		'references',
		'reads node "Report", which does not exist',
	],
	[
		'a read of a node that runs later',
		(wf) => (node(wf, 'Dedupe').parameters.threshold = "={{ $('Email Report').item.json.x }}"),
		'references',
		'reads node "Email Report", which does not run before it',
	],
	[
		'an old-style read of no node',
		(wf) => (node(wf, 'Email Report').parameters.text = '={{ $node["Nope"].json.x }}'),
		'references',
		'"Nope"',
	],
];

describe.each(BROKEN)('lintWorkflow catches %s', (_what, mutate, rule, words) => {
	it(`as a ${rule} problem`, () => {
		const wf = good();
		mutate(wf);
		const found = lint(wf).filter((p) => p.rule === rule);
		expect(found.map((p) => p.message).join('\n')).toContain(words);
	});
});

describe('lintWorkflow, where nothing is wrong', () => {
	it("leaves our nodes' API paths alone (paths on the target, not files)", () => {
		const wf = good();
		node(wf, 'Import Batch').parameters.updatePath = '/api/{object}/{id}';
		expect(lint(wf)).toEqual([]);
	});

	it('lets an expression read what Settings passes on from the trigger (Include Other Fields, Selected)', () => {
		const wf = good();
		const reading = Object.entries(node(wf, 'Import Batch').parameters).find(
			([, v]) => typeof v === 'string' && v.startsWith('='),
		);
		const [key] = reading ?? ['object'];
		node(wf, 'Import Batch').parameters[key] = "={{ $('Settings').item.json.query?.case }}";
		const settingsProblems = () =>
			lint(wf)
				.filter((p) => p.rule === 'settings' && p.message.includes('"query"'))
				.map((p) => p.message);
		expect(settingsProblems()).toEqual([
			'an expression reads Settings "query", which the Settings node does not set',
		]);
		Object.assign(node(wf, 'Settings').parameters, {
			includeOtherFields: true,
			include: 'selected',
			includeFields: 'query, webhookUrl',
		});
		expect(settingsProblems()).toEqual([]);
	});

	it("counts Merge's inputs from its Number of Inputs", () => {
		const wf = good();
		const merge = {
			name: 'Merge',
			type: 'n8n-nodes-base.merge',
			typeVersion: 3.2,
			position: [1320, 500] as [number, number],
		};
		add(wf, { ...merge, parameters: { numberInputs: 3 } });
		connect(wf, 'Dedupe', 'Merge', 0, 0);
		connect(wf, 'Dedupe', 'Merge', 1, 1);
		connect(wf, 'Dedupe', 'Merge', 2, 2);
		expect(lint(wf).filter((p) => p.rule === 'connections')).toEqual([]);
		connect(wf, 'Dedupe', 'Merge', 2, 3);
		expect(
			lint(wf)
				.filter((p) => p.rule === 'connections')
				.map((p) => p.message),
		).toEqual(['"Dedupe" connects to input 3 of "Merge", which has 3 main input(s)']);
	});

	it('accepts expressions where a choice, a number or a boolean goes', () => {
		const wf = good();
		node(wf, 'Dedupe').parameters.policy =
			"={{ $('Settings').item.json.object ? 'skip' : 'merge' }}";
		node(wf, 'Dedupe').parameters.threshold = '={{ 0.85 }}';
		node(wf, 'Fetch Existing').parameters.returnAll = '={{ true }}';
		expect(lint(wf)).toEqual([]);
	});

	it("takes an n8n node's choices and collections from the snapshot (Convert to File's addBOM needs an encoding)", () => {
		const wf = good();
		add(wf, {
			name: 'To CSV',
			type: 'n8n-nodes-base.convertToFile',
			typeVersion: 1.1,
			parameters: {
				operation: 'toText',
				sourceProperty: 'csv',
				options: { encoding: 'utf8', addBOM: true },
			},
		});
		connect(wf, 'Import Batch', 'To CSV', 1);
		expect(lint(wf).filter((p) => p.rule === 'parameters')).toEqual([]);
		(node(wf, 'To CSV').parameters.options as Record<string, unknown>).encoding = undefined;
		delete (node(wf, 'To CSV').parameters.options as Record<string, unknown>).encoding;
		expect(
			lint(wf)
				.filter((p) => p.rule === 'parameters')
				.map((p) => p.message)
				.join('\n'),
		).toContain('"options.addBOM" is not shown');
	});

	it('asks HTTP Request for the credential its Authentication names', () => {
		const wf = good();
		add(wf, {
			name: 'Download',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.5,
			parameters: {
				url: "={{ $('Settings').item.json.object }}",
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'intakeApi',
				options: {},
			},
			credentials: { intakeApi: { id: 'intakeApiCredential', name: 'Intake API' } },
		});
		connect(wf, 'Import Batch', 'Download');
		expect(lint(wf)).toEqual([]);
		delete node(wf, 'Download').credentials;
		expect(lint(wf).map((p) => p.message)).toEqual([
			'node "Download" needs a "intakeApi" credential and names none (use the placeholder {"id":"intakeApiCredential","name":"Intake API"})',
		]);
	});

	it('catches expressions and code that do not parse', () => {
		const wf = good();
		node(wf, 'Email Report').parameters.text =
			'={{ $json.status }} and {{ $json.totals.created + }}';
		node(wf, 'Email Report').parameters.subject =
			"=Import of {{ $('Settings').first().json.object ";
		add(wf, {
			name: 'Code',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			parameters: { jsCode: 'return [{ json: { a: 1 } ];' },
		});
		connect(wf, 'Import Batch', 'Code');
		expect(
			lint(wf)
				.filter((p) => p.rule === 'expressions')
				.map((p) => p.message.replace(/ \(.*\)$/, '')),
		).toEqual([
			'node "Email Report": parameter "subject" opens {{ and never closes it',
			'node "Email Report": parameter "text": {{ $json.totals.created + }} does not parse',
			'Code node "Code": its JavaScript does not parse',
		]);
	});

	it('splits an expression as n8n does: the first }} closes, whatever quotes or braces hold it', () => {
		expect(expressionParts("={{ $json.a }} and {{ { a: '}}' }.a }}")).toEqual([
			' $json.a ',
			" { a: '",
		]);
		expect(expressionParts('={{ { a: { b: 1 } }.a }}')).toEqual([' { a: { b: 1 } }.a ']);
		expect(expressionParts('=\\{{ not code }} {{ 1 }}')).toEqual([' 1 ']);
		const wf = good();
		node(wf, 'Email Report').parameters.text = '={{ { a: { b: 1 }}.a }}';
		expect(lint(wf).filter((p) => p.rule === 'expressions')).toHaveLength(1);
		node(wf, 'Email Report').parameters.text =
			'={{ { a: { b: 1 } }.a }}: {{ $json.list.map((r) => ({ ...r })).length }}';
		add(wf, {
			name: 'Code',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			parameters: { jsCode: 'const rows = await Promise.resolve($input.all());\nreturn rows;' },
		});
		connect(wf, 'Import Batch', 'Code');
		expect(lint(wf)).toEqual([]);
	});

	it('catches a Code node that reaches outside the sandbox', () => {
		const wf = good();
		add(wf, {
			name: 'Code',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			parameters: {
				jsCode: "const fs = require('fs');\nreturn [{ json: { key: $env.API_KEY } }];",
			},
		});
		connect(wf, 'Import Batch', 'Code');
		expect(
			lint(wf)
				.filter((p) => p.rule === 'code')
				.map((p) => p.message),
		).toEqual(['Code node "Code" uses require', 'Code node "Code" uses $env']);
	});

	it('reads a template that is not JSON as a parse error', () => {
		const file = path.join(__dirname, 'fixtures', 'not-json.json');
		expect(readTemplate(file).error).toMatch(/JSON/);
		expect(lint('a string')).toEqual([
			{ rule: 'format', message: 'the template is not a JSON object' },
		]);
	});
});

describe('README documents each credential the templates use', () => {
	it.each([
		['intakeApi', 'Intake API'],
		['smtp', 'SMTP'],
		['imap', 'IMAP'],
	])('%s (%s): a line under a heading on credentials', (type, displayName) => {
		expect(documentation(readme, type, displayName)).toBeDefined();
	});

	it('fails a template whose credential the README does not document', () => {
		const without = readme
			.split('\n')
			.filter((line) => !line.includes('`smtp`'))
			.join('\n');
		const found = lint(good(), without).filter((p) => p.rule === 'credentials');
		expect(found.map((p) => p.message)).toEqual([
			'README.md does not document the "smtp" credential: under a heading about credentials, a line naming **SMTP** (`smtp`) and what to fill in',
		]);
	});

	it('does not count a mention outside the credentials section, or a bare name', () => {
		expect(
			documentation(
				'# Nodes\n- **SMTP** (`smtp`): host, port, user and password of your mail server.\n',
				'smtp',
				'SMTP',
			),
		).toBeUndefined();
		expect(documentation('## Credentials\n- **SMTP** (`smtp`)\n', 'smtp', 'SMTP')).toBeUndefined();
	});
});

describe('templateFiles', () => {
	it('picks up every .json in a folder, sorted, by name', () => {
		expect(templateFiles(path.join(__dirname, 'fixtures'))).toEqual([
			{ name: 'good', file: GOOD },
			{ name: 'not-json', file: path.join(__dirname, 'fixtures', 'not-json.json') },
		]);
	});
});
