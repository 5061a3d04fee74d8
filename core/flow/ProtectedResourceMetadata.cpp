#include "ProtectedResourceMetadata.h"

#include "DiscoveryUrls.h"
#include "MetadataJson.h"
#include "domain/Names.h"

#include <QUrl>

namespace mcpauth {

namespace {

const QString kDocument = QStringLiteral("protected resource metadata");

QString orList(const QStringList& values)
{
    QStringList quotedValues;
    for (const QString& v : values)
        quotedValues << MetadataJson::quoted(v);
    if (quotedValues.size() <= 1)
        return quotedValues.join(QString());
    return quotedValues.mid(0, quotedValues.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
        + quotedValues.constLast();
}

// Why `actual` is not `expected`, in the words a person checks first.
QString difference(const QString& actual, const QString& expected)
{
    const QUrl a(actual);
    const QUrl e(expected);
    if (a.host().compare(e.host(), Qt::CaseInsensitive) != 0)
        return QStringLiteral("it names another host (%1, not %2)")
            .arg(Names::quoted(a.host()), Names::quoted(e.host()));
    if (a.scheme().compare(e.scheme(), Qt::CaseInsensitive) != 0)
        return QStringLiteral("the scheme differs (%1, not %2)").arg(a.scheme(), e.scheme());
    if (a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        != e.port(e.scheme() == QLatin1String("https") ? 443 : 80))
        return QStringLiteral("the port differs");
    const QString ap = a.path();
    const QString ep = e.path();
    if (ap + QLatin1Char('/') == ep || ep + QLatin1Char('/') == ap)
        return QStringLiteral("they differ only by a trailing slash");
    if (ap != ep)
        return QStringLiteral("the path differs (%1, not %2)")
            .arg(Names::quoted(ap.isEmpty() ? QStringLiteral("/") : ap),
                Names::quoted(ep.isEmpty() ? QStringLiteral("/") : ep));
    return QStringLiteral("the query differs");
}

// A resource on the same origin whose path is the accessed URL's or a parent of it ("https://x" or
// "https://x/api" for "https://x/api/mcp"; a trailing slash is ignored).
bool isSameOriginParent(const QString& resource, const QString& accessed)
{
    const auto parent = DiscoveryUrls::canonicalResource(resource);
    const auto child = DiscoveryUrls::canonicalResource(accessed);
    if (!parent || !child)
        return false;
    const QUrl p(*parent);
    const QUrl c(*child);
    if (p.scheme() != c.scheme() || p.host() != c.host() || p.port() != c.port() || p.hasQuery())
        return false;
    QString parentPath = p.path(QUrl::FullyEncoded);
    QString childPath = c.path(QUrl::FullyEncoded);
    if (parentPath.endsWith(QLatin1Char('/')))
        parentPath.chop(1);
    if (childPath.endsWith(QLatin1Char('/')))
        childPath.chop(1);
    return parentPath.isEmpty() || childPath == parentPath || childPath.startsWith(parentPath + QLatin1Char('/'));
}

Status checkResource(ProtectedResourceMetadata& out, const QStringList& accepted)
{
    const QString field = QStringLiteral("resource");
    const QUrl url(out.resource, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::invalid(field,
            QStringLiteral("The %1's resource %2 is not an absolute http(s) URL; it must be the MCP server's URL.")
                .arg(kDocument, MetadataJson::quoted(out.resource)));
    if (url.hasFragment())
        return Error::invalid(field,
            QStringLiteral("The %1's resource %2 has a fragment ('#...'), which a resource identifier must not "
                           "have (RFC 9728 section 1.2).")
                .arg(kDocument, MetadataJson::quoted(out.resource)));
    if (accepted.isEmpty() || accepted.contains(out.resource))
        return {};
    for (const QString& candidate : accepted) {
        if (DiscoveryUrls::sameResource(out.resource, candidate)) {
            out.warnings << QStringLiteral("The %1's resource %2 is written differently from %3 (letter case, a "
                                           "default port or a lone '/'): the same URL after normalization, but "
                                           "RFC 9728 section 3.3 asks for the identical string and some clients "
                                           "compare strings.")
                                .arg(kDocument, MetadataJson::quoted(out.resource), MetadataJson::quoted(candidate));
            return {};
        }
    }
    // RFC 9728 section 3.3 wants the identical URL, so that metadata for one resource is never used for
    // another. Servers commonly name their origin or a parent path instead (workers-oauth-provider's
    // default document names the origin, and the header points at it), and the MCP TypeScript SDK
    // accepts a same-origin prefix; refusing them would make this client fail where the others work.
    // Accepted, with the deviation spelled out for the diagnosis.
    for (const QString& candidate : accepted) {
        if (isSameOriginParent(out.resource, candidate)) {
            out.warnings << QStringLiteral("The %1 names the resource %2, not the URL being accessed, %3: %4. RFC "
                                           "9728 section 3.3 asks for the identical URL; this client accepts the "
                                           "same origin with a parent path (as the MCP TypeScript SDK does), but "
                                           "stricter clients refuse the document.")
                                .arg(kDocument, MetadataJson::quoted(out.resource), MetadataJson::quoted(candidate),
                                    difference(out.resource, candidate));
            return {};
        }
    }
    return Error::invalid(field,
        QStringLiteral("The %1 is for the resource %2, but the client is accessing %3: %4. RFC 9728 section 3.3 "
                       "says metadata naming another resource must not be used (it could send the client's "
                       "tokens to the wrong server).")
            .arg(kDocument, MetadataJson::quoted(out.resource), orList(accepted),
                difference(out.resource, accepted.constLast())));
}

Status readAuthorizationServers(MetadataJson& doc, ProtectedResourceMetadata& out, bool allowLoopbackHttp)
{
    const QString member = QStringLiteral("authorization_servers");
    auto servers = doc.optionalStringArray(member);
    if (!servers)
        return servers.error();
    if (!servers->has_value() || (*servers)->isEmpty())
        return Error::invalid(member,
            QStringLiteral("The %1 %2 no authorization server (authorization_servers), so the client cannot tell "
                           "where to get a token. MCP requires at least one.")
                .arg(kDocument, servers->has_value() ? QStringLiteral("lists") : QStringLiteral("names")));
    QStringList problems;
    for (const QString& server : **servers) {
        if (out.authorizationServers.contains(server)) {
            doc.warn(QStringLiteral("The %1 lists the authorization server %2 more than once.")
                         .arg(kDocument, MetadataJson::quoted(server)));
            continue;
        }
        auto urls = DiscoveryUrls::authorizationServerMetadata(server, allowLoopbackHttp);
        if (!urls) {
            problems << urls.error().message;
            doc.warn(QStringLiteral("The %1 lists an authorization server that cannot be used: %2")
                         .arg(kDocument, urls.error().message));
            continue;
        }
        out.authorizationServers << server;
    }
    if (out.authorizationServers.isEmpty())
        return Error::invalid(member,
            QStringLiteral("None of the authorization servers in the %1 can be used. %2")
                .arg(kDocument, problems.join(QLatin1Char(' '))));
    return {};
}

} // namespace

Result<ProtectedResourceMetadata> ProtectedResourceMetadata::parse(
    const QByteArray& body, const QStringList& acceptedResources, bool allowLoopbackHttp)
{
    auto parsed = MetadataJson::parse(body, kDocument);
    if (!parsed)
        return parsed.error();
    MetadataJson doc = std::move(parsed).value();
    ProtectedResourceMetadata out;
    out.json = doc.json();

    auto resource = doc.requiredString(QStringLiteral("resource"));
    if (!resource)
        return resource.error();
    out.resource = *resource;
    if (Status s = checkResource(out, acceptedResources); !s)
        return s.error();

    if (Status s = readAuthorizationServers(doc, out, allowLoopbackHttp); !s)
        return s.error();

    auto scopes = doc.optionalStringArray(QStringLiteral("scopes_supported"));
    if (!scopes)
        return scopes.error();
    if (scopes->has_value()) {
        QStringList usable;
        for (const QString& scope : **scopes) {
            if (!Names::isScopeToken(scope)) {
                doc.warn(QStringLiteral("The %1's scopes_supported contains %2, which is not a scope (RFC 6749 "
                                        "section 3.3: no spaces, quotes or backslashes, not empty); it is ignored.")
                             .arg(kDocument, MetadataJson::quoted(scope)));
                continue;
            }
            if (!usable.contains(scope))
                usable << scope;
        }
        out.scopesSupported = usable;
    }

    if (const auto methods = doc.informationalStringArray(QStringLiteral("bearer_methods_supported"))) {
        out.bearerMethodsSupported = *methods;
        static const QStringList known{QStringLiteral("header"), QStringLiteral("body"), QStringLiteral("query")};
        for (const QString& method : *methods) {
            if (!known.contains(method))
                doc.warn(QStringLiteral("The %1's bearer_methods_supported contains %2; RFC 9728 defines only "
                                        "header, body and query.")
                             .arg(kDocument, MetadataJson::quoted(method)));
        }
        if (!methods->contains(QStringLiteral("header")))
            doc.warn(QStringLiteral("The %1's bearer_methods_supported does not list header, but MCP clients send "
                                    "the access token only in the Authorization header.")
                         .arg(kDocument));
    }
    out.resourceName = doc.informationalString(QStringLiteral("resource_name")).value_or(QString());
    out.resourceDocumentation = doc.informationalString(QStringLiteral("resource_documentation")).value_or(QString());
    out.dpopBoundAccessTokensRequired
        = doc.informationalBool(QStringLiteral("dpop_bound_access_tokens_required")).value_or(false);
    if (out.dpopBoundAccessTokensRequired)
        doc.warn(QStringLiteral("The %1 requires DPoP-bound access tokens (dpop_bound_access_tokens_required), "
                                "which plain Bearer tokens are not.")
                     .arg(kDocument));
    if (out.json.contains(QStringLiteral("signed_metadata")))
        doc.warn(QStringLiteral("The %1 carries signed_metadata, which is not verified; the plain members are "
                                "used.")
                     .arg(kDocument));
    out.warnings << doc.warnings();
    return out;
}

} // namespace mcpauth
