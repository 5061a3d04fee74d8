#!/usr/bin/env node
// reference-client.mjs SERVER_URL
//
// A known-good client for the conformance harness itself: run.sh with this client shows which
// scenarios the MCP TypeScript SDK (the suite's own dependency, tests/conformance/node_modules)
// passes, so a failure of `mcp-auth probe` can be told apart from a broken harness.
// It follows the suite's example "everything client" (examples/clients/typescript in the
// conformance repository, v0.1.16), ported to plain JavaScript, with one fix: the example
// registers "tools-call" while the suite's scenario is named "tools_call", and calls no tool
// there, so it cannot pass that scenario.
//
// Inputs are what the suite passes to every client: the server URL as the last argument,
// MCP_CONFORMANCE_SCENARIO, and for some scenarios MCP_CONFORMANCE_CONTEXT (JSON).
// Exit code 0 when the scenario's flow completed, 1 otherwise.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
    auth,
    extractWWWAuthenticateParams,
    UnauthorizedError,
} from '@modelcontextprotocol/sdk/client/auth.js';
import {
    ClientCredentialsProvider,
    PrivateKeyJwtProvider,
} from '@modelcontextprotocol/sdk/client/auth-extensions.js';

// The suite's basic-cimd scenario expects exactly this URL as client_id (it is never fetched).
const CIMD_CLIENT_METADATA_URL = 'https://conformance-test.local/client-metadata.json';
// Nothing listens here: the suite's authorization endpoint answers with a 302 whose Location
// carries the code, and the provider reads that header instead of following it.
const REDIRECT_URL = 'http://localhost:3000/callback';

const debug = process.env.REFERENCE_CLIENT_DEBUG === '1' ? console.error : () => {};

class HeadlessOAuthProvider {
    constructor(clientMetadata, clientMetadataUrl) {
        this._clientMetadata = clientMetadata;
        this._clientMetadataUrl = clientMetadataUrl;
        this._clientInformation = undefined;
        this._tokens = undefined;
        this._codeVerifier = undefined;
        this._authCode = undefined;
    }

    get redirectUrl() {
        return REDIRECT_URL;
    }
    get clientMetadata() {
        return this._clientMetadata;
    }
    get clientMetadataUrl() {
        return this._clientMetadataUrl;
    }
    clientInformation() {
        return this._clientInformation;
    }
    saveClientInformation(info) {
        this._clientInformation = info;
    }
    tokens() {
        return this._tokens;
    }
    saveTokens(tokens) {
        this._tokens = tokens;
    }
    saveCodeVerifier(verifier) {
        this._codeVerifier = verifier;
    }
    codeVerifier() {
        if (!this._codeVerifier) throw new Error('No code verifier saved');
        return this._codeVerifier;
    }

    async redirectToAuthorization(authorizationUrl) {
        const response = await fetch(authorizationUrl.toString(), { redirect: 'manual' });
        const location = response.headers.get('location');
        if (!location) {
            throw new Error(`No redirect from ${authorizationUrl} (HTTP ${response.status})`);
        }
        const code = new URL(location).searchParams.get('code');
        if (!code) throw new Error('No authorization code in the redirect');
        this._authCode = code;
    }

    authCode() {
        if (!this._authCode) throw new Error('No authorization code');
        return this._authCode;
    }
}

async function handleUnauthorized(response, provider, next, serverUrl) {
    const { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
    let result = await auth(provider, { serverUrl, resourceMetadataUrl, scope, fetchFn: next });
    if (result === 'REDIRECT') {
        result = await auth(provider, {
            serverUrl,
            resourceMetadataUrl,
            scope,
            authorizationCode: provider.authCode(),
            fetchFn: next,
        });
        if (result !== 'AUTHORIZED') {
            throw new UnauthorizedError(`Authorization failed with result ${result}`);
        }
    }
}

// A fetch wrapper that adds the bearer token and, on 401/403, runs the authorization flow once
// per request and retries it once (the SDK's own withOAuth throws on REDIRECT instead).
function withOAuthRetry(provider, serverUrl) {
    return (next) => async (input, init) => {
        const send = async () => {
            const headers = new Headers(init?.headers);
            const tokens = provider.tokens();
            if (tokens) headers.set('Authorization', `Bearer ${tokens.access_token}`);
            return next(input, { ...init, headers });
        };
        let response = await send();
        if (response.status === 401 || response.status === 403) {
            await handleUnauthorized(response, provider, next, serverUrl);
            response = await send();
        }
        if (response.status === 401 || response.status === 403) {
            throw new UnauthorizedError(`Authorization failed for ${input}`);
        }
        return response;
    };
}

function context() {
    const raw = process.env.MCP_CONFORMANCE_CONTEXT;
    if (!raw) throw new Error('MCP_CONFORMANCE_CONTEXT is not set');
    return JSON.parse(raw);
}

function newClient(name) {
    return new Client({ name, version: '1.0.0' }, { capabilities: {} });
}

async function connectListCall(client, transport, call) {
    await client.connect(transport);
    debug('connected');
    const { tools } = await client.listTools();
    debug('tools:', tools.map((t) => t.name).join(', '));
    if (call) {
        const result = await client.callTool(call);
        debug('tool result:', JSON.stringify(result));
    }
    await transport.close();
}

async function runInitialize(serverUrl) {
    const client = newClient('mcpauth-reference-client');
    await connectListCall(client, new StreamableHTTPClientTransport(new URL(serverUrl)));
}

async function runToolsCall(serverUrl) {
    const client = newClient('mcpauth-reference-client');
    await connectListCall(client, new StreamableHTTPClientTransport(new URL(serverUrl)), {
        name: 'add_numbers',
        arguments: { a: 5, b: 3 },
    });
}

async function runAuthCodeFlow(serverUrl, preRegistered) {
    const provider = new HeadlessOAuthProvider(
        { client_name: 'mcpauth-reference-client', redirect_uris: [REDIRECT_URL] },
        preRegistered ? undefined : CIMD_CLIENT_METADATA_URL,
    );
    if (preRegistered) {
        const ctx = context();
        provider.saveClientInformation({
            client_id: ctx.client_id,
            client_secret: ctx.client_secret,
            redirect_uris: [REDIRECT_URL],
        });
    }
    const transport = new StreamableHTTPClientTransport(new URL(serverUrl), {
        fetch: withOAuthRetry(provider, new URL(serverUrl))(fetch),
    });
    await connectListCall(newClient('mcpauth-reference-client'), transport, {
        name: 'test-tool',
        arguments: {},
    });
}

async function runClientCredentialsJwt(serverUrl) {
    const ctx = context();
    const provider = new PrivateKeyJwtProvider({
        clientId: ctx.client_id,
        privateKey: ctx.private_key_pem,
        algorithm: ctx.signing_algorithm || 'ES256',
    });
    const transport = new StreamableHTTPClientTransport(new URL(serverUrl), { authProvider: provider });
    await connectListCall(newClient('mcpauth-reference-client'), transport);
}

async function runClientCredentialsBasic(serverUrl) {
    const ctx = context();
    const provider = new ClientCredentialsProvider({
        clientId: ctx.client_id,
        clientSecret: ctx.client_secret,
    });
    const transport = new StreamableHTTPClientTransport(new URL(serverUrl), { authProvider: provider });
    await connectListCall(newClient('mcpauth-reference-client'), transport);
}

async function postForm(url, params, headers = {}) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(params),
    });
    if (!response.ok) {
        throw new Error(`POST ${url}: HTTP ${response.status} ${await response.text()}`);
    }
    return response.json();
}

async function getJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
    return response.json();
}

// SEP-990: ID token -> (token exchange at the IdP) ID-JAG -> (jwt-bearer grant at the AS) token.
async function runCrossAppAccess(serverUrl) {
    const ctx = context();
    const prm = await getJson(new URL('/.well-known/oauth-protected-resource/mcp', serverUrl));
    const asMetadata = await getJson(
        new URL('/.well-known/oauth-authorization-server', prm.authorization_servers[0]),
    );
    const jwtBearer = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
    if (!(asMetadata.grant_types_supported || []).includes(jwtBearer)) {
        throw new Error('The authorization server does not offer the jwt-bearer grant');
    }
    const exchanged = await postForm(ctx.idp_token_endpoint, {
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag',
        audience: asMetadata.issuer,
        resource: prm.resource,
        subject_token: ctx.idp_id_token,
        subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
        client_id: ctx.idp_client_id,
    });
    const basic = Buffer.from(
        `${encodeURIComponent(ctx.client_id)}:${encodeURIComponent(ctx.client_secret)}`,
    ).toString('base64');
    const token = await postForm(
        asMetadata.token_endpoint,
        { grant_type: jwtBearer, assertion: exchanged.access_token },
        { Authorization: `Basic ${basic}` },
    );
    const transport = new StreamableHTTPClientTransport(new URL(serverUrl), {
        requestInit: { headers: { Authorization: `Bearer ${token.access_token}` } },
    });
    await connectListCall(newClient('mcpauth-reference-client'), transport, {
        name: 'test-tool',
        arguments: {},
    });
}

const handlers = {
    initialize: runInitialize,
    tools_call: runToolsCall,
    'auth/pre-registration': (url) => runAuthCodeFlow(url, true),
    'auth/client-credentials-jwt': runClientCredentialsJwt,
    'auth/client-credentials-basic': runClientCredentialsBasic,
    'auth/cross-app-access-complete-flow': runCrossAppAccess,
};

const scenario = process.env.MCP_CONFORMANCE_SCENARIO;
const serverUrl = process.argv[process.argv.length - 1];
if (!scenario || process.argv.length < 3) {
    console.error('usage: MCP_CONFORMANCE_SCENARIO=NAME reference-client.mjs SERVER_URL');
    process.exit(2);
}
const handler = handlers[scenario] ?? (scenario.startsWith('auth/') ? (url) => runAuthCodeFlow(url, false) : null);
if (!handler) {
    console.error(`reference-client: no handler for scenario ${scenario}`);
    process.exit(2);
}
try {
    await handler(serverUrl);
    process.exit(0);
} catch (error) {
    console.error(`reference-client: ${scenario}: ${error?.stack ?? error}`);
    process.exit(1);
}
