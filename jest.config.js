/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// the e2e suite's own install (test/e2e/node_modules: n8n, 150,000 files) and npm cache stay out of the
	// module map, and are not even walked: jest's default crawler (find) walks everything under roots and
	// filters afterwards (2.5 to 5 s a run here); its Node crawler skips ignored folders (0.1 to 0.4 s)
	modulePathIgnorePatterns: ['<rootDir>/test/e2e/node_modules/', '<rootDir>/test/e2e/\\.cache/'],
	haste: { forceNodeFilesystemAPI: true },
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	testTimeout: 60000,
	globalSetup: '<rootDir>/test/helpers/corpusNotice.js',
};
