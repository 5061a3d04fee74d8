// The "browser" mcp-remote opens (through `open` -> xdg-open -> $BROWSER): signs in and approves on
// the authorization pages of `mcp-auth serve`, then follows the final redirect to mcp-remote's
// callback server as a browser would. Writes what happened to $MCPAUTH_PEER_BROWSER_LOG (one JSON
// line per opened URL), because xdg-open runs it detached with its output discarded.
//
//   node open_browser.mjs <authorization URL>     (user and password from MCPAUTH_PEER_USER/_PASSWORD)

import { appendFileSync } from 'node:fs';

import { authorizeLikeBrowser, visibleText } from './browser.mjs';

const url = process.argv[2];
const logFile = process.env.MCPAUTH_PEER_BROWSER_LOG;
const record = { opened: url ? new URL(url).pathname : null, at: new Date().toISOString() };

function write() {
    const line = `${JSON.stringify(record)}\n`;
    if (logFile)
        appendFileSync(logFile, line);
    else
        process.stdout.write(line);
}

async function main() {
    if (!url)
        throw new Error('no URL given');
    const authorizationUrl = new URL(url);
    const q = authorizationUrl.searchParams;
    record.request = {
        client_id: q.get('client_id'),
        redirect_uri: q.get('redirect_uri'),
        scope: q.get('scope'),
        resource: q.get('resource'),
        code_challenge_method: q.get('code_challenge_method'),
        state_sent: !!q.get('state'),
    };
    const result = await authorizeLikeBrowser(authorizationUrl, {
        username: process.env.MCPAUTH_PEER_USER || 'alice',
        password: process.env.MCPAUTH_PEER_PASSWORD || '',
    });
    record.steps = result.steps;
    record.loginPages = result.loginPages;
    record.consentPages = result.consentPages;
    const p = result.params;
    record.error = p.error;
    record.stateOk = p.state === q.get('state');
    record.iss = p.iss;
    record.hasCode = !!p.code;

    // Deliver the redirect to mcp-remote's callback server. It listens on 127.0.0.1 only; a browser
    // given "localhost" would fall back from ::1 to 127.0.0.1, which this does explicitly.
    let callback = new URL(result.callbackUrl);
    let response;
    try {
        response = await fetch(callback, { redirect: 'manual' });
    } catch (error) {
        if (callback.hostname !== 'localhost')
            throw error;
        callback.hostname = '127.0.0.1';
        response = await fetch(callback, { redirect: 'manual' });
    }
    record.callbackStatus = response.status;
    record.callbackText = visibleText(await response.text()).slice(0, 120);
}

main()
    .catch(error => {
        record.failure = String(error?.message || error);
    })
    .finally(() => {
        write();
        process.exit(record.failure ? 1 : 0);
    });
