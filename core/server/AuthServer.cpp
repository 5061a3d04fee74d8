#include "AuthServer.h"

#include "AuditSink.h"
#include "AuthorizeEndpoint.h"
#include "CorsPolicy.h"
#include "IntrospectionEndpoint.h"
#include "MetadataEndpoint.h"
#include "RegistrationEndpoint.h"
#include "RevocationEndpoint.h"
#include "ServerContext.h"
#include "TokenEndpoint.h"
#include "common/Logging.h"
#include "http/HttpServer.h"
#include "jose/KeyRing.h"
#include "mcp/McpEndpoint.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/AuthorizationCodeStore.h"
#include "redirect/RedirectUriRules.h"
#include "store/Store.h"
#include "store/WalCheckpointer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>
#include <optional>

namespace mcpauth {

namespace {

Result<QSslConfiguration> loadTls(const ServerSettings& settings)
{
    if (settings.tlsCertificatePath.isEmpty() || settings.tlsKeyPath.isEmpty())
        return Error::invalid(QStringLiteral("tls"), QStringLiteral("HTTPS needs both --tls-cert and --tls-key."));
    QFile certFile(settings.tlsCertificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
            QStringLiteral("Cannot read the TLS certificate %1: %2")
                .arg(settings.tlsCertificatePath, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error::invalid(QStringLiteral("tls-cert"),
            QStringLiteral("%1 holds no PEM certificate.").arg(settings.tlsCertificatePath));
    QFile keyFile(settings.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
            QStringLiteral("Cannot read the TLS key %1: %2").arg(settings.tlsKeyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error::invalid(QStringLiteral("tls-key"),
            QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key.").arg(settings.tlsKeyPath));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    return config;
}

bool isWildcard(const QHostAddress& address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

// The issuer a client sees: --issuer as given (checked), else the URL of the listening address. A
// wildcard address has no URL of its own; the certificate's first DNS name stands in for it.
Result<QString> issuerFor(const ServerSettings& settings, const std::optional<QSslConfiguration>& tls, quint16 port)
{
    if (!settings.issuer.isEmpty()) {
        const QUrl url(settings.issuer, QUrl::StrictMode);
        const QString scheme = url.scheme();
        const auto refuse = [&](const QString& why) {
            return Error::invalid(
                QStringLiteral("issuer"), QStringLiteral("The issuer %1 %2").arg(settings.issuer, why));
        };
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty())
            return refuse(QStringLiteral("is not an http or https URL such as https://auth.example.com."));
        if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
            return refuse(
                QStringLiteral("must not have a query, a fragment or user information (RFC 8414 section 2)."));
        if (scheme == QLatin1String("http") && !RedirectUriRules::isLoopbackHost(url.host()))
            return refuse(QStringLiteral("must use https: plain http is accepted only for 127.0.0.1, [::1] and "
                                         "localhost."));
        if (scheme == QLatin1String("http") && tls)
            return refuse(QStringLiteral("starts with http://, but the server serves HTTPS. Write it with https://."));
        QString issuer = url.toString(QUrl::FullyEncoded);
        while (issuer.endsWith(QLatin1Char('/')))
            issuer.chop(1);
        return issuer;
    }
    QString host = settings.address.toString();
    if (isWildcard(settings.address)) {
        const QStringList names
            = tls ? tls->localCertificate().subjectAlternativeNames().values(QSsl::DnsEntry) : QStringList();
        if (names.isEmpty() || names.first().contains(QLatin1Char('*')))
            return Error::invalid(QStringLiteral("issuer"),
                QStringLiteral("Listening on every address needs --issuer with the https URL clients use to reach "
                               "this server."));
        host = names.first();
    } else if (settings.address.protocol() == QAbstractSocket::IPv6Protocol) {
        host = QLatin1Char('[') + host + QLatin1Char(']');
    }
    return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port);
}

} // namespace

AuthServer::AuthServer(Store& store, KeyRing& keys, const ServerSettings& settings, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_audit(std::make_unique<AuditSink>(store))
    , m_codes(std::make_unique<AuthorizationCodeStore>())
    , m_verifier(std::make_unique<AccessTokenVerifier>(store, keys, QString(), settings.clockSkewSeconds))
{
    m_audit->setFailureLimit(settings.auditFailuresPerMinute);
    m_context = std::make_unique<ServerContext>(
        ServerContext{store, keys, *m_audit, *m_codes, *m_verifier, settings, QString(), false});
}

AuthServer::~AuthServer()
{
    stop();
}

QString AuthServer::issuer() const
{
    return m_context->issuer;
}

Status AuthServer::start()
{
    if (m_running)
        return {};
    const ServerSettings& settings = m_context->settings;
    const bool loopback = settings.address.isLoopback();
    const bool wantsTls = !settings.tlsCertificatePath.isEmpty() || !settings.tlsKeyPath.isEmpty();
    if (!loopback && !wantsTls)
        return Error::invalid(QStringLiteral("listen"),
            QStringLiteral("Listening on %1 needs HTTPS: give --tls-cert and --tls-key, or listen on 127.0.0.1.")
                .arg(settings.address.toString()));

    std::optional<QSslConfiguration> tls;
    if (wantsTls) {
        auto loaded = loadTls(settings);
        if (!loaded)
            return loaded.error();
        tls = *loaded;
    }
    if (!settings.issuer.isEmpty()) { // refuse a bad issuer before taking the port
        if (auto checked = issuerFor(settings, tls, settings.port); !checked)
            return checked.error();
    }

    auto http = std::make_unique<HttpServer>();
    http->setLimits(settings.connections);
    auto listening = http->startListening(settings.address, settings.port, tls);
    if (!listening)
        return listening.error();
    const quint16 port = *listening;
    auto issuer = issuerFor(settings, tls, port);
    if (!issuer)
        return issuer.error();

    m_port = port;
    m_context->tls = tls.has_value();
    m_context->port = port;
    m_context->issuer = *issuer;
    m_verifier->setIssuer(m_context->issuer);
    // Behind a proxy that passes the issuer's path on, "/auth/token" is our "/token".
    if (const QString path = QUrl(m_context->issuer).path(); !path.isEmpty())
        http->setPathPrefix(path);
    http->addResponseFilter([](const HttpRequest&, HttpResponse& response) {
        // Browsers must not guess a type: a JSON error echoing input never runs as HTML or script.
        response.setHeader("X-Content-Type-Options", "nosniff");
    });

    m_cors = std::make_unique<CorsPolicy>(*m_context);
    m_metadata = std::make_unique<MetadataEndpoint>(*m_context);
    m_registration = std::make_unique<RegistrationEndpoint>(*m_context);
    m_authorize = std::make_unique<AuthorizeEndpoint>(*m_context);
    m_token = std::make_unique<TokenEndpoint>(*m_context);
    m_introspection = std::make_unique<IntrospectionEndpoint>(*m_context);
    m_revocation = std::make_unique<RevocationEndpoint>(*m_context);
    m_mcp = std::make_unique<McpEndpoint>(*m_context);
    if (Status prepared = m_mcp->prepare(); !prepared)
        return prepared;

    m_cors->registerRoutes(*http);
    m_metadata->registerRoutes(*http);
    m_registration->registerRoutes(*http);
    m_authorize->registerRoutes(*http);
    m_token->registerRoutes(*http);
    m_introspection->registerRoutes(*http);
    m_revocation->registerRoutes(*http);
    m_mcp->registerRoutes(*http);
    connect(http.get(), &HttpServer::requestLogged, this, &AuthServer::requestLogged);

    m_http = std::move(http);
    m_running = true;
    if (settings.signingKeyCheckMs > 0) {
        connect(&m_keyCheck, &QTimer::timeout, this, &AuthServer::checkSigningKeys, Qt::UniqueConnection);
        m_keyCheck.start(settings.signingKeyCheckMs);
    }
    if (m_store.database().dialect() == SqlDialect::Sqlite) {
        // The write-behind flushes commit on this thread; the checkpoints (and their fsyncs) must not.
        m_checkpointer = std::make_unique<WalCheckpointer>();
        if (Status started = m_checkpointer->start(m_store.database()); !started) {
            qCWarning(lcServer).noquote() << "SQLite checkpoints its WAL while committing:" << started.error().message;
            m_checkpointer.reset();
        }
    }
    qCInfo(lcServer).noquote() << "Local server listening at" << m_context->issuer;
    return {};
}

void AuthServer::stop()
{
    if (!m_running)
        return;
    m_keyCheck.stop();
    // The endpoints with worker pools go first: they wait for the signatures and checks in flight,
    // whose answers the HTTP server is still there to drop.
    m_token.reset();
    m_introspection.reset();
    m_mcp.reset();
    m_audit->flush();
    m_checkpointer.reset();
    m_http.reset();
    m_running = false;
}

void AuthServer::checkSigningKeys()
{
    // `mcp-auth key rotate` runs in another process: a look at a few rows every few seconds lets this
    // server sign with the new key soon after, instead of with a retired one until a restart.
    const auto reloaded = m_keys.reload(ServerContext::now());
    if (reloaded) {
        m_keyCheckError.clear();
        if (*reloaded && m_mcp)
            m_mcp->forgetVerifiedTokens();
        return;
    }
    if (reloaded.error().message != m_keyCheckError)
        qCWarning(lcServer).noquote() << "Could not load the signing keys changed in the store; signing on with the "
                                         "keys loaded before:"
                                      << reloaded.error().message;
    m_keyCheckError = reloaded.error().message;
}

} // namespace mcpauth
