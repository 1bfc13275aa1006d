// Jest's globalSetup: one line, once per run, when the corpora are not there
// (a clone of the public repository has no ../shared). The tests that read
// them are skipped by describeCorpus in test/helpers/corpus.ts.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

module.exports = () => {
	const dir = join(__dirname, '..', '..', '..', 'shared', 'corpus');
	if (!existsSync(dir)) process.stdout.write(`\n${dir} not found: the corpus accuracy tests are skipped (they need ../shared beside this repository); every other test runs.\n`);
};
