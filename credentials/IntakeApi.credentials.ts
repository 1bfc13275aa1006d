import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { readExtraHeaders } from './extraHeaders';

/**
 * A target system's import API: its base URL and how to authenticate (a
 * bearer token, an API key in a header, or basic auth), plus any headers it
 * always wants. The test request checks the token against a path that needs
 * one.
 */
export class IntakeApi implements ICredentialType {
	name = 'intakeApi';

	displayName = 'Intake API';

	icon: Icon = { light: 'file:intakeApi.svg', dark: 'file:intakeApi.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-intake#import-batch';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. https://app.example.com',
			description:
				'The address of the target system; paths such as /api/v1/import/clients are added to it',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'Bearer Token', value: 'bearer' },
				{ name: 'API Key in a Header', value: 'header' },
				{ name: 'Basic Auth', value: 'basic' },
			],
			default: 'bearer',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Sent as "Authorization: Bearer …". Importing usually needs a token with admin rights.',
			displayOptions: { show: { authentication: ['bearer'] } },
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-API-Key',
			displayOptions: { show: { authentication: ['header'] } },
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['header'] } },
		},
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: '',
			displayOptions: { show: { authentication: ['basic'] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['basic'] } },
		},
		{
			displayName: 'Extra Headers',
			name: 'extraHeaders',
			type: 'json',
			default: '{}',
			description: 'Headers sent with every request, as a JSON object, e.g. {"X-Tenant": "acme"}',
		},
		{
			displayName: 'Test Path',
			name: 'testPath',
			type: 'string',
			default: '/api/v1/me',
			description:
				'A GET path that needs a valid token; the credential test calls it and expects a 2xx answer',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const extra = readExtraHeaders(credentials);
		// a credential has no node to build a NodeOperationError on; n8n shows this message where the credential is used
		if (extra.invalid) throw new Error(extra.invalid);
		const headers: IDataObject = { ...extra.headers, ...(requestOptions.headers ?? {}) };
		const options: IHttpRequestOptions = { ...requestOptions, headers };
		switch (credentials.authentication) {
			case 'header':
				headers[String(credentials.headerName || 'X-API-Key')] = String(credentials.apiKey ?? '');
				break;
			case 'basic':
				options.auth = {
					username: String(credentials.user ?? ''),
					password: String(credentials.password ?? ''),
				};
				break;
			default:
				headers.Authorization = `Bearer ${String(credentials.token ?? '')}`;
		}
		return options;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '={{$credentials.testPath}}',
			method: 'GET',
		},
	};
}
