// mcp-remote (the stdio bridge Claude Desktop runs) against `mcp-auth serve`, driven exactly as
// Claude Desktop drives it: spawned with the arguments of the documented claude_desktop_config.json
// entry, spoken to over stdio (initialize, tools/list, one read tool). mcp-remote registers itself
// (DCR), opens "the browser" for the authorization (the `open` package -> xdg-open -> $BROWSER, here a
// script that signs in and approves by HTTP and then follows the redirect to mcp-remote's callback
// server), exchanges the code and proxies. Everything it stores goes to a temporary
// MCP_REMOTE_CONFIG_DIR and HOME.
//
//   MCPAUTH_PEER_PASSWORD=... node mcp_remote_smoke.mjs --issuer http://127.0.0.1:PORT [--user alice]
//       [--config claude_desktop_config.json --entry NAME]
//
// With --config, the command and arguments are those of the entry NAME of that file (what the
// console's connection wizard wrote), spawned exactly as Claude Desktop would, from tests/npm so that
// npx finds the installed mcp-remote; the checks then expect that entry's callback port.
//
// Prints one JSON line; exits 0 only when every step passed.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { finish, freePort, here, log, nodeModules, parseArgs } from './lib/common.mjs';

const args = parseArgs();
const issuer = args.issuer;
const mcpUrl = `${issuer}/mcp`;
const report = {
    peer: 'mcp-remote',
    issuer,
    mcpUrl,
    browser: [],
    failures: [],
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mcpauth-mcp-remote-'));
let child;
let stderrText = '';

function check(condition, failure) {
    if (!condition)
        report.failures.push(failure);
    return !!condition;
}

function readBrowserLog(file) {
    if (!existsSync(file))
        return [];
    return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => {
            try {
                return JSON.parse(line);
            } catch {
                return { unparsed: line };
            }
        });
}

function stopChild() {
    return new Promise(resolve => {
        if (!child || child.exitCode !== null || child.signalCode !== null) {
            resolve(child?.exitCode ?? null);
            return;
        }
        const killTimer = setTimeout(() => child.kill('SIGTERM'), 5000);
        const hardTimer = setTimeout(() => child.kill('SIGKILL'), 10000);
        child.once('exit', code => {
            clearTimeout(killTimer);
            clearTimeout(hardTimer);
            resolve(code);
        });
        child.stdin.end(); // mcp-remote shuts down when its stdin ends, as when Claude Desktop quits
    });
}

let finishing = false;
async function done() {
    if (finishing)
        return;
    finishing = true;
    report.exitCode = await stopChild();
    report.browser = readBrowserLog(path.join(tmp, 'browser.log'));
    const configDir = path.join(tmp, 'config');
    report.storedFiles = existsSync(configDir)
        ? readdirSync(configDir, { recursive: true }).map(f => String(f).replace(/[0-9a-f]{32}_/, '<hash>_'))
        : [];
    const homeEntries = existsSync(path.join(tmp, 'home')) ? readdirSync(path.join(tmp, 'home')) : [];
    report.homeTouched = homeEntries;
    if (report.failures.length)
        report.stderrTail = stderrText.split('\n').slice(-40).join('\n');
    rmSync(tmp, { recursive: true, force: true });
    finish(report);
}

const deadline = setTimeout(() => {
    report.failures.push(`gave up after ${args.timeout} s`);
    done();
}, args.timeout * 1000);
deadline.unref();

async function main() {
    const bridge = realpathSync(path.join(nodeModules, '.bin', 'mcp-remote'));
    report.mcpRemoteVersion = JSON.parse(readFileSync(path.join(nodeModules, 'mcp-remote', 'package.json'), 'utf8')).version;
    const callbackPort = await freePort();

    // $BROWSER for xdg-open's generic mode, and the same script as `xdg-open` on PATH in case `open`
    // uses the system xdg-open rather than its bundled copy.
    const bin = path.join(tmp, 'bin');
    mkdirSync(bin);
    mkdirSync(path.join(tmp, 'home'));
    const opener = path.join(bin, 'xdg-open');
    writeFileSync(opener, `#!/bin/sh\nexec "${process.execPath}" "${path.join(here, 'open_browser.mjs')}" "$1"\n`);
    chmodSync(opener, 0o755);

    // The claude_desktop_config.json entry, with this run's server and callback port; or the one the
    // wizard wrote, as it is.
    let command = process.execPath;
    let commandArgs;
    let bridgeArgs;
    let spawnCwd;
    if (args.config) {
        const entryName = String(args.entry || 'mcp-auth');
        const entry = JSON.parse(readFileSync(String(args.config), 'utf8')).mcpServers?.[entryName];
        if (!entry || typeof entry.command !== 'string' || !Array.isArray(entry.args))
            throw new Error(`${args.config} has no mcpServers.${entryName} with command and args`);
        report.claudeDesktopConfig = { mcpServers: { [entryName]: entry } };
        command = entry.command;
        commandArgs = entry.args;
        // npx -y mcp-remote <url> [port] flags…: the arguments mcp-remote itself gets.
        bridgeArgs = entry.args.slice(entry.args.indexOf('mcp-remote') + 1);
        check(bridgeArgs[0] === mcpUrl, `the entry's server is ${bridgeArgs[0]}, expected ${mcpUrl}`);
        spawnCwd = path.resolve(nodeModules, '..');
    } else {
        bridgeArgs = [mcpUrl, String(callbackPort), '--host', '127.0.0.1', '--allow-http'];
        report.claudeDesktopConfig = {
            mcpServers: { 'mcp-auth-local': { command: 'npx', args: ['-y', `mcp-remote@${report.mcpRemoteVersion}`, ...bridgeArgs] } },
        };
        commandArgs = [bridge, ...bridgeArgs];
    }
    // An entry without a port lets mcp-remote choose one.
    const expectedPort = /^\d+$/.test(bridgeArgs[1] ?? '') ? Number(bridgeArgs[1]) : args.config ? null : callbackPort;
    report.args = bridgeArgs;

    const env = { ...process.env };
    for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'KDE_FULL_SESSION', 'GNOME_DESKTOP_SESSION_ID',
             'MATE_DESKTOP_SESSION_ID', 'DESKTOP_SESSION', 'XDG_SESSION_DESKTOP', 'DESKTOP', 'LXQT_SESSION_CONFIG'])
        delete env[name];
    Object.assign(env, {
        HOME: path.join(tmp, 'home'),
        MCP_REMOTE_CONFIG_DIR: path.join(tmp, 'config'),
        XDG_CURRENT_DESKTOP: 'X-Generic',
        BROWSER: opener,
        PATH: `${bin}${path.delimiter}${env.PATH ?? ''}`,
        MCPAUTH_PEER_BROWSER_LOG: path.join(tmp, 'browser.log'),
        MCPAUTH_PEER_USER: args.user,
        MCPAUTH_PEER_PASSWORD: args.password,
    });

    log(`spawning ${command} ${commandArgs.join(' ')}`);
    child = spawn(command, commandArgs, { env, cwd: spawnCwd, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', chunk => {
        stderrText += chunk;
        if (process.env.MCPAUTH_PEER_VERBOSE)
            process.stderr.write(chunk);
    });
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));

    const pending = new Map();
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', chunk => {
        buffer += chunk;
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, nl).trim();
            buffer = buffer.slice(nl + 1);
            if (!line)
                continue;
            let message;
            try {
                message = JSON.parse(line);
            } catch {
                report.failures.push(`mcp-remote wrote a line that is not JSON: ${line.slice(0, 200)}`);
                continue;
            }
            if (message.id !== undefined && pending.has(message.id)) {
                pending.get(message.id)(message);
                pending.delete(message.id);
            }
        }
    });

    let nextId = 1;
    const request = (method, params) => {
        const id = nextId++;
        const answer = new Promise((resolve, reject) => {
            pending.set(id, resolve);
            exited.then(({ code, signal }) => reject(new Error(`mcp-remote exited (code ${code}, signal ${signal}) before answering ${method}`)));
        });
        child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
        return answer;
    };

    // Sent at once, as Claude Desktop does; mcp-remote reads stdin only after it has authorized.
    const init = await request('initialize', {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'mcp-auth-interop (Claude Desktop stand-in)', version: '1.0.0' },
    });
    check(init.result, `initialize failed: ${JSON.stringify(init.error)}`);
    report.initialize = { protocolVersion: init.result?.protocolVersion, serverInfo: init.result?.serverInfo };
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);

    const list = await request('tools/list', {});
    const tools = list.result?.tools ?? [];
    report.toolsCount = tools.length;
    check(tools.length > 0, `tools/list returned no tools: ${JSON.stringify(list.error ?? list.result)}`);

    const readTool = tools.find(t => t.name === 'list_applications');
    if (check(readTool, 'no list_applications tool')) {
        const call = await request('tools/call', { name: readTool.name, arguments: {} });
        report.read = { tool: readTool.name, ok: !!call.result && !call.result.isError };
        check(report.read.ok, `${readTool.name} through mcp-remote failed: ${JSON.stringify(call.error ?? call.result).slice(0, 300)}`);
    }

    const opened = readBrowserLog(path.join(tmp, 'browser.log'));
    check(opened.length >= 1, 'mcp-remote never opened the browser');
    const first = opened[0] ?? {};
    check(!first.failure, `the browser stand-in failed: ${first.failure}`);
    check(first.request?.code_challenge_method === 'S256', 'the authorization request did not use PKCE S256');
    check(first.request?.resource === mcpUrl, `the authorization request's resource is ${first.request?.resource}`);
    report.clientId = first.request?.client_id;
    const redirectPattern = new RegExp(`^http://127\\.0\\.0\\.1:${expectedPort ?? '\\d+'}/oauth/callback$`);
    check(redirectPattern.test(first.request?.redirect_uri ?? ''),
        `the redirect_uri is ${first.request?.redirect_uri}`);
    check(first.consentPages >= 1, 'no consent page was shown');
    check(first.stateOk, 'the redirect did not carry the state mcp-remote sent');
    check(first.iss === issuer, `the redirect's iss is ${JSON.stringify(first.iss)}, expected ${JSON.stringify(issuer)}`);
    check(first.callbackStatus === 200, `mcp-remote's callback answered ${first.callbackStatus}`);
}

main()
    .catch(error => report.failures.push(`${error?.constructor?.name ?? 'Error'}: ${error?.message ?? error}`))
    .finally(() => {
        clearTimeout(deadline);
        done();
    });
