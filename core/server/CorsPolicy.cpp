#include "CorsPolicy.h"

#include "common/Logging.h"
#include "http/HttpServer.h"
#include "redirect/RedirectUriRules.h"
#include "server/ServerContext.h"
#include "store/SqlValues.h"
#include "store/Store.h"

#include <QUrl>

namespace mcpauth {

namespace {

const QByteArray kAllowHeaders
    = QByteArrayLiteral("Authorization, Content-Type, Mcp-Protocol-Version, Mcp-Session-Id, Last-Event-ID");
const QByteArray kExposeHeaders = QByteArrayLiteral("Mcp-Session-Id, WWW-Authenticate");

void addVaryOrigin(HttpResponse& response)
{
    const QByteArray vary = response.header("Vary");
    for (const QByteArray& part : vary.split(',')) {
        const QByteArray name = part.trimmed();
        if (name == "*" || name.compare("origin", Qt::CaseInsensitive) == 0)
            return;
    }
    response.setHeader("Vary", vary.isEmpty() ? QByteArrayLiteral("Origin") : vary + ", Origin");
}

} // namespace

CorsPolicy::CorsPolicy(ServerContext& context)
    : m_ctx(context)
{ }

bool CorsPolicy::appliesTo(const QString& path)
{
    static const QStringList exact{QStringLiteral("/.well-known/oauth-authorization-server"),
        QStringLiteral("/.well-known/openid-configuration"), QStringLiteral("/.well-known/oauth-protected-resource"),
        QStringLiteral("/jwks.json"), QStringLiteral("/token"), QStringLiteral("/register"),
        QStringLiteral("/introspect"), QStringLiteral("/revoke"), QStringLiteral("/mcp")};
    static const QStringList prefixes{QStringLiteral("/.well-known/oauth-authorization-server/"),
        QStringLiteral("/.well-known/openid-configuration/"), QStringLiteral("/.well-known/oauth-protected-resource/"),
        QStringLiteral("/register/")};
    if (exact.contains(path))
        return true;
    for (const QString& prefix : prefixes) {
        if (path.startsWith(prefix))
            return true;
    }
    return false;
}

QString CorsPolicy::normalizedOrigin(const QString& origin)
{
    const QUrl url(origin, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return {};
    QString text = scheme + QStringLiteral("://")
        + (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() > 0 && url.port() != defaultPort)
        text += QLatin1Char(':') + QString::number(url.port());
    return text;
}

bool CorsPolicy::isAllowedOrigin(const QByteArray& origin)
{
    const QString normalized = normalizedOrigin(QString::fromUtf8(origin));
    if (normalized.isEmpty())
        return false; // "null", garbage, or a URL with a path
    if (RedirectUriRules::isLoopbackHost(QUrl(normalized).host()))
        return true;
    reloadIfStale();
    return m_origins.contains(normalized);
}

void CorsPolicy::reloadIfStale()
{
    if (m_loaded.isValid() && m_loaded.elapsed() < kReloadIntervalMs)
        return;
    m_loaded.start();
    // Only the one column: this runs at most once a second, on requests that carry an Origin.
    auto rows = m_ctx.store.database().exec(QStringLiteral("SELECT cors_origins FROM applications"));
    if (!rows) {
        qCWarning(lcServer).noquote() << "Could not read the applications' CORS origins:" << rows.error().message;
        return; // keep what was known
    }
    QSqlQuery query = std::move(rows).value();
    QSet<QString> origins;
    while (query.next()) {
        for (const QString& origin : SqlValues::listFromJson(query.value(0).toString())) {
            if (const QString normalized = normalizedOrigin(origin); !normalized.isEmpty())
                origins.insert(normalized);
        }
    }
    m_origins = std::move(origins);
}

void CorsPolicy::apply(const HttpRequest& request, HttpResponse& response)
{
    if (!appliesTo(request.path))
        return;
    addVaryOrigin(response);
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty() || !isAllowedOrigin(origin))
        return;
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Expose-Headers", kExposeHeaders);
}

void CorsPolicy::registerRoutes(HttpServer& http)
{
    http.addResponseFilter(
        [this](const HttpRequest& request, HttpResponse& response) { apply(request, response); });
    // Runs for OPTIONS on any routed path without an OPTIONS route of its own; apply() then adds
    // Access-Control-Allow-Origin when the origin is allowed.
    http.setPreflightHandler([this, &http](const HttpRequest& request) -> HttpReply {
        const QByteArray methods = (http.methodsFor(request.path) + QList<QByteArray>{"OPTIONS"}).join(", ");
        HttpResponse response = HttpResponse::empty(204).setHeader("Allow", methods);
        const QByteArray origin = request.header("origin");
        if (appliesTo(request.path) && !origin.isEmpty() && !request.header("access-control-request-method").isEmpty()
            && isAllowedOrigin(origin)) {
            response.setHeader("Access-Control-Allow-Methods", methods);
            response.setHeader("Access-Control-Allow-Headers", kAllowHeaders);
            response.setHeader("Access-Control-Max-Age", QByteArray::number(kPreflightMaxAgeSeconds));
        }
        return response;
    });
}

} // namespace mcpauth
