// The official MCP TypeScript SDK client against `mcp-auth serve`, with the SDK's own OAuth client:
// discovery from the 401, dynamic client registration, authorization with PKCE and `resource`
// (login and consent completed the way a browser would), the token exchange, initialize,
// tools/list, a read tool, a write tool answered 403 insufficient_scope, re-authorization with the
// challenged scope (a second consent), and the write succeeding.
//
//   MCPAUTH_PEER_PASSWORD=... node sdk_client_flow.mjs --issuer http://127.0.0.1:PORT [--user alice]
//
// The user must be an administrator (`mcp-auth user add alice --admin`): the step-up asks for
// application:write, which the server grants only to administrators and withholds from anyone else.
//
// Prints one JSON line with every step's outcome; exits 0 only when all of them passed.

import { randomBytes } from 'node:crypto';

import { Client } from '../npm/node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js';
import { auth, UnauthorizedError } from '../npm/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js';
import {
    StreamableHTTPClientTransport,
    StreamableHTTPError,
} from '../npm/node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js';

import { authorizeLikeBrowser, CookieJar } from './lib/browser.mjs';
import { challengeParam, finish, freePort, log, parseArgs, scopeList, tracingFetch, withDeadline } from './lib/common.mjs';

const args = parseArgs();
const issuer = args.issuer;
const mcpUrl = new URL(args.mcp || `${issuer}/mcp`);
const trace = [];
const fetchFn = tracingFetch(trace);

const report = {
    peer: '@modelcontextprotocol/sdk',
    issuer,
    mcpUrl: mcpUrl.href,
    registration: {},
    authorizations: [],
    tools: {},
    read: {},
    stepUp: {},
    write: {},
    failures: [],
    trace,
};
withDeadline(args.timeout, report);

function check(condition, failure) {
    if (!condition)
        report.failures.push(failure);
    return !!condition;
}

// In-memory OAuthClientProvider. redirectToAuthorization plays the user in the browser: it opens
// the authorization URL, signs in, approves, and keeps the code the redirect carries, after checking
// `state` and `iss` (RFC 9207) as a client must.
class TestProvider {
    constructor(redirectUrl) {
        this._redirectUrl = redirectUrl;
        this._clientInformation = undefined;
        this._tokens = undefined;
        this._codeVerifier = undefined;
        this._discovery = undefined;
        this._state = undefined;
        this.pendingCode = undefined;
        this.jar = new CookieJar(); // one browser for the whole run: the login session carries over
    }

    get redirectUrl() {
        return this._redirectUrl;
    }

    get clientMetadata() {
        return {
            client_name: 'mcp-auth interop test (TypeScript SDK)',
            redirect_uris: [this._redirectUrl],
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            token_endpoint_auth_method: 'none',
        };
    }

    state() {
        this._state = randomBytes(16).toString('base64url');
        return this._state;
    }

    clientInformation() {
        return this._clientInformation;
    }

    saveClientInformation(info) {
        this._clientInformation = info;
        report.registration.client_id = info.client_id;
        report.registration.token_endpoint_auth_method = info.token_endpoint_auth_method;
        report.registration.scope = info.scope;
    }

    tokens() {
        return this._tokens;
    }

    saveTokens(tokens) {
        this._tokens = tokens;
        const current = report.authorizations[report.authorizations.length - 1];
        const saved = {
            token_type: tokens.token_type,
            scope: tokens.scope,
            expires_in: tokens.expires_in,
            refresh_token: !!tokens.refresh_token,
        };
        if (current && !current.tokens)
            current.tokens = saved;
        else
            (report.refreshes ??= []).push(saved);
    }

    saveCodeVerifier(verifier) {
        this._codeVerifier = verifier;
    }

    codeVerifier() {
        if (!this._codeVerifier)
            throw new Error('no code verifier saved');
        return this._codeVerifier;
    }

    saveDiscoveryState(state) {
        this._discovery = state;
    }

    discoveryState() {
        return this._discovery;
    }

    invalidateCredentials(scope) {
        if (scope === 'all' || scope === 'client')
            this._clientInformation = undefined;
        if (scope === 'all' || scope === 'tokens')
            this._tokens = undefined;
        if (scope === 'all' || scope === 'verifier')
            this._codeVerifier = undefined;
    }

    async redirectToAuthorization(authorizationUrl) {
        const url = new URL(authorizationUrl);
        const q = url.searchParams;
        const entry = {
            endpoint: `${url.origin}${url.pathname}`,
            scope: q.get('scope'),
            resource: q.get('resource'),
            code_challenge_method: q.get('code_challenge_method'),
            state_sent: !!q.get('state'),
        };
        report.authorizations.push(entry);
        log(`authorize: scope="${entry.scope}" resource=${entry.resource}`);
        const result = await authorizeLikeBrowser(url, {
            username: args.user,
            password: args.password,
            jar: this.jar,
            log,
        });
        entry.loginPages = result.loginPages;
        entry.consentPages = result.consentPages;
        entry.steps = result.steps;
        entry.consentNamesScopes = result.consentTexts.length
            ? scopeList(entry.scope).every(s => result.consentTexts.some(t => t.includes(s)))
            : undefined;
        const p = result.params;
        if (p.error)
            throw new Error(`the authorization ended with error=${p.error}: ${p.error_description ?? ''}`);
        entry.stateOk = p.state === q.get('state');
        entry.iss = p.iss;
        entry.issOk = p.iss === issuer; // RFC 9207: simple string comparison
        if (!entry.stateOk)
            throw new Error('the redirect did not carry the state the client sent');
        if (!entry.issOk)
            throw new Error(`the redirect's iss is ${JSON.stringify(p.iss)}, expected ${JSON.stringify(issuer)}`);
        if (!p.code)
            throw new Error('the redirect carried no code');
        this.pendingCode = p.code;
    }

    takeCode() {
        const code = this.pendingCode;
        this.pendingCode = undefined;
        return code;
    }
}

function newTransport(provider) {
    return new StreamableHTTPClientTransport(mcpUrl, { authProvider: provider, fetch: fetchFn });
}

// client.connect as an application does it: the first attempt meets the 401, the SDK runs its OAuth
// flow up to the redirect and throws UnauthorizedError; the application completes the flow with the
// code from its redirect URI (finishAuth) and connects again with a fresh transport.
async function connect(provider) {
    for (let attempt = 1; attempt <= 3; ++attempt) {
        const transport = newTransport(provider);
        const client = new Client({ name: 'mcp-auth-interop-sdk', version: '1.0.0' });
        try {
            await client.connect(transport);
            return { client, transport };
        } catch (error) {
            if (!(error instanceof UnauthorizedError) || !provider.pendingCode)
                throw error;
            log(`connect attempt ${attempt}: ${error.message}; finishing the authorization`);
            await transport.finishAuth(provider.takeCode());
            await client.close().catch(() => {});
        }
    }
    throw new Error('still not connected after three authorizations');
}

// Arguments for a tool from its input schema: a unique name, loopback redirect URIs, the first enum
// value, and harmless values for whatever else is required.
function argumentsFor(tool) {
    const schema = tool.inputSchema ?? {};
    const props = schema.properties ?? {};
    const out = {};
    const unique = `interop-sdk-${randomBytes(4).toString('hex')}`;
    const valueFor = (name, prop) => {
        if (prop.enum?.length)
            return prop.enum[0];
        if (prop.default !== undefined)
            return prop.default;
        const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
        if (type === 'array') {
            const item = prop.items ?? { type: 'string' };
            return /redirect|uri|url/i.test(name) ? ['http://127.0.0.1/callback'] : [valueFor(name, item)];
        }
        if (type === 'boolean')
            return false;
        if (type === 'integer' || type === 'number')
            return prop.minimum ?? 1;
        if (type === 'object')
            return {};
        if (/redirect|uri|url/i.test(name))
            return 'http://127.0.0.1/callback';
        if (/name/i.test(name))
            return unique;
        return 'created by the interop test';
    };
    for (const name of schema.required ?? [])
        out[name] = valueFor(name, props[name] ?? {});
    for (const name of ['name', 'display_name', 'displayName']) {
        if (props[name] && out[name] === undefined)
            out[name] = valueFor(name, props[name]);
    }
    return out;
}

function toolResultText(result) {
    return (result?.content ?? [])
        .filter(c => c.type === 'text')
        .map(c => c.text)
        .join('\n')
        .slice(0, 400);
}

async function main() {
    const callbackPort = await freePort();
    const provider = new TestProvider(`http://127.0.0.1:${callbackPort}/callback`);

    // 1. Discovery, registration, first authorization, initialize.
    const { client, transport } = await connect(provider);
    const first401 = trace.find(e => e.path === mcpUrl.pathname && e.status === 401);
    report.challenge401 = first401?.wwwAuthenticate;
    check(first401, 'the first /mcp request was not answered 401');
    check(challengeParam(first401?.wwwAuthenticate, 'resource_metadata'), 'the 401 challenge names no resource_metadata');
    check(report.registration.client_id, 'no dynamic client registration took place');
    check(trace.some(e => e.path.startsWith('/.well-known/oauth-protected-resource') && e.status === 200),
        'the protected resource metadata was not fetched');
    const firstAuth = report.authorizations[0];
    check(firstAuth, 'the SDK never opened the authorization page');
    check(firstAuth?.code_challenge_method === 'S256', 'the authorization request did not use PKCE S256');
    check(firstAuth?.resource === mcpUrl.href, `the authorization request's resource is ${firstAuth?.resource}`);
    check(firstAuth?.consentPages >= 1, 'no consent page was shown on the first authorization');
    const codeExchange = trace.find(e => e.grant_type === 'authorization_code');
    check(codeExchange?.status === 200, `the code exchange answered ${codeExchange?.status}`);
    check(codeExchange?.resource === mcpUrl.href, `the token request's resource is ${codeExchange?.resource}`);
    report.firstScopes = scopeList(firstAuth?.tokens?.scope ?? firstAuth?.scope);
    check(report.firstScopes.length > 0, 'the first token has no scope');
    report.initialize = {
        serverInfo: client.getServerVersion(),
        protocolVersion: transport.protocolVersion,
        sessionId: !!transport.sessionId,
    };
    check(report.initialize.serverInfo?.name, 'initialize returned no serverInfo');

    // 2. tools/list
    const { tools } = await client.listTools();
    report.tools.count = tools.length;
    report.tools.names = tools.map(t => t.name);
    report.tools.withSchema = tools.filter(t => t.inputSchema?.type === 'object').length;
    check(tools.length > 0, 'tools/list returned no tools');
    const readTool = tools.find(t => t.name === 'list_applications') ?? tools.find(t => /application:read/.test(t.description ?? ''));
    const writeTool = tools.find(t => t.name === 'add_application') ?? tools.find(t => /application:write/.test(t.description ?? ''));
    check(readTool, 'no read tool (list_applications) in tools/list');
    check(writeTool, 'no write tool (add_application) in tools/list');
    if (!readTool || !writeTool)
        return;
    report.tools.descriptionsNameScopes = /application:read/.test(readTool.description ?? '') && /application:write/.test(writeTool.description ?? '');

    // The step-up below is only real when the first grant lacked the write scope.
    const writeScope = 'application:write';
    if (report.firstScopes.includes(writeScope)) {
        report.failures.push(
            `the first authorization already granted ${writeScope} (401 challenge: ${report.challenge401}); ` +
                'the server must challenge with the read scopes only for a step-up to happen');
    }

    // 3. A read tool that succeeds.
    report.read.tool = readTool.name;
    const readResult = await client.callTool({ name: readTool.name, arguments: {} });
    report.read.ok = !readResult.isError;
    report.read.text = toolResultText(readResult).slice(0, 200);
    check(report.read.ok, `${readTool.name} failed: ${toolResultText(readResult)}`);

    // 4. A write tool: 403 insufficient_scope, re-authorization with the challenged scope, success.
    report.write.tool = writeTool.name;
    report.write.arguments = argumentsFor(writeTool);
    const traceMark = trace.length;
    let writeResult;
    try {
        writeResult = await client.callTool({ name: writeTool.name, arguments: report.write.arguments });
        report.stepUp.handledBy = 'sdk';
    } catch (error) {
        report.stepUp.sdkError = String(error?.message || error).slice(0, 300);
        log(`the write call threw: ${report.stepUp.sdkError}`);
        if (error instanceof UnauthorizedError && provider.pendingCode) {
            // The SDK re-authorized (no refresh token to try first) and stopped at the redirect.
            report.stepUp.handledBy = 'sdk+finishAuth';
            await transport.finishAuth(provider.takeCode());
        } else if (error instanceof StreamableHTTPError && error.code === 403) {
            // SDK 1.32's transport answers insufficient_scope with auth(), which refreshes the token
            // when a refresh token is stored; a refresh keeps the old scope, so the retry meets the
            // same 403 and the transport gives up. Re-authorize with the challenged scope through
            // the SDK's own auth(), as an application does after that error.
            report.stepUp.handledBy = 'application via auth()';
            const challenge = trace.slice(traceMark).find(e => e.status === 403)?.wwwAuthenticate;
            const scope = challengeParam(challenge, 'scope');
            const resourceMetadata = challengeParam(challenge, 'resource_metadata');
            provider.invalidateCredentials('tokens');
            const started = await auth(provider, {
                serverUrl: mcpUrl,
                scope,
                resourceMetadataUrl: resourceMetadata ? new URL(resourceMetadata) : undefined,
                fetchFn,
            });
            check(started === 'REDIRECT' && provider.pendingCode, `auth() with the challenged scope returned ${started}`);
            const finished = await auth(provider, {
                serverUrl: mcpUrl,
                authorizationCode: provider.takeCode(),
                scope,
                resourceMetadataUrl: resourceMetadata ? new URL(resourceMetadata) : undefined,
                fetchFn,
            });
            check(finished === 'AUTHORIZED', `the code exchange after the step-up returned ${finished}`);
        } else {
            throw error;
        }
        writeResult = await client.callTool({ name: writeTool.name, arguments: report.write.arguments });
    }
    const forbidden = trace.slice(traceMark).find(e => e.status === 403);
    report.stepUp.seen = !!forbidden;
    report.stepUp.challenge = forbidden?.wwwAuthenticate;
    report.stepUp.error = challengeParam(forbidden?.wwwAuthenticate, 'error');
    report.stepUp.challengedScope = challengeParam(forbidden?.wwwAuthenticate, 'scope');
    report.stepUp.resourceMetadata = challengeParam(forbidden?.wwwAuthenticate, 'resource_metadata');
    report.stepUp.rpcErrorData = forbidden?.rpcError?.data;
    check(report.stepUp.seen, `${writeTool.name} was not answered 403 with the read-only token`);
    check(report.stepUp.error === 'insufficient_scope', `the 403 challenge's error is ${report.stepUp.error}`);
    check(scopeList(report.stepUp.challengedScope).includes(writeScope),
        `the 403 challenge's scope (${report.stepUp.challengedScope}) does not include ${writeScope}`);
    check(report.stepUp.resourceMetadata, 'the 403 challenge names no resource_metadata');
    const data = report.stepUp.rpcErrorData;
    check(data?.tool === writeTool.name && data?.required_scope === writeScope && Array.isArray(data?.granted_scopes),
        `the 403 JSON-RPC error data is ${JSON.stringify(data)}`);
    const second = report.authorizations[1];
    check(second, 'no second authorization (step-up) took place');
    report.stepUpScopes = scopeList(second?.tokens?.scope ?? second?.scope);
    check(report.stepUpScopes.includes(writeScope), `the step-up token's scope is ${second?.tokens?.scope}`);
    check(second?.consentPages >= 1, 'the step-up showed no consent page for the wider scope');
    report.write.ok = !writeResult.isError;
    report.write.text = toolResultText(writeResult).slice(0, 200);
    check(report.write.ok, `${writeTool.name} failed after the step-up: ${toolResultText(writeResult)}`);

    await transport.terminateSession().catch(() => {});
    await client.close();
}

main()
    .catch(error => {
        report.failures.push(`${error?.constructor?.name ?? 'Error'}: ${error?.message ?? error}`);
    })
    .finally(() => finish(report));
