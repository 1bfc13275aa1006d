import tseslint from 'typescript-eslint';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

const n8nRecommended = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**', '.scratch/**', '**/*.js', '**/*.mjs'] },
	// typescript-eslint everywhere.
	...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts'] })),
	{
		files: ['**/*.ts'],
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	// n8n's community-node rules on the nodes, the credentials and package.json.
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		plugins: n8nRecommended.plugins,
		rules: n8nRecommended.rules,
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: n8nRecommended.plugins,
		rules: {
			...n8nRecommended.rules,
			// exceljs's transitive `traverse` range has no version on the registry this
			// project installs from; the override only affects our own dev install
			// (npm ignores a dependency's overrides) and we publish zero dependencies.
			'@n8n/community-nodes/no-overrides-field': 'off',
		},
	},
);
