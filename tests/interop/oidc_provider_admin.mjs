// node-oidc-provider (npm, v9) as a standards-based authorization server for the console's "oauth"
// backend: RFC 7591 registration (open) and RFC 7592 management (registration access tokens rotated
// on every update, the provider's default), RFC 7662 introspection, RFC 7009 revocation, RFC 8707
// resource indicators and the client_credentials grant, with opaque access tokens (node-oidc-provider
// introspects only those).
//
//   ADMIN_SECRET=… node oidc_provider_admin.mjs
// Listens on a free loopback port and prints "listening <issuer>". The console authenticates as the
// static client "console-admin" with ADMIN_SECRET (from the environment, never argv); that client may
// introspect and revoke any token, as an administrator's client would be configured to.

import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, '../npm/package.json'));
const { default: Provider } = await import(require.resolve('oidc-provider'));

const secret = process.env.ADMIN_SECRET;
if (!secret) {
    console.error('usage: ADMIN_SECRET=… node oidc_provider_admin.mjs');
    process.exit(2);
}
const adminId = 'console-admin';
const resource = 'http://127.0.0.1/mcp';
const scopes = ['openid', 'mcp:read', 'mcp:write'];

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
    const issuer = `http://127.0.0.1:${server.address().port}`;
    const provider = new Provider(issuer, {
        clients: [{
            client_id: adminId,
            client_secret: secret,
            grant_types: ['client_credentials'],
            response_types: [],
            redirect_uris: [],
            token_endpoint_auth_method: 'client_secret_basic',
        }],
        scopes,
        features: {
            devInteractions: { enabled: false },
            clientCredentials: { enabled: true },
            registration: { enabled: true },
            registrationManagement: { enabled: true },
            introspection: { enabled: true },
            revocation: {
                enabled: true,
                allowedPolicy: async (ctx, client, token) => client.clientId === adminId || token.clientId === client.clientId,
            },
            resourceIndicators: {
                enabled: true,
                defaultResource: () => resource,
                useGrantedResource: () => true,
                getResourceServerInfo: () => ({
                    audience: resource,
                    scope: 'mcp:read mcp:write',
                    accessTokenTTL: 3600,
                    accessTokenFormat: 'opaque',
                }),
            },
        },
    });
    provider.proxy = false;
    server.on('request', provider.callback());
    console.log(`listening ${issuer}`);
});
for (const signal of ['SIGTERM', 'SIGINT'])
    process.on(signal, () => server.close(() => process.exit(0)));
