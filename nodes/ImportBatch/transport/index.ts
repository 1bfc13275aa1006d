/*
 * Import Batch's transport, by job: requests through the credential
 * (requester), failures in the shape the importer sorts (errors), path
 * templates (paths), sending an import's batches (send), and the export API
 * a revert searches and Fetch Records reads (exportApi).
 */
export { TransportError } from './errors';
export {
	CREDENTIAL,
	createRequester,
	joinUrl,
	secretsOf,
	type Answer,
	type Redact,
	type Requester,
} from './requester';
export { fillPath, placeholdersOf } from './paths';
export { createSend, type SendSettings } from './send';
export { createExportReader, createFind, createRemove } from './exportApi';
