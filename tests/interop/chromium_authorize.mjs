// A person in a real browser, for `mcp-auth probe --browser-command`: headless Chromium (Debian's,
// driven by playwright-core) opens the authorization URL it is given as its last argument, signs in
// on the login page of `mcp-auth serve`, approves on the consent page and lets the final redirect
// reach the probe's loopback listener, as a browser would.
//
//   MCPAUTH_PEER_USER=alice MCPAUTH_PEER_PASSWORD=... node chromium_authorize.mjs <authorization URL>
//
// Writes one JSON line (what happened) to $MCPAUTH_PEER_BROWSER_LOG, or to stdout without it: the
// probe starts its browser command detached, with its output discarded.

import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from '../npm/node_modules/playwright-core/index.mjs';

const url = process.argv[process.argv.length - 1];
const record = { at: new Date().toISOString(), steps: [] };

async function main() {
    const authorizationUrl = new URL(url);
    const redirectUri = authorizationUrl.searchParams.get('redirect_uri');
    record.opened = authorizationUrl.pathname;
    const profile = mkdtempSync(path.join(os.tmpdir(), 'mcpauth-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.MCPAUTH_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run'],
    });
    try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(authorizationUrl.href);
        const password = page.locator('input[type="password"]');
        if ((await password.count()) === 1) {
            record.steps.push('login');
            await page.locator('input[name="username"]').fill(process.env.MCPAUTH_PEER_USER || 'alice');
            await password.fill(process.env.MCPAUTH_PEER_PASSWORD || '');
            await Promise.all([page.waitForURL(/\/authorize\/continue/), page.locator('form button[type="submit"]').click()]);
        }
        const approve = page.locator('button[name="decision"][value="approve"]');
        if ((await approve.count()) === 1) {
            record.steps.push('consent');
            await Promise.all([page.waitForURL(u => u.href.startsWith(redirectUri)), approve.click()]);
        }
        record.final = new URL(page.url()).pathname;
        record.reachedRedirect = page.url().startsWith(redirectUri);
    } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
    }
}

main()
    .catch(error => {
        record.failure = String(error?.message || error);
    })
    .finally(() => {
        const line = `${JSON.stringify(record)}\n`;
        if (process.env.MCPAUTH_PEER_BROWSER_LOG)
            appendFileSync(process.env.MCPAUTH_PEER_BROWSER_LOG, line);
        else
            process.stdout.write(line);
        process.exit(record.failure || !record.reachedRedirect ? 1 : 0);
    });
