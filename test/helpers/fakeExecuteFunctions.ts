import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { IntakeApi } from '../../credentials/IntakeApi.credentials';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The node every fake context runs as. */
const NODE: INode = {
	id: 'node-1',
	name: 'Spreadsheet to Records',
	type: 'n8n-nodes-intake.spreadsheetToRecords',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** What a fake execution context serves. */
export interface FakeContext {
	items: INodeExecutionData[];
	/** Parameters by name; a function receives the item index. */
	parameters: Record<string, unknown | ((itemIndex: number) => unknown)>;
	/** Binary buffers by item index and property; stand-ins for n8n's binary data service. */
	files: Array<Record<string, Buffer>>;
	continueOnFail?: boolean;
	/** Items of the second and later inputs; an input left out is unconnected (n8n then throws, as here). */
	moreInputs?: INodeExecutionData[][];
	/** The Intake API credential's data; requests go out for real, authenticated by the credential class. */
	credentials?: ICredentialDataDecryptedObject;
	/** Aborts the execution, as n8n's cancel does. */
	cancelSignal?: AbortSignal;
}

/**
 * A minimal IExecuteFunctions, as n8n's own node tests build one: it serves
 * parameters, input items and binary data through the same helper calls the
 * real engine provides, and records which helpers the node used.
 */
export function fakeExecuteFunctions(
	ctx: FakeContext,
): IExecuteFunctions & { calls: string[]; logs: string[] } {
	const node = NODE;
	const calls: string[] = [];
	const logs: string[] = [];
	const fake = {
		calls,
		logs,
		logger: {
			info: (m: string) => logs.push(m),
			debug: () => undefined,
			warn: (m: string) => logs.push(m),
			error: (m: string) => logs.push(m),
		},
		getExecutionCancelSignal: () => ctx.cancelSignal,
		getCredentials: async (type: string) => {
			calls.push(`getCredentials(${type})`);
			if (!ctx.credentials) throw new Error(`Node does not have any credentials set for "${type}"`);
			return ctx.credentials;
		},
		getInputData: (inputIndex = 0) => {
			if (inputIndex === 0) return ctx.items;
			const more = ctx.moreInputs?.[inputIndex - 1];
			if (!more) throw new Error('Could not get input with given index');
			return more;
		},
		getNode: () => node,
		continueOnFail: () => ctx.continueOnFail ?? false,
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
			const v = ctx.parameters[name];
			if (v === undefined) return fallback;
			return typeof v === 'function' ? (v as (i: number) => unknown)(itemIndex) : v;
		},
		helpers: {
			httpRequestWithAuthentication: async (type: string, options: IHttpRequestOptions) => {
				calls.push(`httpRequestWithAuthentication(${type},${options.method} ${options.url})`);
				if (!ctx.credentials) throw new Error('no credentials');
				return fetchLikeN8n(await new IntakeApi().authenticate(ctx.credentials, options));
			},
			assertBinaryData: (itemIndex: number, propertyName: string): IBinaryData => {
				calls.push(`assertBinaryData(${itemIndex},${propertyName})`);
				const binary = ctx.items[itemIndex].binary?.[propertyName];
				if (!binary)
					throw new NodeOperationError(
						node,
						`This operation expects the node's input data to contain a binary file '${propertyName}', but none was found`,
						{ itemIndex },
					);
				return binary;
			},
			prepareBinaryData: async (
				data: Buffer,
				fileName?: string,
				mimeType?: string,
			): Promise<IBinaryData> => {
				calls.push(`prepareBinaryData(${fileName})`);
				return {
					data: data.toString('base64'),
					fileName,
					mimeType: mimeType ?? 'application/octet-stream',
					fileSize: String(data.length),
				};
			},
			getBinaryDataBuffer: async (itemIndex: number, propertyName: string): Promise<Buffer> => {
				calls.push(`getBinaryDataBuffer(${itemIndex},${propertyName})`);
				const b = ctx.files[itemIndex]?.[propertyName];
				if (!b) throw new Error('no binary data');
				return b;
			},
		},
	};
	return fake as unknown as IExecuteFunctions & { calls: string[]; logs: string[] };
}

/** An input item whose binary property points at data held by the fake (like filesystem mode: no base64 inline). */
export function fileItem(fileName: string, propertyName = 'data'): INodeExecutionData {
	return {
		json: { fileName },
		binary: {
			[propertyName]: {
				data: 'filesystem-v2',
				fileName,
				mimeType: 'application/octet-stream',
				id: `filesystem-v2:${fileName}`,
			},
		},
	};
}

/**
 * The error n8n's httpRequestWithAuthentication throws when no answer came:
 * axios's error (a system code, its message, and the request's config with
 * the headers, secrets included) wrapped in a NodeApiError, whose own message
 * n8n swaps for a generic one ("The service refused the connection - perhaps
 * it is offline").
 */
function n8nRequestError(
	error: unknown,
	options: IHttpRequestOptions,
	headers: Record<string, string>,
	timedOut: boolean,
): Error {
	const cause = (error as { cause?: { code?: string; message?: string } }).cause;
	const [code, message] = timedOut
		? ['ECONNABORTED', `timeout of ${options.timeout}ms exceeded`]
		: (options.abortSignal as AbortSignal | undefined)?.aborted
			? ['ERR_CANCELED', 'canceled']
			: [cause?.code ?? 'ECONNRESET', cause?.message ?? (error as Error).message];
	const axiosError = Object.assign(new Error(message), {
		name: 'AxiosError',
		code,
		config: { headers },
		isAxiosError: true,
	});
	return new NodeApiError(NODE, axiosError as unknown as JsonObject);
}

/**
 * What n8n's httpRequest does with the options the Import Batch node uses
 * (json, returnFullResponse, ignoreHttpStatusErrors, timeout, abortSignal,
 * auth), done with fetch against the real local server.
 */
async function fetchLikeN8n(options: IHttpRequestOptions): Promise<unknown> {
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(options.headers ?? {})) headers[k.toLowerCase()] = String(v);
	if (options.auth)
		headers.authorization = `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`;
	let body: string | undefined;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['content-type'] = 'application/json';
	}
	const timeout = AbortSignal.timeout(options.timeout ?? 300_000);
	const signals = [timeout, ...(options.abortSignal ? [options.abortSignal as AbortSignal] : [])];
	const url = new URL(options.url);
	for (const [k, v] of Object.entries(options.qs ?? {})) url.searchParams.set(k, String(v));
	let res: Response;
	try {
		res = await fetch(url, {
			method: options.method ?? 'GET',
			headers,
			body,
			signal: AbortSignal.any(signals),
		});
	} catch (error) {
		throw n8nRequestError(error, options, headers, timeout.aborted);
	}
	const text = await res.text();
	let parsed: unknown = text;
	try {
		parsed = text === '' ? '' : JSON.parse(text);
	} catch {
		// not JSON: n8n hands back the text
	}
	if (!res.ok && !options.ignoreHttpStatusErrors)
		throw Object.assign(new Error(`Request failed with status code ${res.status}`), {
			httpCode: String(res.status),
			config: { headers },
		});
	const responseHeaders = Object.fromEntries(res.headers.entries());
	return options.returnFullResponse
		? {
				body: parsed,
				headers: responseHeaders,
				statusCode: res.status,
				statusMessage: res.statusText,
			}
		: parsed;
}
