/* Mail on loopback for the checks: an SMTP server that captures what n8n's Send Email node sends
 * (smtp-server, no STARTTLS, any login accepted; each mail parsed with mailparser), and an IMAP
 * server (hoodiecrow-imap, in memory) whose INBOX the checks deliver to. */
'use strict';
const path = require('node:path');

const e2eModules = path.join(__dirname, '..', 'node_modules');
const load = (name) => require(require.resolve(name, { paths: [e2eModules] }));

/**
 * @param {number} port
 * @returns {Promise<{ host: string, port: number, messages: () => any[], clear: () => void,
 *   waitFor: (predicate?: (m: any) => boolean, timeoutMs?: number) => Promise<any>, close: () => Promise<void> }>}
 */
async function startSmtp(port) {
	const { SMTPServer } = load('smtp-server');
	const { simpleParser } = load('mailparser');
	const messages = [];
	const waiters = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		hideSTARTTLS: true,
		logger: false,
		closeTimeout: 1000,
		size: 200 * 1024 * 1024,
		onAuth: (auth, session, callback) => callback(null, { user: auth.username || 'e2e' }),
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((mail) => {
					mail.envelope = {
						from: session.envelope.mailFrom?.address,
						to: session.envelope.rcptTo.map((r) => r.address),
					};
					messages.push(mail);
					for (const w of [...waiters]) {
						if (w.predicate(mail)) {
							waiters.splice(waiters.indexOf(w), 1);
							clearTimeout(w.timer);
							w.resolve(mail);
						}
					}
					callback();
				})
				.catch(callback);
		},
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	server.on('error', (error) => console.error(`smtp capture: ${error.message}`));
	return {
		host: '127.0.0.1',
		port,
		messages: () => [...messages],
		clear: () => {
			messages.length = 0;
		},
		/** the first captured mail (already there, or still to come) that the predicate accepts */
		waitFor(predicate = () => true, timeoutMs = 60000) {
			const found = messages.find(predicate);
			if (found) return Promise.resolve(found);
			return new Promise((resolve, reject) => {
				const w = { predicate, resolve };
				w.timer = setTimeout(() => {
					waiters.splice(waiters.indexOf(w), 1);
					reject(
						new Error(
							`no matching mail within ${timeoutMs} ms (${messages.length} captured: ${messages
								.map((m) => JSON.stringify(m.subject))
								.join(', ')})`,
						),
					);
				}, timeoutMs);
				waiters.push(w);
			});
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

const IMAP_USER = 'intake@example.com';
const IMAP_PASSWORD = 'e2e-imap-password';

/**
 * @param {number} port
 * @returns {Promise<{ host: string, port: number, user: string, password: string,
 *   deliver: (mail: object) => Promise<{ uid: number }>, inbox: () => any[], close: () => Promise<void> }>}
 */
async function startImap(port) {
	const hoodiecrow = load('hoodiecrow-imap');
	const MailComposer = load('nodemailer/lib/mail-composer');
	const server = hoodiecrow({
		plugins: [
			'ID',
			'IDLE',
			'UNSELECT',
			'ENABLE',
			'CONDSTORE',
			'LITERALPLUS',
			'UIDPLUS',
			'SPECIAL-USE',
		],
		id: { name: 'intake-e2e', version: '1' },
		users: { [IMAP_USER]: { password: IMAP_PASSWORD } },
		storage: {
			INBOX: { messages: [] },
			'': { separator: '/', folders: { Sent: { 'special-use': '\\Sent', messages: [] } } },
		},
	});
	const sockets = new Set();
	const connections = new Set();
	server.connectionHandlers.push((connection) => {
		connections.add(connection);
		connection.socket.once('close', () => connections.delete(connection));
	});
	const listening = () =>
		[...connections].filter(
			(c) => c.state === 'Selected' && c.selectedMailbox === server.getMailbox('INBOX'),
		).length;
	server.server.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	await new Promise((resolve, reject) => {
		server.server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		host: '127.0.0.1',
		port,
		user: IMAP_USER,
		password: IMAP_PASSWORD,
		/**
		 * Appends a message to INBOX, as if it had just arrived.
		 * @param {{ from: string, to?: string, subject: string, text?: string, html?: string,
		 *   attachments?: { filename: string, content: Buffer | string, contentType?: string }[] }} mail
		 */
		async deliver(mail) {
			const raw = await new MailComposer({
				to: IMAP_USER,
				date: new Date(),
				...mail,
			})
				.compile()
				.build();
			const { message } = server.appendMessage('INBOX', [], new Date(), raw.toString('binary'));
			return { uid: message.uid };
		},
		/** how many IMAP sessions have INBOX open now (an active Email Trigger keeps one) */
		listening,
		/** resolves once an IMAP session has INBOX open: an Email Trigger sees mail delivered after that */
		async waitForListener(timeoutMs = 60000) {
			const until = Date.now() + timeoutMs;
			while (!listening()) {
				if (Date.now() > until)
					throw new Error(`no IMAP session opened INBOX within ${timeoutMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		},
		inbox: () => server.getMailbox('INBOX').messages.map((m) => ({ uid: m.uid, flags: m.flags })),
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			}),
	};
}

module.exports = { startSmtp, startImap };
