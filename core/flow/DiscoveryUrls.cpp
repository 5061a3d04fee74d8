#include "DiscoveryUrls.h"

#include "domain/Names.h"
#include "redirect/RedirectUriRules.h"

namespace mcpauth {

namespace {

constexpr int kShownUrlLength = 300;
const QString kProtectedResourcePath = QStringLiteral("/.well-known/oauth-protected-resource");
const QString kAuthorizationServerPath = QStringLiteral("/.well-known/oauth-authorization-server");
const QString kOpenIdPath = QStringLiteral("/.well-known/openid-configuration");

QString shown(const QString& url)
{
    return Names::quoted(url, kShownUrlLength);
}

QString urlErrorReason(const QUrl& url)
{
    // QUrl appends the whole input ("; source was ..."), which the message already quotes.
    QString reason = url.errorString();
    if (const qsizetype cut = reason.indexOf(QStringLiteral("; source was")); cut >= 0)
        reason.truncate(cut);
    return reason;
}

// An absolute http(s) URL with a host and no user information, or the reason it is not.
Result<QUrl> parseHttpUrl(const QString& field, const QString& label, const QString& text)
{
    if (text.isEmpty())
        return Error::invalid(field, QStringLiteral("The %1 is empty.").arg(label));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::invalid(
            field, QStringLiteral("The %1 %2 is not a valid URL (%3).").arg(label, shown(text), urlErrorReason(url)));
    if (url.isRelative())
        return Error::invalid(field,
            QStringLiteral("The %1 %2 is not an absolute URL: it has no scheme such as https://.")
                .arg(label, shown(text)));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return Error::invalid(field,
            QStringLiteral("The %1 %2 uses the scheme '%3'; only https (and http on this machine) can be used.")
                .arg(label, shown(text), url.scheme()));
    if (url.host().isEmpty())
        return Error::invalid(field, QStringLiteral("The %1 %2 has no host.").arg(label, shown(text)));
    if (!url.userInfo().isEmpty())
        return Error::invalid(field,
            QStringLiteral("The %1 %2 contains user information before the host; credentials never belong in "
                           "it.")
                .arg(label, shown(url.toString(QUrl::RemovePassword | QUrl::FullyEncoded))));
    return url;
}

int defaultPort(const QString& scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

// scheme://host[:port] of a parsed URL, canonical.
QUrl originOf(const QUrl& url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    if (url.port() != -1 && url.port() != defaultPort(origin.scheme()))
        origin.setPort(url.port());
    return origin;
}

QString canonicalOf(const QUrl& url)
{
    QUrl canonical = originOf(url);
    const QString path = url.path(QUrl::FullyEncoded);
    if (path != QLatin1String("/"))
        canonical.setPath(path, QUrl::TolerantMode);
    if (url.hasQuery())
        canonical.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return canonical.toString(QUrl::FullyEncoded);
}

// The path with a terminating '/' removed (RFC 8414 section 3.1, RFC 9728 section 3.1): "" for "/".
QString trimmedPath(const QUrl& url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QUrl withPath(const QUrl& origin, const QString& encodedPath, const QString& encodedQuery = QString())
{
    QUrl url = origin;
    url.setPath(encodedPath, QUrl::TolerantMode);
    if (!encodedQuery.isNull())
        url.setQuery(encodedQuery, QUrl::TolerantMode);
    return url;
}

} // namespace

Result<QString> DiscoveryUrls::canonicalResource(const QString& mcpUrl)
{
    auto url = parseHttpUrl(QStringLiteral("url"), QStringLiteral("MCP server URL"), mcpUrl.trimmed());
    if (!url)
        return url.error();
    return canonicalOf(*url);
}

Status DiscoveryUrls::checkTransport(
    const QString& field, const QString& label, const QUrl& url, bool allowLoopbackHttp)
{
    const QString text = url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Error::invalid(
            field, QStringLiteral("The %1 %2 is not an absolute URL with a host.").arg(label, shown(text)));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return Error::invalid(field,
            QStringLiteral("The %1 %2 uses the scheme '%3'; only https is accepted (and http to this machine, when "
                           "allowed).")
                .arg(label, shown(text), scheme));
    if (!RedirectUriRules::isLoopbackHost(url.host()))
        return Error::invalid(field,
            QStringLiteral("The %1 %2 uses plain http to %3, which is not this machine: tokens, codes and secrets "
                           "would travel unencrypted. Only https is accepted (http only to 127.0.0.1, [::1] or "
                           "localhost, when allowed).")
                .arg(label, shown(text), Names::quoted(url.host())));
    if (!allowLoopbackHttp)
        return Error::invalid(field,
            QStringLiteral("The %1 %2 uses plain http. http is accepted only for a server on this machine, and only "
                           "when plain http for loopback is allowed in the connection options.")
                .arg(label, shown(text)));
    return {};
}

Result<QList<ResourceMetadataCandidate>> DiscoveryUrls::protectedResourceMetadata(
    const QString& mcpUrl, const QString& headerResourceMetadata, bool allowLoopbackHttp)
{
    const QString mcpField = QStringLiteral("url");
    auto url = parseHttpUrl(mcpField, QStringLiteral("MCP server URL"), mcpUrl.trimmed());
    if (!url)
        return url.error();
    if (Status s = checkTransport(mcpField, QStringLiteral("MCP server URL"), *url, allowLoopbackHttp); !s)
        return s.error();
    const QString resource = canonicalOf(*url);
    const QUrl origin = originOf(*url);

    QList<ResourceMetadataCandidate> candidates;
    if (!headerResourceMetadata.isEmpty()) {
        const QString field = QStringLiteral("resource_metadata");
        const QString label = QStringLiteral("resource_metadata URL of the WWW-Authenticate challenge");
        auto metadataUrl = parseHttpUrl(field, label, headerResourceMetadata);
        if (!metadataUrl)
            return metadataUrl.error();
        if (Status s = checkTransport(field, label, *metadataUrl, allowLoopbackHttp); !s)
            return s.error();
        QUrl fetched = *metadataUrl;
        fetched.setFragment(QString());
        candidates << ResourceMetadataCandidate{ResourceMetadataCandidate::Source::Header, fetched, {resource}};
        return candidates;
    }

    const QString path = trimmedPath(*url);
    if (!path.isEmpty() || url->hasQuery()) {
        candidates << ResourceMetadataCandidate{ResourceMetadataCandidate::Source::PathScoped,
            withPath(
                origin, kProtectedResourcePath + path, url->hasQuery() ? url->query(QUrl::FullyEncoded) : QString()),
            {resource}};
    }
    // The root document describes the origin; one naming exactly the URL being accessed is accepted
    // too. RFC 9728 section 3.3 wants the origin there, but the point of the rule is that metadata
    // for one resource is not used for another, and a document naming the very URL the client
    // requested, served by that URL's own host, is the clearest possible match. Servers (this
    // project's own among them) answer the root with their single MCP endpoint's URL.
    const QString originText = origin.toString(QUrl::FullyEncoded);
    QStringList accepted{originText};
    if (resource != originText)
        accepted << resource;
    candidates << ResourceMetadataCandidate{
        ResourceMetadataCandidate::Source::Root, withPath(origin, kProtectedResourcePath), accepted};
    return candidates;
}

Result<QList<QUrl>> DiscoveryUrls::authorizationServerMetadata(const QString& issuer, bool allowLoopbackHttp)
{
    const QString field = QStringLiteral("issuer");
    const QString label = QStringLiteral("authorization server issuer");
    auto url = parseHttpUrl(field, label, issuer);
    if (!url)
        return url.error();
    if (url->hasQuery() || url->hasFragment())
        return Error::invalid(field,
            QStringLiteral("The %1 %2 has a %3; RFC 8414 section 2 allows neither query nor fragment in an issuer, "
                           "so no metadata URL can be made from it.")
                .arg(label, shown(issuer),
                    url->hasQuery() ? QStringLiteral("query ('?...')") : QStringLiteral("fragment ('#...')")));
    if (Status s = checkTransport(field, label, *url, allowLoopbackHttp); !s)
        return s.error();
    // The issuer's own origin, not a canonical one: the document's issuer must equal the issuer string,
    // and the URLs are made from it as written (QUrl lower-cases scheme and host anyway).
    QUrl origin = *url;
    origin.setPath(QString());
    const QString path = trimmedPath(*url);
    if (path.isEmpty())
        return QList<QUrl>{withPath(origin, kAuthorizationServerPath), withPath(origin, kOpenIdPath)};
    return QList<QUrl>{withPath(origin, kAuthorizationServerPath + path), withPath(origin, kOpenIdPath + path),
        withPath(origin, path + kOpenIdPath)};
}

bool DiscoveryUrls::sameResource(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QString field = QStringLiteral("resource");
    auto first = parseHttpUrl(field, field, a);
    auto second = parseHttpUrl(field, field, b);
    if (!first || !second || first->hasFragment() || second->hasFragment())
        return false;
    return canonicalOf(*first) == canonicalOf(*second);
}

} // namespace mcpauth
