// Jest's globalSetup: one line, once per run, naming what is not there (a
// clone of the public repository has no ../shared). The tests that need it are
// skipped by describeCorpus and describeRepros in test/helpers/corpus.ts.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

module.exports = () => {
	const shared = join(__dirname, '..', '..', '..', 'shared');
	const missing = [
		[process.env.INTAKE_CORPUS || join(shared, 'corpus'), 'the corpus accuracy tests'],
		[process.env.INTAKE_REPROS || join(shared, 'repros'), 'the reader repro tests'],
	].filter(([dir]) => !existsSync(dir));
	if (missing.length > 0) {
		process.stdout.write(
			`\n${missing.map(([dir]) => dir).join(' and ')} not found: ${missing.map(([, what]) => what).join(' and ')} are skipped (set INTAKE_CORPUS / INTAKE_REPROS, or put ../shared beside this repository); every other test runs.\n`,
		);
	}
};
