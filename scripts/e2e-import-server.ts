/* The target for scripts/e2e-n8n.sh: the tests' local import server in its
 * own process, answering batches with counts only (as the documented bulk API
 * does) unless started with --detailed. It prints its URL, then takes one
 * command a line on stdin and answers each with one JSON line on stdout:
 *   dump   → { store: { object: [records] }, log: [{ method, path, records? }], created,
 *              files: { 'object/id': { fileName, contentType, size, sha256 } } }
 *   reset  → { ok: true } after forgetting every record, file and request
 * It stops when stdin closes. */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { startImportServer } from '../test/helpers/importServer';

void startImportServer({ detailed: process.argv.includes('--detailed') }).then((server) => {
	process.stdout.write(`${server.url}\n`);
	const lines = createInterface({ input: process.stdin });
	lines.on('line', (line) => {
		const command = line.trim();
		if (command === 'dump') {
			const store = Object.fromEntries(
				[...server.store].map(([object, records]) => [object, [...records.values()]]),
			);
			const log = server.log.map((l) => ({
				method: l.method,
				path: l.path,
				query: l.query,
				...(l.records !== undefined && { records: l.records }),
			}));
			const files = Object.fromEntries(
				[...server.files].map(([key, f]) => [
					key,
					{
						fileName: f.fileName,
						contentType: f.contentType,
						size: f.data.length,
						sha256: createHash('sha256').update(f.data).digest('hex'),
					},
				]),
			);
			process.stdout.write(
				`${JSON.stringify({ store, log, created: server.createdTotal(), files })}\n`,
			);
		} else if (command === 'reset') {
			server.store.clear();
			server.files.clear();
			server.log.length = 0;
			process.stdout.write('{"ok":true}\n');
		} else if (command !== '') {
			process.stdout.write(`${JSON.stringify({ error: `unknown command ${command}` })}\n`);
		}
	});
	lines.on('close', () => void server.close().then(() => process.exit(0)));
});
