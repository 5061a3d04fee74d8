#include "ClientConfigRequest.h"

#include <QRegularExpression>
#include <QUrl>

namespace mcpauth {

namespace {

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool ClientConfigRequest::isHttpLoopback() const
{
    const QUrl url(serverUrl, QUrl::StrictMode);
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

Status ClientConfigRequest::validate() const
{
    const QUrl url(serverUrl, QUrl::StrictMode);
    if (serverUrl.isEmpty() || !url.isValid() || url.host().isEmpty()
        || serverUrl.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Error::invalid(QStringLiteral("server"),
            QStringLiteral("The server URL '%1' is not an absolute URL such as https://mcp.example.com/mcp.")
                .arg(serverUrl));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return Error::invalid(QStringLiteral("server"),
            QStringLiteral("The server URL must use https (or http on this computer's loopback address), not '%1'.")
                .arg(url.scheme()));
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Error::invalid(QStringLiteral("server"),
            QStringLiteral("Plain http is only allowed to 127.0.0.1, ::1 or localhost; use https for %1.")
                .arg(url.host()));
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return Error::invalid(QStringLiteral("server"),
            QStringLiteral("The server URL must not contain a user name, password or #fragment."));

    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!namePattern.match(name).hasMatch())
        return Error::invalid(QStringLiteral("name"),
            QStringLiteral("The server name '%1' must start with a letter or digit and hold at most 64 letters, "
                           "digits, '.', '_' or '-'.")
                .arg(name));

    // Printable ASCII without spaces or quotes: it goes into JSON, command lines and mcp-remote's arguments.
    static const QRegularExpression clientIdPattern(QStringLiteral("^[\\x21\\x23-\\x26\\x28-\\x7E]{1,255}$"));
    if (!clientId.isEmpty() && !clientIdPattern.match(clientId).hasMatch())
        return Error::invalid(QStringLiteral("client-id"),
            QStringLiteral("The client id must be 1 to 255 printable characters without spaces or quotes."));

    if (callbackPort < 0 || callbackPort > 65535)
        return Error::invalid(QStringLiteral("callback-port"),
            QStringLiteral("The callback port must be between 1 and 65535, not %1.").arg(callbackPort));

    // RFC 6749 section 3.3 scope-token: %x21 / %x23-5B / %x5D-7E.
    static const QRegularExpression scopePattern(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    for (const QString& s : scopes) {
        if (!scopePattern.match(s).hasMatch())
            return Error::invalid(QStringLiteral("scope"),
                QStringLiteral("'%1' is not a scope: a scope is printable ASCII without spaces, quotes or "
                               "backslashes (RFC 6749 section 3.3).")
                    .arg(s));
    }
    return {};
}

} // namespace mcpauth
