// Headless Chromium (Debian's, driven by playwright-core) through the login and consent pages of
// `mcp-auth serve`: the script builds an authorization URL with PKCE S256, state and resource for a
// client registered with a port-less loopback redirect (RFC 8252: any port), runs the loopback
// listener that redirect lands on, signs in, approves, and checks what arrives: code, the same state,
// and iss equal to the issuer (RFC 9207). On the way it takes screenshots of both pages, records the
// pages' security headers and the session cookie as the browser stored it, and checks that Chromium
// refuses to show the login page inside a frame.
//
//   MCPAUTH_PEER_PASSWORD=... node browser_login_consent.mjs --issuer http://127.0.0.1:PORT \
//       --client-id ID --resource URI --scope "a b" --screenshots DIR [--user alice] [--chromium PATH]
//
// Prints one JSON line (the report); exits 0 only when every check passed.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { chromium } from '../npm/node_modules/playwright-core/index.mjs';

import { visibleText } from './lib/browser.mjs';
import { finish, log, parseArgs, scopeList, withDeadline } from './lib/common.mjs';

const args = parseArgs();
const report = {
    peer: 'chromium',
    failures: [],
    pages: [],
    screenshots: {},
};
const fail = text => {
    log(`FAIL: ${text}`);
    report.failures.push(text);
};
const check = (condition, text) => {
    if (!condition)
        fail(text);
    return !!condition;
};
withDeadline(args.timeout - 5, report);

for (const name of ['client-id', 'resource', 'screenshots']) {
    if (!args[name] || args[name] === true)
        throw new Error(`give --${name}`);
}
const issuer = args.issuer;
const clientId = String(args['client-id']);
const scopes = scopeList(args.scope);
const screenshotDir = path.resolve(String(args.screenshots));
mkdirSync(screenshotDir, { recursive: true });

const base64url = buffer => buffer.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const verifier = base64url(randomBytes(32));
const challenge = base64url(createHash('sha256').update(verifier).digest());
const state = base64url(randomBytes(16));

// The client's loopback listener: the first request to /callback is the authorization response.
let deliver;
const callback = new Promise(resolve => {
    deliver = resolve;
});
const listener = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/callback') {
        deliver(Object.fromEntries(url.searchParams.entries()));
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!DOCTYPE html><title>Signed in</title><p>You can close this window.</p>');
    } else if (url.pathname === '/frame') {
        // A page of another origin that tries to show the login page inside a frame (clickjacking).
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<!DOCTYPE html><title>Framer</title><iframe id="f" src="${url.searchParams.get('src')}"></iframe>`);
    } else if (url.pathname === '/favicon.ico') {
        response.writeHead(204);
        response.end();
    } else {
        response.writeHead(404);
        response.end();
    }
});
await new Promise(resolve => listener.listen(0, '127.0.0.1', resolve));
const redirectUri = `http://127.0.0.1:${listener.address().port}/callback`;

const authorizationUrl = new URL(`${issuer}/authorize`);
authorizationUrl.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: scopes.join(' '),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    resource: String(args.resource),
}).toString();
report.request = { redirect_uri: redirectUri, scope: scopes.join(' '), resource: String(args.resource) };

const profile = mkdtempSync(path.join(os.tmpdir(), 'mcpauth-chromium-'));
let context;
try {
    context = await chromium.launchPersistentContext(profile, {
        executablePath: String(args.chromium || '/usr/bin/chromium'),
        headless: true,
        locale: 'en-US',
        viewport: { width: 900, height: 1000 },
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
        ],
    });
    report.browserVersion = context.browser()?.version() ?? null;
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20000);
    const consoleErrors = [];
    page.on('console', message => {
        if (message.type() === 'error')
            consoleErrors.push(message.text());
    });
    // The pages' answers as Chromium saw them (main-frame documents on the server only).
    page.on('response', response => {
        const url = new URL(response.url());
        if (url.origin !== new URL(issuer).origin || response.request().resourceType() !== 'document')
            return;
        const h = response.headers();
        report.pages.push({
            path: url.pathname,
            status: response.status(),
            xFrameOptions: h['x-frame-options'] ?? null,
            csp: h['content-security-policy'] ?? null,
            cacheControl: h['cache-control'] ?? null,
            referrerPolicy: h['referrer-policy'] ?? null,
        });
    });

    // 1. The login page.
    log(`chromium: opening ${authorizationUrl.pathname}`);
    await page.goto(authorizationUrl.href);
    const password = page.locator('input[type="password"]');
    if (check((await password.count()) === 1, `no login page at ${page.url()}: ${visibleText(await page.content()).slice(0, 400)}`)) {
        report.loginTitle = await page.title();
        report.loginText = visibleText(await page.content()).slice(0, 600);
        report.screenshots.login = path.join(screenshotDir, 'login.png');
        await page.screenshot({ path: report.screenshots.login, fullPage: true });
        await page.locator('input[name="username"]').fill(args.user);
        await password.fill(args.password);
        await Promise.all([page.waitForURL(/\/authorize\/continue/), page.locator('form button[type="submit"]').click()]);
    }

    // 2. The consent page.
    const approve = page.locator('button[name="decision"][value="approve"]');
    if (check((await approve.count()) === 1, `no consent page at ${page.url()}: ${visibleText(await page.content()).slice(0, 400)}`)) {
        report.consentTitle = await page.title();
        report.consentText = visibleText(await page.content());
        report.redirectHostShown = (await page.locator('.redirect .host').textContent())?.trim() ?? null;
        report.scopeTitles = (await page.locator('ul.scopes .scope-title').allTextContents()).map(t => t.trim());
        report.screenshots.consent = path.join(screenshotDir, 'consent.png');
        await page.screenshot({ path: report.screenshots.consent, fullPage: true });
        const cookies = await context.cookies(issuer);
        const session = cookies.find(c => /mcpauth_session$/.test(c.name));
        report.cookie = session
            ? { name: session.name, httpOnly: session.httpOnly, sameSite: session.sameSite, secure: session.secure, path: session.path }
            : null;
        await Promise.all([page.waitForURL(url => url.href.startsWith(redirectUri)), approve.click()]);
    }

    // 3. What the client's listener received.
    const params = await Promise.race([callback, new Promise(resolve => setTimeout(() => resolve(null), 15000))]);
    if (check(params, 'the browser never reached the loopback redirect')) {
        report.callback = {
            hasCode: typeof params.code === 'string' && params.code.length >= 43,
            stateOk: params.state === state,
            iss: params.iss ?? null,
            error: params.error ?? null,
        };
        check(report.callback.hasCode, `no code in the redirect: ${JSON.stringify({ ...params, code: undefined })}`);
        check(report.callback.stateOk, 'the state came back changed');
        check(params.iss === issuer, `iss is ${params.iss}, expected ${issuer}`);
        check(!params.error, `error ${params.error}: ${params.error_description}`);
    }
    report.landedOn = page.url().startsWith(redirectUri) ? 'redirect_uri' : page.url();

    // Whatever the console said so far: the error page below answers 400 on purpose.
    report.consoleErrors = [...consoleErrors];
    check(report.consoleErrors.length === 0, `console errors on the pages: ${report.consoleErrors.join(' | ')}`);

    // 4. An error page (a redirect URI the client did not register), in the dark color scheme.
    const wrong = new URL(authorizationUrl);
    wrong.searchParams.set('redirect_uri', 'https://attacker.example/callback');
    await page.emulateMedia({ colorScheme: 'dark' });
    const refused = await page.goto(wrong.href);
    const errorText = visibleText(await page.content());
    report.errorPage = { status: refused?.status() ?? null, text: errorText.slice(0, 600) };
    check(refused?.status() === 400, `the error page answered ${refused?.status()}`);
    check(errorText.includes('https://attacker.example/callback') && errorText.includes('not one of its registered redirect URIs'),
        `the error page does not say what is wrong: ${errorText.slice(0, 300)}`);
    check(page.url().startsWith(issuer), `the browser left the server for ${page.url()}`);
    report.screenshots.error = path.join(screenshotDir, 'error-dark.png');
    await page.screenshot({ path: report.screenshots.error, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // 5. The login page inside a frame of another origin: Chromium must refuse to render it.
    const framer = new URL(`http://localhost:${listener.address().port}/frame`);
    framer.searchParams.set('src', authorizationUrl.href);
    await page.goto(framer.href);
    await page.waitForTimeout(1000);
    const inner = page.frames().find(f => f !== page.mainFrame());
    const framedPasswordFields = inner ? await inner.locator('input[type="password"]').count().catch(() => 0) : 0;
    report.framing = { frameUrl: inner?.url() ?? null, passwordFieldsShown: framedPasswordFields };
    check(framedPasswordFields === 0, 'Chromium rendered the login page inside a frame');

    for (const [name, file] of Object.entries(report.screenshots))
        check(statSync(file).size > 5000, `the ${name} screenshot is empty`);
} catch (error) {
    fail(String(error?.stack || error));
} finally {
    await context?.close().catch(() => {});
    listener.close();
    rmSync(profile, { recursive: true, force: true });
}
finish(report);
