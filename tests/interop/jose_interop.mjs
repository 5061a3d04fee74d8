// Our JOSE against an independent implementation, `jose` (npm, v6):
//   (a) jose verifies the RS256 and ES256 access tokens our KeyRing signed, against our JWKS, with
//       issuer, audience and typ checked;
//   (b) jose signs tokens with our private keys (PKCS#8 PEM files the test wrote, 0600), for our
//       JwtValidator to accept;
//   (c) jose crafts the attacks our validator must refuse: alg none, HS256 keyed with the RSA public
//       key PEM, an unknown kid, expired, not yet valid, wrong iss, wrong aud. jose's own verdict on
//       each, against our JWKS, is reported as well.
//
//   node jose_interop.mjs --input input.json
//
// input.json: { issuer, audience, now (seconds), jwks, tokens: {RS256, ES256},
//               privateKeys: {RS256: {kid, path}, ES256: {kid, path}}, rsaPublicKeyPem }
// Prints one JSON line (tokens (b) and (c) under `signed` and `attacks`; they are test tokens of a
// throw-away key ring) and exits 0 only when every check of this script passed.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { finish, log, nodeModules, withDeadline } from './lib/common.mjs';

const report = { peer: 'jose', verified: {}, signed: {}, attacks: {}, joseRefused: {}, failures: [] };
withDeadline(60, report);

function check(condition, failure) {
    if (!condition)
        report.failures.push(failure);
    return !!condition;
}

function argument(name) {
    const argv = process.argv.slice(2);
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && at + 1 < argv.length ? argv[at + 1] : undefined;
}

async function main() {
    const inputPath = argument('input');
    if (!inputPath)
        throw new Error('give the input file as --input input.json');
    const input = JSON.parse(readFileSync(inputPath, 'utf8'));
    const jose = await import(pathToFileURL(path.join(nodeModules, 'jose/dist/webapi/index.js')).href);
    report.joseVersion = JSON.parse(readFileSync(path.join(nodeModules, 'jose/package.json'), 'utf8')).version;

    const { issuer, audience, now } = input;
    const jwks = jose.createLocalJWKSet(input.jwks);
    const currentDate = new Date(now * 1000);
    const verifyOptions = { issuer, audience, typ: 'at+jwt', algorithms: ['RS256', 'ES256'], currentDate };

    // (a) our tokens, verified by jose against our JWKS
    for (const alg of ['RS256', 'ES256']) {
        const token = input.tokens[alg];
        try {
            const { payload, protectedHeader } = await jose.jwtVerify(token, jwks, verifyOptions);
            report.verified[alg] = {
                ok: true,
                alg: protectedHeader.alg,
                kid: protectedHeader.kid,
                typ: protectedHeader.typ,
                sub: payload.sub,
            };
            check(protectedHeader.alg === alg, `(a) ${alg}: jose saw alg ${protectedHeader.alg}`);
            check(protectedHeader.kid === input.privateKeys[alg].kid, `(a) ${alg}: jose saw kid ${protectedHeader.kid}`);
        } catch (error) {
            report.verified[alg] = { ok: false, code: error.code, message: error.message };
            report.failures.push(`(a) jose refused our ${alg} token: ${error.code} ${error.message}`);
        }
        // The same token with one payload character changed must fail in jose too.
        const [h, p, s] = token.split('.');
        const changed = `${h}.${p.slice(0, 10)}${p[10] === 'A' ? 'B' : 'A'}${p.slice(11)}.${s}`;
        try {
            await jose.jwtVerify(changed, jwks, verifyOptions);
            report.failures.push(`(a) jose accepted our ${alg} token with a changed payload`);
        } catch (error) {
            check(error.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || error.code === 'ERR_JWS_INVALID'
                || error.code === 'ERR_JWT_INVALID', `(a) changed ${alg} token: unexpected ${error.code}`);
        }
    }

    const claims = extra => ({ sub: 'alice', client_id: 'jose-interop', scope: 'application:read', ...extra });
    const sign = async (alg, key, kid, { iss = issuer, aud = audience, iat = now, exp = now + 600, nbf } = {}) => {
        const jwt = new jose.SignJWT(claims({ jti: `jose-${alg}-${Math.random().toString(36).slice(2)}` }))
            .setProtectedHeader({ alg, kid, typ: 'at+jwt' })
            .setIssuer(iss)
            .setAudience(aud)
            .setIssuedAt(iat)
            .setExpirationTime(exp);
        if (nbf !== undefined)
            jwt.setNotBefore(nbf);
        return jwt.sign(key);
    };

    // (b) tokens jose signs with our private keys
    const keys = {};
    for (const alg of ['RS256', 'ES256']) {
        const pem = readFileSync(input.privateKeys[alg].path, 'utf8');
        check(pem.startsWith('-----BEGIN PRIVATE KEY-----'), `(b) ${alg}: the key file is not PKCS#8 PEM`);
        keys[alg] = await jose.importPKCS8(pem, alg);
        report.signed[alg] = await sign(alg, keys[alg], input.privateKeys[alg].kid);
        // What jose signed with our private key verifies against our public JWKS (in jose).
        try {
            await jose.jwtVerify(report.signed[alg], jwks, verifyOptions);
        } catch (error) {
            report.failures.push(`(b) jose cannot verify its own ${alg} token against our JWKS: ${error.code}`);
        }
    }

    // (c) attacks
    const rsaKid = input.privateKeys.RS256.kid;
    report.attacks.none = new jose.UnsecuredJWT(claims({ jti: 'attack-none' }))
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .encode();
    report.attacks.hs256PublicKey = await new jose.SignJWT(claims({ jti: 'attack-hs256' }))
        .setProtectedHeader({ alg: 'HS256', kid: rsaKid, typ: 'at+jwt' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(new TextEncoder().encode(input.rsaPublicKeyPem));
    report.attacks.unknownKid = await sign('RS256', keys.RS256, 'jose-unknown-kid');
    report.attacks.expired = await sign('RS256', keys.RS256, rsaKid, { iat: now - 900, exp: now - 300 });
    report.attacks.notYetValid = await sign('RS256', keys.RS256, rsaKid, { nbf: now + 600 });
    report.attacks.wrongIssuer = await sign('RS256', keys.RS256, rsaKid, { iss: 'https://evil.example' });
    report.attacks.wrongAudience = await sign('RS256', keys.RS256, rsaKid, { aud: `${audience}/` });

    // jose's verdict on the same tokens against our JWKS: it must refuse each one as well.
    for (const [name, token] of Object.entries(report.attacks)) {
        try {
            await jose.jwtVerify(token, jwks, verifyOptions);
            report.failures.push(`(c) jose accepted the attack token ${name}`);
        } catch (error) {
            report.joseRefused[name] = error.code;
        }
    }
    log('jose', report.joseVersion, 'verified', Object.keys(report.verified).join(','), 'attacks',
        Object.keys(report.attacks).length);
}

main()
    .catch(error => report.failures.push(`unexpected: ${error?.stack || error}`))
    .finally(() => finish(report));
