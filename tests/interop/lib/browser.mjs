// A tiny browser stand-in for the authorization pages of `mcp-auth serve`: a cookie jar, an HTML form
// reader, and a loop that does what a person in a browser does on the login and consent pages
// (type the user name and password, press "approve") until the server redirects to the client's
// redirect URI. No dependencies: the pages are our own plain HTML forms, and a test that needs a real
// browser engine uses Chromium through playwright-core instead.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
    return String(text).replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
        }
        const named = ENTITIES[body.toLowerCase()];
        return named ?? whole;
    });
}

function parseAttributes(text) {
    const attrs = {};
    const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    let m;
    while ((m = re.exec(text)) !== null) {
        const name = m[1].toLowerCase();
        if (name in attrs)
            continue; // HTML: the first occurrence wins
        const raw = m[2] ?? m[3] ?? m[4];
        attrs[name] = raw === undefined ? '' : decodeEntities(raw);
    }
    return attrs;
}

export function visibleText(html) {
    return decodeEntities(
        html
            .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
            .replace(/<[^>]+>/g, ' ')
    )
        .replace(/\s+/g, ' ')
        .trim();
}

// Every <form> of a page: its action (absolute), method, the successful controls a browser would
// send without user input (hidden and pre-filled fields, checked boxes, selected options), the
// fields a user types into, and the submit buttons.
export function parseForms(html, pageUrl) {
    const forms = [];
    const formRe = /<form\b([^>]*)>([\s\S]*?)<\/form\s*>/gi;
    let fm;
    while ((fm = formRe.exec(html)) !== null) {
        const attrs = parseAttributes(fm[1]);
        const body = fm[2];
        const form = {
            action: new URL(attrs.action ? attrs.action : pageUrl, pageUrl).href,
            method: (attrs.method || 'GET').toUpperCase(),
            id: attrs.id || '',
            fields: [], // [name, value] in document order
            inputs: [], // typed-into controls: {name, type, value}
            submits: [], // {name, value, label}
            text: visibleText(body),
        };
        const controlRe = /<(input|button|select|textarea)\b([^>]*)>(?:([\s\S]*?)<\/\1\s*>)?/gi;
        let cm;
        while ((cm = controlRe.exec(body)) !== null) {
            const tag = cm[1].toLowerCase();
            const a = parseAttributes(cm[2]);
            if ('disabled' in a)
                continue;
            const name = a.name ?? '';
            if (tag === 'input') {
                // <input> has no end tag: give back whatever the lazy match swallowed.
                if (cm[3] !== undefined)
                    controlRe.lastIndex = cm.index + cm[0].indexOf('>') + 1;
                const type = (a.type || 'text').toLowerCase();
                if (type === 'submit' || type === 'image') {
                    form.submits.push({ name, value: a.value ?? '', label: a.value ?? '' });
                } else if (type === 'checkbox' || type === 'radio') {
                    if ('checked' in a && name)
                        form.fields.push([name, a.value ?? 'on']);
                } else if (type === 'button' || type === 'reset' || type === 'file') {
                    // not submitted
                } else if (type === 'hidden') {
                    if (name)
                        form.fields.push([name, a.value ?? '']);
                } else if (name) {
                    form.inputs.push({ name, type, value: a.value ?? '', autocomplete: a.autocomplete ?? '' });
                }
            } else if (tag === 'button') {
                const type = (a.type || 'submit').toLowerCase();
                if (type === 'submit')
                    form.submits.push({ name, value: a.value ?? '', label: visibleText(cm[3] ?? '') });
            } else if (tag === 'select') {
                const options = [...(cm[3] ?? '').matchAll(/<option\b([^>]*)>([\s\S]*?)(?=<option\b|$)/gi)];
                let chosen = options.find(o => 'selected' in parseAttributes(o[1])) ?? options[0];
                if (chosen && name) {
                    const oa = parseAttributes(chosen[1]);
                    form.fields.push([name, oa.value ?? visibleText(chosen[2])]);
                }
            } else if (tag === 'textarea') {
                if (name)
                    form.fields.push([name, decodeEntities(cm[3] ?? '')]);
            }
        }
        forms.push(form);
    }
    return forms;
}

const APPROVE = /\b(approve|allow|accept|authori[sz]e|consent|grant|yes|continue)\b/i;
const REFUSE = /\b(deny|cancel|reject|decline|refuse|no)\b/i;

function submitLooksLike(submit, re) {
    return re.test(submit.value) || re.test(submit.label) || re.test(submit.name);
}

export function findLoginForm(forms) {
    return forms.find(f => f.inputs.some(i => i.type === 'password'));
}

// The consent form and the button that approves. Pages may put approve and deny in one form (two
// buttons) or in two forms; either way the approve button is the one a person would press.
export function findConsent(forms) {
    for (const form of forms) {
        const approve = form.submits.find(s => submitLooksLike(s, APPROVE) && !submitLooksLike(s, REFUSE));
        if (approve)
            return { form, submit: approve };
    }
    for (const form of forms) {
        if (APPROVE.test(form.action) && !REFUSE.test(form.action))
            return { form, submit: form.submits[0] };
    }
    return null;
}

export class CookieJar {
    constructor() {
        this.cookies = new Map(); // "host|name" -> {name, value, host, path, expires}
    }

    store(response, url) {
        const host = new URL(url).hostname;
        const lines = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
        for (const line of lines) {
            const [pair, ...attrParts] = line.split(';');
            const eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const name = pair.slice(0, eq).trim();
            const value = pair.slice(eq + 1).trim();
            const attrs = {};
            for (const part of attrParts) {
                const i = part.indexOf('=');
                attrs[(i < 0 ? part : part.slice(0, i)).trim().toLowerCase()] = i < 0 ? '' : part.slice(i + 1).trim();
            }
            let expires = Infinity;
            if ('max-age' in attrs)
                expires = Date.now() + Number(attrs['max-age']) * 1000;
            else if ('expires' in attrs)
                expires = Date.parse(attrs.expires);
            const key = `${host}|${name}`;
            if (expires <= Date.now())
                this.cookies.delete(key);
            else
                this.cookies.set(key, { name, value, host, path: attrs.path || '/', expires });
        }
    }

    header(url) {
        const u = new URL(url);
        const now = Date.now();
        const parts = [];
        for (const c of this.cookies.values()) {
            if (c.host === u.hostname && c.expires > now && u.pathname.startsWith(c.path))
                parts.push(`${c.name}=${c.value}`);
        }
        return parts.join('; ');
    }

    names() {
        return [...this.cookies.values()].map(c => c.name);
    }
}

function sameEndpoint(a, b) {
    const x = new URL(a);
    const y = new URL(b);
    return x.protocol === y.protocol && x.host === y.host && x.pathname === y.pathname;
}

// Opens `authorizationUrl` like a browser and works through login and consent. Returns when the
// server redirects to the client's redirect URI (taken from the authorization URL): the parsed
// callback parameters plus what happened on the way. Throws with the page text when a page is
// neither a login nor a consent page, or after too many steps.
export async function authorizeLikeBrowser(authorizationUrl, { username, password, jar = new CookieJar(), log = () => {} } = {}) {
    const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri');
    if (!redirectUri)
        throw new Error(`the authorization URL has no redirect_uri: ${authorizationUrl}`);
    const steps = [];
    let request = { method: 'GET', url: String(authorizationUrl), body: undefined, referer: undefined };
    let loginPages = 0;
    let consentPages = 0;
    const consentTexts = [];
    for (let i = 0; i < 16; ++i) {
        const headers = { accept: 'text/html,application/xhtml+xml', 'user-agent': 'mcp-auth-peers-test/1.0' };
        const cookie = jar.header(request.url);
        if (cookie)
            headers.cookie = cookie;
        if (request.referer)
            headers.referer = request.referer;
        if (request.method === 'POST') {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            headers.origin = new URL(request.url).origin; // browsers send Origin on form posts
        }
        const response = await fetch(request.url, { method: request.method, headers, body: request.body, redirect: 'manual' });
        jar.store(response, request.url);
        const step = { method: request.method, path: new URL(request.url).pathname, status: response.status };
        steps.push(step);
        log(`browser: ${request.method} ${new URL(request.url).pathname} -> ${response.status}`);

        if (response.status >= 300 && response.status < 400) {
            await response.body?.cancel();
            const location = response.headers.get('location');
            if (!location)
                throw new Error(`${response.status} without Location from ${request.url}`);
            const target = new URL(location, request.url);
            if (sameEndpoint(target.href, redirectUri)) {
                const params = Object.fromEntries(target.searchParams.entries());
                step.kind = 'callback';
                return { callbackUrl: target.href, params, steps, loginPages, consentPages, consentTexts, frameOptions: undefined };
            }
            step.kind = 'redirect';
            request = { method: 'GET', url: target.href, body: undefined, referer: request.url };
            continue;
        }
        const text = await response.text();
        if (response.status !== 200) {
            throw new Error(
                `the server answered ${response.status} to ${request.method} ${request.url}: ${visibleText(text).slice(0, 600)}`);
        }
        const forms = parseForms(text, response.url || request.url);
        const login = findLoginForm(forms);
        if (login) {
            step.kind = 'login';
            if (++loginPages > 2)
                throw new Error(`the login page came back a third time (wrong password or locked account?): ${login.text.slice(0, 400)}`);
            const body = new URLSearchParams(login.fields);
            const textual = login.inputs.filter(f => f.type !== 'password');
            const userField =
                textual.find(f => /user|login|email|account/i.test(f.name) || /username|email/i.test(f.autocomplete)) ?? textual[0];
            if (userField)
                body.set(userField.name, username);
            for (const f of login.inputs) {
                if (f.type === 'password')
                    body.set(f.name, password);
                else if (f !== userField)
                    body.set(f.name, f.value);
            }
            const submit = login.submits.find(s => s.name);
            if (submit)
                body.set(submit.name, submit.value);
            request = { method: login.method, url: login.action, body: login.method === 'POST' ? body.toString() : undefined, referer: request.url };
            if (login.method !== 'POST') {
                const u = new URL(login.action);
                for (const [k, v] of body)
                    u.searchParams.set(k, v);
                request.url = u.href;
            }
            continue;
        }
        const consent = findConsent(forms);
        if (consent) {
            step.kind = 'consent';
            ++consentPages;
            consentTexts.push(visibleText(text));
            step.frameOptions = response.headers.get('x-frame-options');
            step.csp = response.headers.get('content-security-policy');
            const body = new URLSearchParams(consent.form.fields);
            for (const f of consent.form.inputs)
                body.set(f.name, f.value);
            if (consent.submit?.name)
                body.set(consent.submit.name, consent.submit.value);
            request = { method: consent.form.method, url: consent.form.action, body: body.toString(), referer: request.url };
            if (consent.form.method !== 'POST') {
                const u = new URL(consent.form.action);
                for (const [k, v] of body)
                    u.searchParams.set(k, v);
                request = { method: 'GET', url: u.href, body: undefined, referer: request.url };
            }
            continue;
        }
        throw new Error(`a page that is neither a login nor a consent page at ${request.url}: ${visibleText(text).slice(0, 600)}`);
    }
    throw new Error(`no redirect to ${redirectUri} after 16 steps: ${JSON.stringify(steps)}`);
}
