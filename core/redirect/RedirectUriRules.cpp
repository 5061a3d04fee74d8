#include "RedirectUriRules.h"

#include <QStringView>
#include <QUrl>
#include <limits>

namespace mcpauth {

namespace {

// The URI split into its components exactly as written (RFC 3986 appendix B). QUrl is used only as a validity
// gate: its accessors decode percent-escapes and fold case, and the matching rules forbid any normalisation.
struct UriParts
{
    bool hasScheme = false;
    QString scheme;
    bool hasAuthority = false;
    bool hasUserInfo = false;
    QString host; // IPv6 literals keep their brackets, so "[::1]" is compared as written
    bool hasPort = false;
    QString port;
    QString path;
    bool hasQuery = false;
    QString query;
    bool hasFragment = false;
};

QString field()
{
    return QStringLiteral("redirectUris");
}

Error refuse(const QString& uri, const QString& why)
{
    return Error::invalid(field(), QStringLiteral("redirect URI \"%1\": %2").arg(uri, why));
}

qsizetype indexOfAny(const QString& text, qsizetype from, QStringView chars)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (chars.contains(text.at(i)))
            return i;
    }
    return text.size();
}

UriParts splitUri(const QString& uri)
{
    UriParts p;
    qsizetype pos = 0;

    const qsizetype schemeEnd = indexOfAny(uri, 0, u":/?#");
    if (schemeEnd > 0 && schemeEnd < uri.size() && uri.at(schemeEnd) == u':') {
        p.hasScheme = true;
        p.scheme = uri.left(schemeEnd);
        pos = schemeEnd + 1;
    }

    if (QStringView(uri).mid(pos).startsWith(u"//")) {
        p.hasAuthority = true;
        pos += 2;
        const qsizetype authorityEnd = indexOfAny(uri, pos, u"/?#");
        QString hostPort = uri.mid(pos, authorityEnd - pos);
        pos = authorityEnd;

        const qsizetype at = hostPort.lastIndexOf(u'@');
        if (at >= 0) {
            p.hasUserInfo = true;
            hostPort = hostPort.mid(at + 1);
        }
        qsizetype colon = -1;
        if (hostPort.startsWith(u'[')) {
            const qsizetype close = hostPort.indexOf(u']');
            if (close >= 0 && close + 1 < hostPort.size() && hostPort.at(close + 1) == u':')
                colon = close + 1;
        } else {
            colon = hostPort.indexOf(u':');
        }
        if (colon >= 0) {
            p.host = hostPort.left(colon);
            p.hasPort = true;
            p.port = hostPort.mid(colon + 1);
        } else {
            p.host = hostPort;
        }
    }

    const qsizetype pathEnd = indexOfAny(uri, pos, u"?#");
    p.path = uri.mid(pos, pathEnd - pos);
    pos = pathEnd;

    if (pos < uri.size() && uri.at(pos) == u'?') {
        p.hasQuery = true;
        const qsizetype queryEnd = indexOfAny(uri, pos + 1, u"#");
        p.query = uri.mid(pos + 1, queryEnd - pos - 1);
        pos = queryEnd;
    }
    p.hasFragment = pos < uri.size();
    return p;
}

// RFC 3986 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). "localhost:8080/cb" would otherwise pass as a
// private-use scheme named "localhost", which is never what the user meant.
bool hasValidScheme(const UriParts& p)
{
    if (!p.hasScheme || p.scheme.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    for (qsizetype i = 0; i < p.scheme.size(); ++i) {
        const char16_t c = p.scheme.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool digit = c >= u'0' && c <= u'9';
        if (!(letter || (i > 0 && (digit || c == u'+' || c == u'-' || c == u'.'))))
            return false;
    }
    return true;
}

// Invisible characters make two URIs look identical on screen while they never match.
qsizetype firstInvisible(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return i;
    }
    return -1;
}

// Characters that cannot appear in a URI but are common in regular expressions (Casdoor treats entries that fail
// URL parsing as regexes, so imported registrations often contain them).
bool looksLikeRegex(const QString& text)
{
    for (const QChar c : text) {
        if (c == u'\\' || c == u'|' || c == u'^' || c == u'{' || c == u'}')
            return true;
    }
    return text.contains(QLatin1String(".*")) || text.contains(QLatin1String(".+"));
}

bool isIpv4Loopback(const QString& host)
{
    const QStringList octets = host.split(u'.');
    if (octets.size() != 4)
        return false;
    for (const QString& octet : octets) {
        // Leading zeros are refused: some resolvers read them as octal, so "0127.0.0.1" is not 127.0.0.1 everywhere.
        if (octet.isEmpty() || octet.size() > 3 || (octet.size() > 1 && octet.startsWith(u'0')))
            return false;
        for (const QChar c : octet) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (octet.toInt() > 255)
            return false;
    }
    return octets.first() == QLatin1String("127");
}

// QUrl's message ends with a dump of the parsed components, which repeats the URI the caller already shows.
QString urlError(const QUrl& url)
{
    const QString text = url.errorString();
    const qsizetype cut = text.indexOf(QLatin1String("; source was"));
    return cut >= 0 ? text.left(cut) : text;
}

QString wildcardRule()
{
    return QStringLiteral(
        "wildcards are allowed only in the port of a loopback URI, as in http://127.0.0.1:*/callback; "
        "host and path wildcards are not supported");
}

// Empty when the port text is acceptable (absent, or a number in 1-65535). Only a registration may use ":*", so
// only a registration is pointed to it.
QString portProblem(const UriParts& p, bool registration)
{
    if (!p.hasPort)
        return {};
    if (p.port.isEmpty())
        return QStringLiteral("the port after \":\" is empty; remove the \":\" or write a port number");
    bool isNumber = true;
    for (const QChar c : p.port) {
        if (c < u'0' || c > u'9')
            isNumber = false;
    }
    if (!isNumber && !registration)
        return QStringLiteral("the port \"%1\" is not a number").arg(p.port);
    if (!isNumber) {
        return QStringLiteral("the port \"%1\" is not a number (regular expressions are not supported; for any port "
                              "of a loopback URI write \":*\")")
            .arg(p.port);
    }
    // Length first: a long run of digits would overflow toInt() and read as 0.
    if (p.port.size() > 5 || p.port.toInt() < 1 || p.port.toInt() > 65535)
        return QStringLiteral("the port %1 is out of range; it must be between 1 and 65535").arg(p.port);
    return {};
}

// A loopback client picks a free port at run time (RFC 8252 7.3), so these registrations ignore the port.
bool acceptsAnyPort(const UriParts& reg)
{
    return reg.hasScheme && reg.scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && reg.hasAuthority
        && !reg.hasUserInfo && RedirectUriRules::isLoopbackHost(reg.host)
        && (!reg.hasPort || reg.port == QLatin1String("*"));
}

// Empty when the requested redirect_uri could be honoured at all.
QString requestProblem(const QString& requested)
{
    const QString prefix = QStringLiteral("the requested redirect_uri \"%1\" ").arg(requested);
    if (requested.isEmpty())
        return QStringLiteral("the requested redirect_uri is empty");
    if (const qsizetype bad = firstInvisible(requested); bad >= 0)
        return prefix % QStringLiteral("contains whitespace or a control character at position %1").arg(bad);
    const UriParts p = splitUri(requested);
    if (!hasValidScheme(p))
        return prefix % QStringLiteral("is not an absolute URI: it has no scheme");
    if (p.hasFragment)
        return prefix % QStringLiteral("must not contain a fragment (#...)");
    if (p.hasUserInfo)
        return prefix % QStringLiteral("must not contain userinfo (user@host)");
    if (const QString port = portProblem(p, false); !port.isEmpty())
        return prefix % QStringLiteral("is not valid: ") % port;
    const QUrl url(requested, QUrl::StrictMode);
    if (!url.isValid())
        return prefix % QStringLiteral("is not a valid URI: ") % urlError(url);
    return {};
}

QString orNone(bool present, const QString& text)
{
    return present ? text : QStringLiteral("none");
}

QString caseHint(const QString& requested, const QString& registered)
{
    if (requested.compare(registered, Qt::CaseInsensitive) == 0)
        return QStringLiteral(" (only the letter case differs; redirect URIs are compared character for character)");
    return {};
}

struct Differences
{
    bool scheme = false;
    bool host = false;
    bool port = false;
    bool path = false;
    bool query = false;

    [[nodiscard]] int count() const { return int(scheme) + int(host) + int(port) + int(path) + int(query); }
};

Differences compare(const UriParts& reg, const UriParts& req)
{
    Differences d;
    d.scheme = reg.hasScheme != req.hasScheme || reg.scheme != req.scheme;
    d.host = reg.hasAuthority != req.hasAuthority || reg.host != req.host;
    d.port = !acceptsAnyPort(reg) && (reg.hasPort != req.hasPort || reg.port != req.port);
    d.path = reg.path != req.path;
    d.query = reg.hasQuery != req.hasQuery || reg.query != req.query;
    return d;
}

QString describeFirstDifference(const UriParts& reg, const UriParts& req)
{
    const Differences d = compare(reg, req);
    if (d.scheme) {
        QString text = QStringLiteral("the scheme differs: requested %1, registered %2")
                           .arg(orNone(req.hasScheme, req.scheme), orNone(reg.hasScheme, reg.scheme));
        if (!reg.hasScheme)
            text += QStringLiteral(" (the registration is not an absolute URI)");
        return text % caseHint(req.scheme, reg.scheme);
    }
    if (d.host) {
        QString text = QStringLiteral("the host differs: requested %1, registered %2")
                           .arg(orNone(req.hasAuthority, req.host), orNone(reg.hasAuthority, reg.host));
        if (RedirectUriRules::isLoopbackHost(req.host) && RedirectUriRules::isLoopbackHost(reg.host)
            && req.host.compare(reg.host, Qt::CaseInsensitive) != 0)
            text += QStringLiteral(" (loopback names are not interchangeable)");
        return text % caseHint(req.host, reg.host);
    }
    if (d.port) {
        QString text = QStringLiteral("the port differs: requested %1, registered %2")
                           .arg(orNone(req.hasPort, req.port), orNone(reg.hasPort, reg.port));
        if (reg.port == QLatin1String("*"))
            text += QStringLiteral(" (a port wildcard is honoured only for http registrations on a loopback host)");
        else if (!reg.hasPort)
            text += QStringLiteral(" (only an http registration on a loopback host accepts any port when it has none)");
        return text;
    }
    if (d.path) {
        const auto shown = [](const QString& path) { return path.isEmpty() ? QStringLiteral("(empty)") : path; };
        if (req.path == reg.path + u'/' || reg.path == req.path + u'/') {
            return QStringLiteral("the path differs only by a trailing slash: requested %1, registered %2")
                .arg(shown(req.path), shown(reg.path));
        }
        return QStringLiteral("the path differs: requested %1, registered %2").arg(shown(req.path), shown(reg.path))
            % caseHint(req.path, reg.path);
    }
    if (d.query) {
        return QStringLiteral("the query differs: requested %1, registered %2")
            .arg(orNone(req.hasQuery, u'?' + req.query), orNone(reg.hasQuery, u'?' + reg.query));
    }
    if (reg.hasFragment)
        return QStringLiteral("the registration contains a fragment (#...), which a redirect URI may not have");
    if (reg.hasUserInfo)
        return QStringLiteral("the registration contains userinfo (user@host), which a redirect URI may not have");
    return QStringLiteral("the URIs are not identical character for character");
}

} // namespace

bool RedirectUriRules::isLoopbackHost(const QString& host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1")
        || host == QLatin1String("[::1]") || isIpv4Loopback(host);
}

Status RedirectUriRules::validateRegistration(const QString& uri, ClientKind kind)
{
    if (uri.trimmed().isEmpty())
        return Error::invalid(field(), QStringLiteral("a redirect URI must not be empty"));
    if (const qsizetype bad = firstInvisible(uri); bad >= 0) {
        return refuse(uri,
            QStringLiteral("contains whitespace or a control character at position %1; a redirect URI must be "
                           "registered exactly as the client sends it")
                .arg(bad));
    }

    const UriParts parts = splitUri(uri);
    if (looksLikeRegex(uri)) {
        const bool badPort = parts.hasPort && parts.port != QLatin1String("*") && !portProblem(parts, true).isEmpty();
        return refuse(uri,
            QStringLiteral("is not a URI%1: it looks like a regular expression, and regular expressions are not "
                           "supported; register each redirect URI exactly as the client sends it; ")
                    .arg(badPort ? QStringLiteral(" (the port \"%1\" is not a number)").arg(parts.port) : QString())
                % wildcardRule());
    }
    if (!hasValidScheme(parts)) {
        // Suggest the scheme the user most likely meant: loopback hosts only make sense over http.
        QString rest = uri.startsWith(QLatin1String("//")) ? uri.mid(2) : uri;
        QString host = rest.left(indexOfAny(rest, 0, u"/?#"));
        if (!host.startsWith(u'[') && host.contains(u':'))
            host = host.left(host.indexOf(u':'));
        const QString suggestion
            = (isLoopbackHost(host) ? QStringLiteral("http://") : QStringLiteral("https://")) + rest;
        return refuse(uri,
            QStringLiteral("is not an absolute URI: it has no scheme; write the full URI, for example %1")
                .arg(suggestion));
    }
    if (parts.hasFragment)
        return refuse(uri, QStringLiteral("must not contain a fragment (#...); RFC 6749 3.1.2 forbids it"));

    const QString scheme = parts.scheme.toLower();
    if (scheme == QLatin1String("javascript") || scheme == QLatin1String("data") || scheme == QLatin1String("file")
        || scheme == QLatin1String("vbscript")) {
        return refuse(uri,
            QStringLiteral("the scheme \"%1:\" is not allowed: a redirect to it can run code or read local files")
                .arg(parts.scheme));
    }

    const bool wildcardPort = parts.hasPort && parts.port == QLatin1String("*");
    if (uri.count(u'*') > (wildcardPort ? 1 : 0))
        return refuse(uri, wildcardRule());
    const bool isHttp = scheme == QLatin1String("http");
    const bool isHttps = scheme == QLatin1String("https");
    if (wildcardPort && !(isHttp && isLoopbackHost(parts.host))) {
        return refuse(uri,
            QStringLiteral("\"%1\" is not a loopback http URI; ").arg(parts.scheme + QLatin1String("://") + parts.host)
                % wildcardRule());
    }
    if (parts.hasUserInfo) {
        return refuse(uri,
            QStringLiteral("must not contain userinfo (user@host); it can disguise the real host of the redirect"));
    }
    if (!wildcardPort) {
        if (const QString problem = portProblem(parts, true); !problem.isEmpty())
            return refuse(uri, problem);
    }

    QString forParsing = uri;
    if (wildcardPort) {
        // QUrl rejects ":*"; the wildcard is the only "*" left, so any valid port stands in for it.
        forParsing.replace(QLatin1String(":*"), QLatin1String(":1"));
    }
    const QUrl url(forParsing, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(uri, QStringLiteral("is not a valid URI: %1").arg(urlError(url)));

    if (isHttp || isHttps) {
        if (!parts.hasAuthority || parts.host.isEmpty())
            return refuse(uri, QStringLiteral("has no host"));
        if (isHttp && !isLoopbackHost(parts.host)) {
            return refuse(uri,
                QStringLiteral("http is allowed only for loopback hosts (127.0.0.1, [::1], localhost); use https "
                               "for %1")
                    .arg(parts.host));
        }
        return {};
    }
    if (kind == ClientKind::Web) {
        return refuse(uri,
            QStringLiteral("private-use URI schemes such as \"%1:\" are for native (public) clients (RFC 8252 7.1); "
                           "a web client must use https")
                .arg(parts.scheme));
    }
    return {};
}

ClientKind RedirectUriRules::kindOf(const QString& uri)
{
    const UriParts parts = splitUri(uri);
    if (!hasValidScheme(parts))
        return ClientKind::Web;
    const QString scheme = parts.scheme.toLower();
    if (scheme == QLatin1String("http"))
        return parts.hasAuthority && isLoopbackHost(parts.host) ? ClientKind::Native : ClientKind::Web;
    return scheme == QLatin1String("https") ? ClientKind::Web : ClientKind::Native;
}

namespace {

QString patternWildcardRule()
{
    return QStringLiteral(
        "a pattern may use \"*\" only as the whole leftmost host label (https://*.example.com/callback) "
        "or as the port (https://app.example.com:*/callback); paths and queries are compared exactly");
}

bool hasHostWildcard(const UriParts& p)
{
    return p.hasAuthority && p.host.startsWith(QLatin1String("*."));
}

} // namespace

Status RedirectUriRules::validatePattern(const QString& pattern)
{
    const auto refusePattern = [&pattern](const QString& why) {
        return Error::invalid(
            QStringLiteral("redirectPatterns"), QStringLiteral("pattern \"%1\": %2").arg(pattern, why));
    };
    if (pattern.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("redirectPatterns"), QStringLiteral("a redirect URI pattern must not be empty"));
    const UriParts parts = splitUri(pattern);
    const bool hostWildcard = hasHostWildcard(parts);
    const bool portWildcard = parts.hasPort && parts.port == QLatin1String("*");
    if (pattern.count(u'*') != int(hostWildcard) + int(portWildcard))
        return refusePattern(patternWildcardRule());
    QString substitute = pattern;
    if (hostWildcard) {
        const QStringList rest = parts.host.mid(2).split(u'.');
        if (rest.size() < 2 || rest.contains(QString()))
            return refusePattern(
                QStringLiteral("at least two host labels must follow \"*.\", as in https://*.example.com/callback, "
                               "so that a pattern never admits a whole top-level domain"));
        // The only "*." of the pattern; any label stands in for it to check the rest.
        substitute.replace(substitute.indexOf(QLatin1String("*.")), 1, QLatin1String("x"));
    }
    if (portWildcard)
        substitute.replace(substitute.indexOf(QLatin1String(":*")), 2, QLatin1String(":1"));
    // Native: a pattern may name any redirect a client could register; the client's own kind is
    // checked when it registers.
    if (const Status valid = validateRegistration(substitute, ClientKind::Native); !valid) {
        QString reason = valid.error().message;
        const QString ownPrefix = QStringLiteral("redirect URI \"%1\": ").arg(substitute);
        if (reason.startsWith(ownPrefix))
            reason.remove(0, ownPrefix.size());
        return refusePattern(reason);
    }
    return {};
}

bool RedirectUriRules::matchesPattern(const QString& pattern, const QString& uri)
{
    if (!validatePattern(pattern))
        return false;
    const UriParts pat = splitUri(pattern);
    const UriParts req = splitUri(uri);
    if (!hasValidScheme(req) || req.hasFragment || req.hasUserInfo || req.scheme != pat.scheme
        || req.hasAuthority != pat.hasAuthority || req.path != pat.path || req.hasQuery != pat.hasQuery
        || req.query != pat.query)
        return false;
    if (hasHostWildcard(pat)) {
        const QString suffix = pat.host.mid(1); // ".example.com"
        if (!req.host.endsWith(suffix))
            return false;
        const QString label = req.host.left(req.host.size() - suffix.size());
        if (label.isEmpty() || label.contains(u'.') || label.contains(u'*'))
            return false;
    } else if (req.host != pat.host) {
        return false;
    }
    if ((pat.hasPort && pat.port == QLatin1String("*")) || acceptsAnyPort(pat))
        return true;
    return req.hasPort == pat.hasPort && req.port == pat.port;
}

RedirectUriRules::Match RedirectUriRules::matchOne(const QString& registered, const QString& requested)
{
    Match result;
    result.registered = registered;
    if (const QString problem = requestProblem(requested); !problem.isEmpty()) {
        result.reason = problem;
        return result;
    }
    if (registered == requested) {
        result.matched = true;
        return result;
    }
    const UriParts reg = splitUri(registered);
    const UriParts req = splitUri(requested);
    if (acceptsAnyPort(reg) && !reg.hasFragment && compare(reg, req).count() == 0) {
        result.matched = true;
        return result;
    }
    result.reason = describeFirstDifference(reg, req);
    return result;
}

RedirectUriRules::Match RedirectUriRules::match(const QStringList& registered, const QString& requested)
{
    if (registered.isEmpty()) {
        Match none;
        none.reason = QStringLiteral("the application has no registered redirect URIs");
        return none;
    }
    const UriParts req = splitUri(requested);
    Match closest;
    int fewest = std::numeric_limits<int>::max();
    for (const QString& candidate : registered) {
        Match m = matchOne(candidate, requested);
        if (m.matched)
            return m;
        const int differences = compare(splitUri(candidate), req).count();
        if (differences < fewest) {
            fewest = differences;
            closest = std::move(m);
        }
    }
    return closest;
}

} // namespace mcpauth
