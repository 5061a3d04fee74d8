// Shared plumbing of the interop scripts: argument parsing, where the npm peers are, a free port, a
// fetch wrapper that keeps a secret-free trace of what a peer sent, and the one-line JSON report.

import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const nodeModules = process.env.MCPAUTH_NODE_MODULES || path.resolve(here, '../../npm/node_modules');
export const sdkDir = path.join(nodeModules, '@modelcontextprotocol/sdk/dist/esm');

// --name value pairs; the password also comes from MCPAUTH_PEER_PASSWORD so it stays off `ps`.
export function parseArgs(argv = process.argv.slice(2)) {
    const args = {};
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        if (!a.startsWith('--'))
            continue;
        const eq = a.indexOf('=');
        if (eq > 0)
            args[a.slice(2, eq)] = a.slice(eq + 1);
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('--'))
            args[a.slice(2)] = argv[++i];
        else
            args[a.slice(2)] = true;
    }
    args.issuer = String(args.issuer || process.env.MCPAUTH_PEER_ISSUER || '').replace(/\/+$/, '');
    args.user = args.user || process.env.MCPAUTH_PEER_USER || 'alice';
    args.password = args.password || process.env.MCPAUTH_PEER_PASSWORD || '';
    args.timeout = Number(args.timeout || 90);
    if (!args.issuer)
        throw new Error('give the server as --issuer http://127.0.0.1:PORT (or MCPAUTH_PEER_ISSUER)');
    if (!args.password)
        throw new Error("give alice's password in MCPAUTH_PEER_PASSWORD");
    return args;
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

export function log(...parts) {
    process.stderr.write(`[${new Date().toISOString().slice(11, 23)}] ${parts.join(' ')}\n`);
}

export function scopeList(text) {
    return String(text || '')
        .split(/\s+/)
        .filter(Boolean);
}

// Wraps fetch; each request lands in `trace` as method, path, status and the parts of the exchange
// the report needs (WWW-Authenticate, grant type, whether `resource` was sent, the JSON-RPC method
// and error). Never records token, code, verifier or secret values.
export function tracingFetch(trace, inner = globalThis.fetch) {
    return async (input, init = {}) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const method = (init.method || (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const entry = { method, path: url.pathname };
        const body = init.body;
        if (body !== undefined && body !== null) {
            const text = typeof body === 'string' ? body : body instanceof URLSearchParams ? body.toString() : '';
            if (url.pathname.endsWith('/token') && text) {
                const p = new URLSearchParams(text);
                entry.grant_type = p.get('grant_type');
                entry.resource = p.get('resource');
                entry.scope = p.get('scope') ?? undefined;
            } else if (text.startsWith('{')) {
                try {
                    const json = JSON.parse(text);
                    if (json.method)
                        entry.rpc = json.method + (json.params?.name ? `:${json.params.name}` : '');
                } catch {
                    // not JSON after all
                }
            }
        }
        let response;
        try {
            response = await inner(input, init);
        } catch (error) {
            entry.error = String(error?.message || error);
            trace.push(entry);
            throw error;
        }
        entry.status = response.status;
        const www = response.headers.get('www-authenticate');
        if (www)
            entry.wwwAuthenticate = www;
        if (response.status >= 400 && url.pathname.endsWith('/mcp')) {
            try {
                const json = await response.clone().json();
                if (json?.error)
                    entry.rpcError = json.error;
            } catch {
                // no JSON body
            }
        }
        if (url.pathname.endsWith('/register') && response.ok) {
            try {
                entry.client_id = (await response.clone().json()).client_id;
            } catch {
                // reported by the SDK
            }
        }
        trace.push(entry);
        return response;
    };
}

// Parses one auth-param (RFC 9110 11.2) from a WWW-Authenticate value.
export function challengeParam(header, name) {
    const m = new RegExp(`(?:^|[\\s,])${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^\\s,]+))`, 'i').exec(header || '');
    return m ? (m[1] ?? m[2]).replace(/\\(.)/g, '$1') : undefined;
}

// Prints the report as one JSON line on stdout and exits 0 only when nothing failed.
export function finish(report) {
    report.ok = report.failures.length === 0;
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(report.ok ? 0 : 1);
}

export function withDeadline(seconds, report) {
    const timer = setTimeout(() => {
        report.failures.push(`gave up after ${seconds} s`);
        finish(report);
    }, seconds * 1000);
    timer.unref();
}
