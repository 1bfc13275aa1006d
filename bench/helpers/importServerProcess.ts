/* The bench's target: the tests' local import server, in its own process so
 * that its work does not share an event loop with the client measured. It
 * prints its URL, then serves until its parent closes its stdin. */
import { startImportServer } from '../../test/helpers/importServer';

void startImportServer({ detailed: true }).then((server) => {
	process.stdout.write(`${server.url}\n`);
	process.stdin.resume();
	process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
});
