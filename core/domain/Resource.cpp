#include "Resource.h"

#include "Names.h"
#include "redirect/RedirectUriRules.h"

#include <QUrl>

namespace mcpauth {

namespace {

// The host exactly as typed (QUrl lowercases it, which would hide the mistake we want to name).
QString rawHost(const QString& uri)
{
    const qsizetype start = uri.indexOf(QStringLiteral("://"));
    if (start < 0)
        return {};
    QString authority = uri.mid(start + 3);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const QChar c = authority.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            authority.truncate(i);
            break;
        }
    }
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        authority.remove(0, at + 1);
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        return close >= 0 ? authority.left(close + 1) : authority;
    }
    const qsizetype colon = authority.indexOf(QLatin1Char(':'));
    return colon >= 0 ? authority.left(colon) : authority;
}

// The URI as typed, with a password in its user information masked. QUrl::RemovePassword would also
// lowercase scheme and host, hiding the mistakes the messages name.
QString withoutPassword(const QString& uri)
{
    const qsizetype start = uri.indexOf(QStringLiteral("://"));
    if (start < 0)
        return uri;
    const QString host = rawHost(uri);
    const qsizetype at = uri.indexOf(QLatin1Char('@'), start + 3);
    const qsizetype colon = uri.indexOf(QLatin1Char(':'), start + 3);
    const qsizetype hostStart = at < 0 ? -1 : uri.indexOf(host, at + 1);
    if (at < 0 || colon < 0 || colon > at || hostStart != at + 1)
        return uri;
    return uri.left(colon + 1) + QStringLiteral("***") + uri.mid(at);
}

QString urlErrorReason(const QUrl& url)
{
    // QUrl appends the whole input ("; source was ..."), which the message already shows.
    QString reason = url.errorString();
    const qsizetype cut = reason.indexOf(QStringLiteral("; source was"));
    if (cut >= 0)
        reason.truncate(cut);
    return reason;
}

} // namespace

ValidationErrors Resource::checkCanonicalUri(const QString& field, const QString& uri)
{
    ValidationErrors errors;
    const QString example = QStringLiteral("https://mcp.example.com/mcp");
    if (uri.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The resource URI is empty. Enter the MCP server's address, for example %1.").arg(example)};
        return errors;
    }
    if (uri != uri.trimmed()) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 starts or ends with white space. Remove it: write it as %2.")
                .arg(Names::quoted(uri), uri.trimmed())};
        return errors;
    }

    const QUrl url(uri, QUrl::StrictMode);
    // Never repeat a password back; everything below quotes the URI without it. Built only for a
    // message: this check runs for every stored token, and quoting dominated its cost.
    const auto shown = [&uri] { return Names::quoted(withoutPassword(uri)); };
    if (!url.isValid()) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 is not a valid URI (%2). Check it for typing errors and "
                           "percent-encode characters such as spaces.")
                .arg(shown(), urlErrorReason(url))};
        return errors;
    }
    // "localhost:8080/mcp" parses as scheme "localhost"; it is a host and port without the scheme.
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    const bool hostAndPort = colon > 0 && !uri.mid(colon).startsWith(QStringLiteral("://")) && colon + 1 < uri.size()
        && uri.at(colon + 1).isDigit();
    if (url.isRelative() || hostAndPort) {
        const QString typedHost = uri.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), 0, 0);
        const QString suggestion = uri.startsWith(QLatin1Char('/'))
            ? QStringLiteral("https://mcp.example.com") + uri
            : (RedirectUriRules::isLoopbackHost(typedHost) ? QStringLiteral("http://") : QStringLiteral("https://"))
                + uri;
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 is not absolute: it has no scheme. Write the full address, for "
                           "example %2.")
                .arg(shown(), suggestion)};
        return errors;
    }
    const QString scheme = url.scheme();
    const QString host = url.host();
    if (host.isEmpty() || !uri.mid(scheme.size() + 1).startsWith(QStringLiteral("//"))) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 has no host. Write it as scheme://host/path, for example %2.")
                .arg(shown(), example)};
        return errors;
    }

    QUrl canonical = url;
    canonical.setUserInfo(QString());
    canonical.setFragment(QString());
    if (scheme == QLatin1String("http") && !RedirectUriRules::isLoopbackHost(host))
        canonical.setScheme(QStringLiteral("https"));
    const QString fixed = canonical.toString();

    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 uses the scheme '%2'. An MCP server is addressed with https (http is "
                           "accepted only for a server on this machine, such as http://127.0.0.1:8080/mcp).")
                .arg(shown(), scheme)};
    } else if (scheme == QLatin1String("http") && !RedirectUriRules::isLoopbackHost(host)) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 uses http on %2, which is not this machine, so tokens sent to it "
                           "would travel unencrypted. Use https (write it as %3); http is accepted only for "
                           "127.0.0.1, [::1] and localhost.")
                .arg(shown(), Names::quoted(host), fixed)};
    }
    if (!url.userInfo().isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 contains user information before the host; credentials never "
                           "belong in a resource URI. Write it as %2.")
                .arg(shown(), fixed)};
    }
    if (url.hasFragment()) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 contains a fragment ('#%2'), which RFC 8707 does not allow in a "
                           "resource indicator. Write it as %3.")
                .arg(shown(), url.fragment(), fixed)};
    }
    const QString typedScheme = uri.left(scheme.size());
    const QString typedHost = rawHost(uri);
    const bool schemeUpper = typedScheme != typedScheme.toLower();
    const bool hostUpper = typedHost != typedHost.toLower();
    if (schemeUpper || hostUpper) {
        const QString parts = schemeUpper && hostUpper ? QStringLiteral("scheme and host")
            : schemeUpper                              ? QStringLiteral("scheme")
                                                       : QStringLiteral("host");
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 has upper-case letters in its %2. Clients and servers compare the "
                           "token's audience with the canonical form, in which scheme and host are lower case: write "
                           "it as %3.")
                .arg(shown(), parts, fixed)};
    }
    if (url.port() == 0) {
        errors << FieldError{field,
            QStringLiteral("The resource URI %1 names port 0, which no server can listen on. Use the server's real "
                           "port or leave the port out.")
                .arg(shown())};
    }
    return errors;
}

ValidationErrors Resource::validate() const
{
    ValidationErrors errors;
    if (organizationId.isEmpty()) {
        errors << FieldError{QStringLiteral("organizationId"),
            QStringLiteral("The resource has no organization. Choose the organization it belongs to.")};
    }
    errors << checkCanonicalUri(QStringLiteral("uri"), uri);
    errors << Names::checkDisplayText(QStringLiteral("displayName"), displayName, 200);
    errors << Names::checkDescription(QStringLiteral("description"), description, 1000);
    errors << Names::checkScopeList(QStringLiteral("scopes"), scopes);

    const QString field = QStringLiteral("toolScopes");
    QStringList known;
    for (const QString& s : scopes)
        known << Names::quoted(s);
    const QString choices = known.isEmpty()
        ? QStringLiteral("a scope added to this resource first")
        : QStringLiteral("one of its scopes (%1)").arg(known.join(QStringLiteral(", ")));
    for (auto it = toolScopes.cbegin(); it != toolScopes.cend(); ++it) {
        const QString& tool = it.key();
        const QString& scope = it.value();
        if (tool.trimmed().isEmpty()) {
            errors << FieldError{field,
                QStringLiteral("A tool in the list of tools and the scopes they require has no name. Enter the tool's "
                               "name as the MCP server reports it in tools/list, or remove the entry.")};
            continue;
        }
        if (scope.isEmpty()) {
            errors << FieldError{field,
                QStringLiteral("The tool %1 has no required scope. Choose %2, or remove the tool from the list.")
                    .arg(Names::quoted(tool), choices)};
        } else if (!scopes.contains(scope)) {
            errors << FieldError{field,
                QStringLiteral("The tool %1 requires the scope %2, which this resource does not list among its "
                               "scopes. Add %2 to the resource's scopes, or choose %3 for the tool.")
                    .arg(Names::quoted(tool), Names::quoted(scope), choices)};
        }
    }
    return errors;
}

} // namespace mcpauth
