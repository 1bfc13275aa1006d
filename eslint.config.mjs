import tseslint from 'typescript-eslint';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import js from '@eslint/js';

// The rules of n8n's community-package scanner (@n8n/scan-community-package's buildScanConfig), none turned off:
// `npm run lint` fails where the scanner would. `npm run check:scan` runs the scanner itself on the packed tarball.
const communityRules = n8nCommunityNodesPlugin.configs.recommended.rules;
const SHIPPED_SOURCES = ['nodes/**/*.ts', 'credentials/**/*.ts'];
// The library is bundled into what ships to n8n, so it is held to the same purity: no Node built-ins but crypto,
// no timers, no process/global/console, no eval or Function.
const BUNDLED = ['lib/**/*.ts', 'index.ts'];

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'.bench/**',
			'.scratch/**',
			'**/*.js',
			'**/*.mjs',
			// but the e2e suite's CommonJS scripts (harness and checks), linted by the block below
			'!test/e2e/**/*.js',
			'test/e2e/node_modules/**',
			'test/e2e/.cache/**',
		],
	},
	{
		// the e2e suite (test/e2e): CommonJS Node scripts run by Node 24
		files: ['test/e2e/**/*.js'],
		...js.configs.recommended,
		languageOptions: {
			ecmaVersion: 2024,
			sourceType: 'commonjs',
			globals: Object.fromEntries(
				[
					'require',
					'module',
					'exports',
					'__dirname',
					'__filename',
					'process',
					'console',
					'Buffer',
					'URL',
					'URLSearchParams',
					'fetch',
					'FormData',
					'Blob',
					'File',
					'Headers',
					'Request',
					'Response',
					'AbortController',
					'AbortSignal',
					'TextEncoder',
					'TextDecoder',
					'structuredClone',
					'queueMicrotask',
					'setTimeout',
					'clearTimeout',
					'setInterval',
					'clearInterval',
					'setImmediate',
					'clearImmediate',
				].map((name) => [name, 'readonly']),
			),
		},
		rules: {
			...js.configs.recommended.rules,
			'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	// typescript-eslint everywhere.
	...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts'] })),
	{
		files: ['**/*.ts'],
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		files: SHIPPED_SOURCES,
		plugins: {
			...n8nCommunityNodesPlugin.configs.recommended.plugins,
			'n8n-nodes-base': n8nNodesBase,
		},
		rules: { ...communityRules, 'no-console': 'error' },
	},
	{
		// the scanner lints lib/ only as the bundle in the tarball; these are the rules that bundle must pass
		files: BUNDLED,
		plugins: n8nCommunityNodesPlugin.configs.recommended.plugins,
		rules: {
			'@n8n/community-nodes/no-restricted-globals': 'error',
			'@n8n/community-nodes/no-restricted-imports': 'error',
			'@n8n/community-nodes/no-dangerous-functions': 'error',
			'@n8n/community-nodes/no-hardcoded-secrets': 'error',
			'no-console': 'error',
		},
	},
	{
		// a newcomer reads each function in one sitting: none over 80 lines (blank lines and comments counted)
		files: [...SHIPPED_SOURCES, ...BUNDLED, 'cli/src/**/*.ts'],
		rules: { 'max-lines-per-function': ['error', { max: 80 }] },
	},
	{
		// and each library file in ten minutes: none over 400 lines, but for the data tables
		files: BUNDLED,
		ignores: ['lib/**/data/**'],
		rules: { 'max-lines': ['error', { max: 400 }] },
	},
	{
		// the nodes only shape items: their glue (everything but the declarative descriptions) stays under 150 lines a file
		files: SHIPPED_SOURCES,
		ignores: ['nodes/**/description.ts', 'nodes/**/descriptions/**'],
		rules: { 'max-lines': ['error', { max: 150 }] },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// as the scanner: not valid for community nodes, or covered better by the community-nodes rule
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// as the scanner: inputs and outputs may be enums, and a maximum may be the target API's
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: {
			...n8nCommunityNodesPlugin.configs.recommended.plugins,
			'n8n-nodes-base': n8nNodesBase,
		},
		rules: { ...communityRules, ...n8nNodesBase.configs.community.rules },
	},
);
