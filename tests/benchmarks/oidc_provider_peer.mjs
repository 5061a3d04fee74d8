// node-oidc-provider (npm, v9) configured like the local server for bench_server.sh: client_credentials,
// RFC 8707 resource indicators, RFC 9068 JWT access tokens signed RS256 or ES256 per client, and
// opaque tokens with RFC 7662 introspection (node-oidc-provider refuses to introspect JWT access
// tokens, so introspection is measured on opaque tokens on both sides).
//
//   node oidc_provider_peer.mjs --port N --resource URI
// Client secrets come from the environment (BENCH_SECRET), never argv. Prints "listening <url>".

import crypto from 'node:crypto';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.resolve(here, '../npm/package.json'));
const { default: Provider } = await import(require.resolve('oidc-provider'));

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
    return pairs;
}, []));
const port = Number(args.port);
const resource = args.resource;
const secret = process.env.BENCH_SECRET;
if (!port || !resource || !secret) {
    console.error('usage: BENCH_SECRET=… node oidc_provider_peer.mjs --port N --resource URI');
    process.exit(2);
}

const scopes = 'application:read token:read';
function jwk(type, options, alg) {
    const { privateKey } = crypto.generateKeyPairSync(type, options);
    return { ...privateKey.export({ format: 'jwk' }), alg, use: 'sig', kid: crypto.randomUUID() };
}
const formats = { 'bench-rs': ['jwt', 'RS256'], 'bench-es': ['jwt', 'ES256'], 'bench-opaque': ['opaque', 'RS256'] };
const clients = Object.keys(formats).map((id) => ({
    client_id: id,
    client_secret: secret,
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: scopes,
}));

const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [jwk('rsa', { modulusLength: 2048 }, 'RS256'), jwk('ec', { namedCurve: 'P-256' }, 'ES256')] },
    scopes: scopes.split(' '),
    features: {
        devInteractions: { enabled: false },
        clientCredentials: { enabled: true },
        introspection: { enabled: true },
        revocation: { enabled: true },
        resourceIndicators: {
            enabled: true,
            defaultResource: () => resource,
            useGrantedResource: () => true,
            getResourceServerInfo: (ctx, indicator, client) => {
                const [format, alg] = formats[client.clientId];
                return {
                    audience: indicator,
                    scope: scopes,
                    accessTokenTTL: 3600,
                    accessTokenFormat: format,
                    ...(format === 'jwt' ? { jwt: { sign: { alg } } } : {}),
                };
            },
        },
    },
});
provider.proxy = false;
provider.listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));
